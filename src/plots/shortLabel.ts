/**
 * A tick label that fits its margin: `label` itself when it has at most `max` characters, else its
 * first `max - 1` and "…". Counts code points, so a character outside the BMP is never cut in half.
 * The full word stays in the cell names, the tooltip and the table.
 */
export function shortLabel(label: string, max: number): string {
  if (!Number.isInteger(max) || max < 2) throw new RangeError(`shortLabel: max must be a whole number of 2 or more, not ${max}`);
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join("")}…`;
}
