import { formatCount } from "../plots/formatCount";
import { formatSignificant } from "../plots/formatSignificant";
import { formatValue } from "../plots/formatValue";

/**
 * For numbers quoted in lesson prose: every figure a lesson states is computed by the core at build
 * time and printed through here, so prose and figures agree and nothing is typed by hand.
 * `{fmt(trace.weights.data[0])}` in MDX -> "0.24".
 */
export function fmt(value: number, digits = 2): string {
  return formatValue(value, digits);
}

/** For values spanning orders of magnitude (gradient norms): `digits` significant digits, 1.9 × 10⁻⁷ when tiny. */
export function fmtSig(value: number, digits = 2): string {
  return formatSignificant(value, digits);
}

/** For whole counts (multiply-adds, stored numbers, parameters): thousands separated, "100,352". */
export function fmtCount(value: number): string {
  return formatCount(value);
}
