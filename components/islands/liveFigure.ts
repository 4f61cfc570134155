import { loadFigure } from "../../src/figures/registry";
import { tablesOf, type FigureControl, type FigureState } from "../../src/figures/figureDefinition";
import { morphChildren } from "../../src/site/morphChildren";
import { RedrawScope } from "../../src/plots/RedrawScope";
import { fillWhileOpen } from "../../src/site/fillWhileOpen";

/** Reads a control's current value in the type the figure declared for it. */
function readControl(control: FigureControl, input: HTMLInputElement | HTMLSelectElement): number | string | boolean {
  if (control.kind === "checkbox") return (input as HTMLInputElement).checked;
  if (control.kind === "range") return Number(input.value);
  return /^-?\d+(\.\d+)?$/.test(input.value) ? Number(input.value) : input.value;
}

/** Wires a figure's controls -> its render (core + plots) -> the DOM, keeping the last good drawing on error. */
export async function mount(root: HTMLElement): Promise<void> {
  const definition = await loadFigure(root.dataset.name ?? "");
  const state: FigureState = { ...definition.initial, ...JSON.parse(root.dataset.state ?? "{}") };
  const plots = root.querySelector<HTMLElement>("[data-plots]")!;
  const numbers = root.querySelector<HTMLElement>("[data-numbers]")!;
  const readout = root.querySelector<HTMLElement>("[data-readout]")!;
  const error = root.querySelector<HTMLElement>("[data-error]")!;

  const scope = new RedrawScope();
  const fillNumbers = fillWhileOpen(numbers);

  const render = () => {
    try {
      const output = scope.run(() => definition.render(state, document));
      morphChildren(plots, output.plots);
      fillNumbers(() => tablesOf(output));
      readout.textContent = output.readout ?? "";
      error.hidden = true;
      error.textContent = "";
    } catch (e) {
      error.textContent = e instanceof Error ? e.message : String(e);
      error.hidden = false;
    }
  };

  for (const control of definition.controls) {
    const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-control="${control.name}"]`);
    if (!input) continue;
    const shown = root.querySelector<HTMLOutputElement>(`[data-output="${control.name}"]`);
    input.addEventListener(control.kind === "range" ? "input" : "change", () => {
      state[control.name] = readControl(control, input);
      if (shown && control.kind === "range") shown.textContent = control.format ? control.format(Number(input.value)) : input.value;
      render();
    });
  }
  render();
}
