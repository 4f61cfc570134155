import { linear, linearBackward, relu, reluBackward, type Matrix } from "../core";
import { addGradient } from "./addGradient";
import type { ModelParams } from "./modelParams";

/** What feedForwardBackward needs: the input, the hidden layer before and after ReLU, and the output. */
export interface FeedForwardTrace {
  /** (L, dModel) */
  input: Matrix;
  /** x W1 + b1, (L, dFF) */
  hidden: Matrix;
  /** relu(hidden), (L, dFF) */
  activated: Matrix;
  /** activated W2 + b2, (L, dModel) */
  output: Matrix;
}

/** The position-wise feed-forward network under `prefix`: relu(x W1 + b1) W2 + b2, (L, dModel) -> (L, dModel). */
export function feedForward(x: Matrix, params: ModelParams, prefix: string): FeedForwardTrace {
  const at = (name: string) => params.get(`${prefix}.${name}`)!;
  const hidden = linear(x, at("w1"), at("b1").data, { op: prefix, w: "w1", b: "b1" }); // (L, dModel) x (dModel, dFF) -> (L, dFF)
  const activated = relu(hidden); // (L, dFF)
  const output = linear(activated, at("w2"), at("b2").data, { op: prefix, w: "w2", b: "b2" }); // (L, dFF) x (dFF, dModel) -> (L, dModel)
  return { input: x, hidden, activated, output };
}

/** Backward of feedForward: adds dW1, db1, dW2, db2 into `grads` and returns dX (L, dModel). */
export function feedForwardBackward(
  trace: FeedForwardTrace,
  params: ModelParams,
  prefix: string,
  dOutput: Matrix,
  grads: Map<string, Matrix>,
): Matrix {
  const at = (name: string) => params.get(`${prefix}.${name}`)!;
  const second = linearBackward(trace.activated, at("w2"), dOutput, { op: prefix, x: "relu(x W1 + b1)", w: "w2" }); // dActivated (L, dFF), dW2 (dFF, dModel)
  const dHidden = reluBackward(trace.hidden, second.dX); // (L, dFF): zero where the unit was off
  const first = linearBackward(trace.input, at("w1"), dHidden, { op: prefix, x: "x", w: "w1" }); // dX (L, dModel), dW1 (dModel, dFF)
  addGradient(grads, `${prefix}.w2`, second.dW);
  addGradient(grads, `${prefix}.b2`, second.db);
  addGradient(grads, `${prefix}.w1`, first.dW);
  addGradient(grads, `${prefix}.b1`, first.db);
  return first.dX;
}
