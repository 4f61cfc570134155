import type { FigureControl } from "./figureDefinition";

/** The widths the why-scale lesson's figures offer, from one dimension to a wide head. */
export const whyScaleWidths = [1, 4, 16, 64, 256, 512] as const;

/** What the reader sets in the why-scale lesson's figures: the width d_k and whether the scores are divided by √d_k. */
export interface WhyScaleState {
  [key: string]: number | boolean;
  /** Width of q and k. */
  dk: number;
  /** Divide every dot product by sqrt(dk). */
  scaled: boolean;
}

/** One set of controls for the why-scale lesson's variance and saturation figures, so they read alike. */
export const whyScaleControls: FigureControl[] = [
  { kind: "select", name: "dk", label: "Width d_k", options: whyScaleWidths.map((d) => ({ value: String(d), label: String(d) })) },
  { kind: "checkbox", name: "scaled", label: "Divide by √d_k" },
];

/** Opens at d_k = 64, unscaled: wide enough to saturate, small enough to read. */
export const whyScaleInitial: WhyScaleState = { dk: 64, scaled: false };
