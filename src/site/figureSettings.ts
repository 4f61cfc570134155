import type { FigureSetting } from "./figureFileName";

/**
 * What a figure is set to now, in the order its controls stand: every control marked
 * `data-control` (LiveFigure) or `data-setting` (the stepper, the sentence explorer), a checkbox as
 * ticked or not, anything else as its value; a stepper's current stage comes first.
 */
export function figureSettings(figure: Element): FigureSetting[] {
  const settings: FigureSetting[] = [];
  const stage = figure.closest<HTMLElement>("[data-step]")?.dataset.step;
  if (stage) settings.push(["stage", stage]);
  for (const control of figure.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-control], [data-setting]")) {
    const name = control.dataset.control ?? control.dataset.setting ?? "";
    settings.push([name, control.type === "checkbox" ? (control as HTMLInputElement).checked : control.value]);
  }
  return settings;
}
