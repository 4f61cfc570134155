/**
 * 0xRRGGBB of the two forms d3's colour schemes give ("#440154", "rgb(124, 105, 169)"); undefined
 * otherwise. By hand, not with a regular expression: this runs for every cell of every repaint.
 */
export function packedRgb(fill: string): number | undefined {
  if (fill.length === 7 && fill.charCodeAt(0) === 35 /* # */) {
    let value = 0;
    for (let k = 1; k < 7; k++) {
      const digit = hexDigit(fill.charCodeAt(k));
      if (digit < 0) return undefined;
      value = value * 16 + digit;
    }
    return value;
  }
  if (!fill.startsWith("rgb(") || fill.charCodeAt(fill.length - 1) !== 41 /* ) */) return undefined;
  let value = 0;
  let channels = 0;
  let channel = -1; // -1: no digit yet
  for (let k = 4; k < fill.length; k++) {
    const code = fill.charCodeAt(k);
    if (code >= 48 && code <= 57) {
      channel = (channel < 0 ? 0 : channel * 10) + code - 48;
      if (channel > 255) return undefined;
    } else if (code === 44 /* , */ || code === 41 /* ) */) {
      if (channel < 0 || (code === 41) !== (k === fill.length - 1)) return undefined;
      value = value * 256 + channel;
      channels++;
      channel = -1;
    } else if (code !== 32 || channel >= 0) {
      return undefined; // a space only before a channel's digits
    }
  }
  return channels === 3 ? value : undefined;
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}
