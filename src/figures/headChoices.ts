import { figureText } from "../i18n/figureText";
import type { Lang } from "../i18n/lang";

/**
 * The head counts a figure offers for a given d_model: those that divide it (each head gets
 * d_k = d_model / h columns, a whole number), up to `maxHeads`. The core refuses any other.
 */
export function headChoices(dModel: number, maxHeads: number): number[] {
  if (!Number.isInteger(dModel) || dModel < 1) throw new RangeError(`headChoices: d_model must be a whole number of 1 or more, not ${dModel}`);
  return Array.from({ length: Math.min(dModel, maxHeads) }, (_, n) => n + 1).filter((h) => dModel % h === 0);
}

/** Why a head count is not offered, in the reader's words, in edition `lang`. */
export function whyHeadsDoNotFit(heads: string | number, dModel: number, lang: Lang = "en"): string {
  return figureText[lang].headsDoNotFit(String(heads), dModel);
}
