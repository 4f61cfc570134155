import type { Matrix } from "../core";
import { heatmap, type HeatmapOptions } from "./heatmap";
import { figureText } from "../i18n/figureText";

export interface SmallMultiple {
  /** Heading above this panel, e.g. "head 2". */
  title: string;
  m: Matrix;
  /** Accessible name of this panel's SVG. */
  ariaLabel: string;
  /** Greys the panel out, e.g. a head switched off; its title says so. */
  off?: boolean;
  /** This panel's row labels, when its rows come in another order than the others' (e.g. shuffled queries). */
  rowLabels?: readonly string[];
}

/**
 * One heatmap per panel (one per head), side by side with a shared look, so heads compare at a
 * glance. Returns a <div class="small-multiples"> of <div class="multiple"> panels.
 */
export function smallMultiples(
  panels: readonly SmallMultiple[],
  options: Omit<HeatmapOptions, "ariaLabel"> & { document?: Document },
): HTMLElement {
  const doc = options.document ?? document;
  const grid = doc.createElement("div");
  grid.className = "small-multiples";
  for (const panel of panels) {
    const box = doc.createElement("div");
    box.className = panel.off ? "multiple off" : "multiple";
    const title = doc.createElement("p");
    title.className = "multiple-title";
    title.textContent = panel.off ? figureText[options.lang ?? "en"].switchedOff(panel.title) : panel.title;
    box.append(title, heatmap(panel.m, { ...options, rowLabels: panel.rowLabels ?? options.rowLabels, ariaLabel: panel.ariaLabel, document: doc }));
    grid.append(box);
  }
  return grid;
}
