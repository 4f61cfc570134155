/** "1 line", "12,000 lines": an English count with its noun. */
export function countEn(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}
