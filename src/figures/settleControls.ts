import { figureText } from "../i18n/figureText";
import type { Lang } from "../i18n/lang";
import type { ControlOption, FigureControl, FigureState, FigureValue } from "./figureDefinition";

type SelectControl<S extends FigureState> = Extract<FigureControl<S>, { kind: "select" }>;

/** The options a select offers in this state (its fixed list, or the ones that depend on the others). */
export function optionsOf<S extends FigureState>(control: SelectControl<S>, state: S): ControlOption[] {
  return typeof control.options === "function" ? control.options(state) : control.options;
}

/** Whether a control is shown in this state. */
export function isShown<S extends FigureState>(control: FigureControl<S>, state: S): boolean {
  return control.shownWhen ? control.shownWhen(state) : true;
}

/** A select's option text as a state value: a number where it reads as one, so figures do arithmetic on it. */
export function selectValue(text: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** The offered option nearest to `value`: by size for numbers (the smaller on a tie), else the first. */
function nearest(value: FigureValue, options: ControlOption[]): ControlOption {
  const x = Number(value);
  if (!Number.isFinite(x) || options.some((o) => !Number.isFinite(Number(o.value)))) return options[0];
  return options.reduce((best, o) => {
    const d = Math.abs(Number(o.value) - x);
    const bestD = Math.abs(Number(best.value) - x);
    return d < bestD || (d === bestD && Number(o.value) < Number(best.value)) ? o : best;
  });
}

/** A state whose every select holds an offered value, and for each select that had to move, why. */
export interface Settled<S extends FigureState> {
  state: S;
  /** By control name: "heads h is now 4: d_model = 16 does not split into 3 heads of equal width." */
  notes: Record<string, string>;
}

/**
 * Moves every select whose value the state no longer offers (heads 3 after d_model became 16) to the
 * nearest offered value, and says so in the reader's words, so a control never shows a value the
 * figure does not draw. Returns a new state; `state` is not changed. The notes are in the words of
 * edition `lang` (the controls' own labels and reasons come in that edition already).
 */
export function settleControls<S extends FigureState>(controls: readonly FigureControl<S>[], state: S, lang: Lang = "en"): Settled<S> {
  const text = figureText[lang];
  const settled: FigureState = { ...state };
  const notes: Record<string, string> = {};
  for (const control of controls) {
    if (control.kind !== "select" || typeof control.options !== "function") continue;
    const options = optionsOf(control, settled as S);
    if (options.length === 0) throw new RangeError(`settleControls: the control "${control.name}" offers no option in this state`);
    const before = String(settled[control.name]);
    if (options.some((o) => o.value === before)) continue;
    const chosen = nearest(settled[control.name], options);
    settled[control.name] = selectValue(chosen.value);
    const why = control.whyNotOffered ? control.whyNotOffered(before, state) : text.notOffered(before);
    notes[control.name] = text.movedTo(control.label, chosen.label, why);
  }
  return { state: settled as S, notes };
}
