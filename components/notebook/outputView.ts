import type { OutputEntry } from "../../src/notebook/outputTypes";

type Renderer = typeof import("../../src/notebook/renderOutput");
let loaded: Renderer | undefined;

/** Observable Plot and the output renderer load with the first run, not with the page. */
export async function loadRenderer(): Promise<Renderer> {
  loaded ??= await import("../../src/notebook/renderOutput");
  return loaded;
}

/** Empties an output area once the renderer is ready for the entries that follow. */
export async function clearOutput(output: HTMLElement): Promise<void> {
  await loadRenderer();
  output.replaceChildren();
}

/** Appends one entry right away, so entries stay in the order they happened (after clearOutput). */
export function appendEntry(output: HTMLElement, entry: OutputEntry): void {
  if (!loaded) throw new Error("appendEntry before clearOutput");
  output.append(loaded.renderEntry(entry, document));
}
