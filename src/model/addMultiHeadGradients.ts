import type { Matrix, MultiHeadGradients } from "../core";
import { addGradient } from "./addGradient";

/** Adds a multi-head backward's weight and bias gradients into `grads` under `prefix`. */
export function addMultiHeadGradients(grads: Map<string, Matrix>, prefix: string, g: MultiHeadGradients): void {
  const pairs: [string, Matrix | Float64Array][] = [
    ["wq", g.dWq], ["wk", g.dWk], ["wv", g.dWv], ["wo", g.dWo],
    ["bq", g.dbq], ["bk", g.dbk], ["bv", g.dbv], ["bo", g.dbo],
  ];
  for (const [name, d] of pairs) addGradient(grads, `${prefix}.${name}`, d);
}
