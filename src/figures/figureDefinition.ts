import { languages, type Lang } from "../i18n/lang";

/**
 * A live figure is one file in src/figures/ that default-exports a FigureDefinition: the controls a
 * reader moves, their initial values, and a pure render(state) -> plots, tables and a sentence.
 * LiveFigure.astro renders it at build time; the live-figure island re-renders it on every input.
 * The definition is built once per edition from that edition's words (labels, titles, readouts),
 * so the numbers are computed by one render and only the words differ.
 */
export type FigureValue = number | string | boolean;
export type FigureState = Record<string, FigureValue>;

/** One choice of a select: its value in the state (as text) and the words a reader sees. */
export interface ControlOption {
  value: string;
  label: string;
}

interface ControlBase<S> {
  /** Its key in the state. */
  name: string;
  /** What a reader and a screen reader see. */
  label: string;
  /** Shown only while this holds, e.g. "switch off head 5" only while h >= 5. */
  shownWhen?: (state: S) => boolean;
}

/**
 * A select's options may depend on the other controls (heads: the divisors of d_model), so it never
 * offers a value the figure cannot draw. When a change of another control takes its value away, it
 * moves to the nearest offered one, and `whyNotOffered(value, state)` says why in the reader's words
 * ("d_model = 16 does not split into 3 heads of equal width"); see settleControls.
 */
export type FigureControl<S extends FigureState = FigureState> =
  | (ControlBase<S> & { kind: "range"; min: number; max: number; step: number; format?: (value: number) => string })
  | (ControlBase<S> & { kind: "select"; options: ControlOption[] | ((state: S) => ControlOption[]); whyNotOffered?: (value: string, state: S) => string })
  | (ControlBase<S> & { kind: "checkbox" });

/** What one render produces. Every plot carries its own aria-label; every table its caption. */
export interface FigureOutput {
  plots: Element[];
  /**
   * The "show the numbers" tables, or a function building them: a lab whose tables are large
   * returns the function, and the page builds them only while they are shown.
   */
  tables: HTMLTableElement[] | (() => HTMLTableElement[]);
  /** One sentence read out (aria-live) after each change, e.g. which key a query prefers. */
  readout?: string;
}

export interface FigureDefinition<S extends FigureState = FigureState> {
  controls: FigureControl<S>[];
  initial: S;
  /**
   * Work too long for one task on a slow phone (more than a few ms), done ahead of render in slices:
   * a generator that yields between slices and keeps its results where render finds them. The page
   * runs one slice per task (runInSlices) and then renders; render computes whatever is missing
   * itself, as at build time, so the figure draws the same either way.
   */
  prepare?(state: S): Iterator<unknown>;
  /** `document` is linkedom's at build time and the page's in the browser. */
  render(state: S, document: Document): FigureOutput;
}

/** The tables of one render, built now if they were deferred. */
export function tablesOf(output: FigureOutput): HTMLTableElement[] {
  return typeof output.tables === "function" ? output.tables() : output.tables;
}

/** A figure in every edition: `figure[lang]` is its definition in that edition's words. */
export type Figure<S extends FigureState = FigureState> = Record<Lang, FigureDefinition<S>>;

/**
 * A figure in every edition, from a function that builds its definition in one edition's words
 * (`lang => ({ controls, initial, render })`), or from one definition whose words are the same in every edition.
 */
export function defineFigure<S extends FigureState>(build: FigureDefinition<S> | ((lang: Lang) => FigureDefinition<S>)): Figure<S> {
  return Object.fromEntries(languages.map((lang) => [lang, typeof build === "function" ? build(lang) : build])) as Figure<S>;
}
