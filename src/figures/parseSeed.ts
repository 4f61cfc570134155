import { stepperText } from "../i18n/stepperText";
import type { Lang } from "../i18n/lang";

/** The largest seed the figures take: six digits fit the box and a link. */
export const maxSeed = 999999;

/**
 * Reads a seed box: a whole number from 0 to maxSeed, or the reason it is refused in the reader's
 * words (and language), saying which seed the figure still shows (the last good one, `drawn`). A
 * box of type number reports "" for text it cannot read as a number, so "" asks for a seed. What
 * the reader typed is quoted shortened, as text to show (never HTML).
 */
export function parseSeed(text: string, drawn: number, lang: Lang): { seed: number } | { problem: string } {
  const words = stepperText[lang];
  const trimmed = text.trim();
  if (trimmed === "") return { problem: words.seedEmpty(maxSeed, drawn) };
  const n = Number(trimmed);
  if (Number.isInteger(n) && n >= 0 && n <= maxSeed) return { seed: n };
  const why = Number.isNaN(n) ? words.seedNotNumber : !Number.isInteger(n) ? words.seedNotWhole : n < 0 ? words.seedBelowZero : words.seedTooBig(maxSeed);
  const quoted = words.quote(trimmed.length > 20 ? `${trimmed.slice(0, 20)}…` : trimmed);
  return { problem: words.seedRefused(maxSeed, quoted, why, drawn) };
}
