import { AttentionError, matrix, shapeText, type Matrix } from "../core";
import type { ModelConfig } from "./modelConfig";
import { parameterShapes } from "./parameterShapes";

/** Every parameter (or every gradient) of the model by name; see parameterShapes for the names and shapes. */
export type ModelParams = ReadonlyMap<string, Matrix>;

/** Zeros of every parameter's shape: where a backward pass adds its gradients up. */
export function zerosLike(config: ModelConfig): Map<string, Matrix> {
  return new Map([...parameterShapes(config)].map(([name, [rows, cols]]) => [name, matrix(rows, cols)]));
}

/** Refuses parameters that miss a name, have one too many, or have another shape than the config gives. */
export function checkModelParams(params: ModelParams, config: ModelConfig): void {
  const shapes = parameterShapes(config);
  for (const [name, [rows, cols]] of shapes) {
    const p = params.get(name);
    if (!p) throw new AttentionError("model", { code: "paramMissing", params: { name, rows, cols } });
    if (p.rows !== rows || p.cols !== cols) {
      throw new AttentionError("model", { code: "paramShape", params: { name, shape: shapeText(p), rows, cols } });
    }
  }
  for (const name of params.keys()) {
    if (!shapes.has(name)) throw new AttentionError("model", { code: "notAParameter", params: { names: [name] } });
  }
}
