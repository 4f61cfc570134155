import type { AdamRule, Operand } from "./errorMessages";
import { AttentionError, assertIntegerInRange } from "./errors";

export interface AdamOptions {
  /** Learning rate, > 0. */
  lr: number;
  /** Decay rates of the two moment averages, each in [0, 1); default [0.9, 0.999]. */
  betas?: readonly [number, number];
  /** Added to the denominator so a zero second moment does not divide by 0; default 1e-8. */
  eps?: number;
  /**
   * >= 0; default 0 here for both variants. torch.optim.Adam's default is 0 but
   * torch.optim.AdamW's is 0.01, so pass it explicitly to match AdamW.
   */
  weightDecay?: number;
  /**
   * false (default): Adam, weight decay as an L2 term wd * param added to the gradient.
   * true: AdamW, the parameter shrinks by the factor (1 - lr * wd) before the update.
   */
  decoupled?: boolean;
}

/** One parameter's optimizer state: the steps taken and the two moment averages (n). */
export interface AdamState {
  step: number;
  /** Running average of the gradient, (n). */
  m: Float64Array;
  /** Running average of the squared gradient, (n). */
  v: Float64Array;
}

/** The state of a parameter with `size` entries before its first step: step 0, m = v = 0. */
export function adamState(size: number): AdamState {
  assertIntegerInRange(size, "adamState", "size", 1);
  return { step: 0, m: new Float64Array(size), v: new Float64Array(size) };
}

/** Refuses an option that is not finite and inside its range; `rule` names the range. */
function assertOption(ok: boolean, name: string, value: number, rule: AdamRule): void {
  if (!ok) throw new AttentionError("adamStep", { code: "adamOption", params: { name, value, rule } });
}

/** Refuses a vector (n) holding NaN or ±Infinity, naming the first bad entry. */
function assertFiniteEntries(xs: Float64Array, what: Operand): void {
  const k = xs.findIndex((x) => !Number.isFinite(x));
  if (k >= 0) {
    throw new AttentionError("adamStep", { code: "entryNotFinite", params: { name: what, value: xs[k], index: k } });
  }
}

/**
 * One Adam (or AdamW, with decoupled: true) step on a parameter flattened to (n) entries, as
 * torch.optim.Adam / AdamW compute it, for step t = state.step + 1:
 *   g = grad (+ wd * param for Adam)          param = param * (1 - lr * wd) for AdamW
 *   m = b1 m + (1 - b1) g,  v = b2 v + (1 - b2) g^2
 *   param = param - lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)
 * which is lr * m-hat / (sqrt(v-hat) + eps) with the bias-corrected m-hat = m / (1 - b1^t) and
 * v-hat = v / (1 - b2^t), grouped as torch groups it. Pure: returns the new parameter and a new
 * state, leaving param, grad and state as they were. `name` names the parameter in messages.
 */
export function adamStep(
  param: Float64Array,
  grad: Float64Array,
  state: AdamState,
  options: AdamOptions,
  name = "the parameter",
): { param: Float64Array; state: AdamState } {
  const { lr, betas = [0.9, 0.999], eps = 1e-8, weightDecay = 0, decoupled = false } = options;
  const [b1, b2] = betas;
  assertOption(Number.isFinite(lr) && lr > 0, "lr", lr, "lr");
  assertOption(b1 >= 0 && b1 < 1, "betas[0]", b1, "beta1");
  assertOption(b2 >= 0 && b2 < 1, "betas[1]", b2, "beta2");
  assertOption(Number.isFinite(eps) && eps > 0, "eps", eps, "eps");
  assertOption(
    Number.isFinite(weightDecay) && weightDecay >= 0,
    "weightDecay",
    weightDecay,
    "weightDecay",
  );
  const n = param.length;
  if (grad.length !== n) {
    throw new AttentionError("adamStep", { code: "gradientLength", params: { name, length: grad.length, n } });
  }
  for (const moment of [state.m, state.v]) {
    if (moment.length !== n) {
      throw new AttentionError("adamStep", { code: "stateLength", params: { name, length: moment.length, n } });
    }
  }
  assertIntegerInRange(state.step, "adamStep", { stepCountOf: name }, 0);
  assertFiniteEntries(param, name);
  assertFiniteEntries(grad, { gradientOf: name });

  const t = state.step + 1;
  const stepSize = lr / (1 - b1 ** t); // lr / (1 - b1^t): the bias correction of m
  const bias2Sqrt = Math.sqrt(1 - b2 ** t); // sqrt(1 - b2^t): the bias correction of sqrt(v)
  const next = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  for (let k = 0; k < n; ++k) {
    let p = param[k];
    let g = grad[k];
    if (decoupled) p *= 1 - lr * weightDecay;
    else if (weightDecay !== 0) g += weightDecay * p;
    m[k] = b1 * state.m[k] + (1 - b1) * g;
    v[k] = b2 * state.v[k] + (1 - b2) * g * g;
    const denom = Math.sqrt(v[k]) / bias2Sqrt + eps;
    next[k] = p - (stepSize * m[k]) / denom;
  }
  return { param: next, state: { step: t, m, v } };
}
