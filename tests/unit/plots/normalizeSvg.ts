/**
 * Makes SVG markup stable for snapshots, as Observable Plot's own tests do: numbers rounded to two
 * decimals (so a last-digit float difference across machines is not a change) and generated ids
 * ("plot-1", "plot-d6a7b5-1") renumbered in order of appearance.
 */
export function normalizeSvg(html: string): string {
  const ids = new Map<string, string>();
  return html
    .replace(/\bplot-[0-9a-f]{6}(?:-\d+)?\b/g, (id) => {
      if (!ids.has(id)) ids.set(id, `plot-${ids.size + 1}`);
      return ids.get(id)!;
    })
    .replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, ">\n<");
}
