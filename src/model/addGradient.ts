import type { Matrix } from "../core";

/**
 * Adds `d` into the gradient named `name` of `grads` (made by zerosLike, so the name exists and
 * the sizes match). A parameter used more than once (a weight shared by every batch item)
 * collects the sum of its uses' gradients.
 */
export function addGradient(grads: Map<string, Matrix>, name: string, d: Matrix | Float64Array): void {
  const target = grads.get(name)!.data;
  const source = "data" in d ? d.data : d;
  for (let t = 0; t < target.length; ++t) target[t] += source[t];
}
