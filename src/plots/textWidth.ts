/** Widths in em of characters whose width differs from the usual, in DejaVu Sans (Debian's sans-serif), the widest common one. */
const narrow = new Set(Array.from("iljtfrI.,:;|!'()[]{}·` "));
const wide = new Set(Array.from("mwMW@%"));
const symbols = new Set(Array.from("<>=+×−~^±≤≥→÷"));

/** The width of one character in em: generous, so a layout made with it has room in any common sans-serif. */
function charWidth(ch: string): number {
  if (narrow.has(ch)) return 0.4;
  if (wide.has(ch)) return 1;
  if (symbols.has(ch)) return 0.84;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[a-z]/.test(ch)) return 0.62;
  if (/[A-Z]/.test(ch)) return 0.74;
  // Other scripts (CJK, symbols such as ▨): a full em.
  return ch.codePointAt(0)! > 0x2000 ? 1 : 0.65;
}

/**
 * An estimate (an upper bound for ordinary text) of the width in px of `text` at `fontSize` px,
 * for laying out a chart's margins before the browser, or linkedom at build time, can measure it.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}
