/** The largest seed the figures take: six digits fit the box and a link. */
export const maxSeed = 999999;

/** Quotes what the reader typed, shortened, as text to show (never HTML). */
function quote(text: string): string {
  return `“${text.length > 20 ? `${text.slice(0, 20)}…` : text}”`;
}

/**
 * Reads a seed box: a whole number from 0 to maxSeed, or the reason it is refused in the reader's
 * words, saying which seed the figure still shows (the last good one, `drawn`). A box of type
 * number reports "" for text it cannot read as a number, so "" asks for a seed.
 */
export function parseSeed(text: string, drawn: number): { seed: number } | { problem: string } {
  const still = `The figure still shows seed ${drawn}.`;
  const trimmed = text.trim();
  if (trimmed === "") return { problem: `Type a seed: a whole number from 0 to ${maxSeed}. ${still}` };
  const n = Number(trimmed);
  if (Number.isInteger(n) && n >= 0 && n <= maxSeed) return { seed: n };
  const why = Number.isNaN(n) ? "not a number" : !Number.isInteger(n) ? "not a whole number" : n < 0 ? "below 0" : `more than ${maxSeed}`;
  return { problem: `A seed is a whole number from 0 to ${maxSeed}; ${quote(trimmed)} is ${why}. ${still}` };
}
