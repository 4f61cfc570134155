import type { FigureControl } from "./figureDefinition";
import { figureLabelsText } from "../i18n/figureLabelsText";
import type { Lang } from "../i18n/lang";

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
export const whyScaleControls = (lang: Lang): FigureControl[] => [
  { kind: "select", name: "dk", label: figureLabelsText[lang].wsWidth, options: whyScaleWidths.map((d) => ({ value: String(d), label: String(d) })) },
  { kind: "checkbox", name: "scaled", label: figureLabelsText[lang].wsDivide },
];

/** Opens at d_k = 64, unscaled: wide enough to saturate, small enough to read. */
export const whyScaleInitial: WhyScaleState = { dk: 64, scaled: false };
