/**
 * A live figure is one file in src/figures/ that default-exports a FigureDefinition: the controls a
 * reader moves, their initial values, and a pure render(state) -> plots, tables and a sentence.
 * LiveFigure.astro renders it at build time; the live-figure island re-renders it on every input.
 */
export type FigureValue = number | string | boolean;
export type FigureState = Record<string, FigureValue>;

export type FigureControl =
  | { kind: "range"; name: string; label: string; min: number; max: number; step: number; format?: (value: number) => string }
  | { kind: "select"; name: string; label: string; options: { value: string; label: string }[] }
  | { kind: "checkbox"; name: string; label: string };

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
  controls: FigureControl[];
  initial: S;
  /** `document` is linkedom's at build time and the page's in the browser. */
  render(state: S, document: Document): FigureOutput;
}

/** The tables of one render, built now if they were deferred. */
export function tablesOf(output: FigureOutput): HTMLTableElement[] {
  return typeof output.tables === "function" ? output.tables() : output.tables;
}

/** Identity with types: lets a figure file declare its state type once. */
export function defineFigure<S extends FigureState>(definition: FigureDefinition<S>): FigureDefinition<S> {
  return definition;
}
