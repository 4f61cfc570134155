import { createRandom, matrix, type Matrix } from "../core";
import { checkModelConfig, type ModelConfig } from "./modelConfig";
import { parameterShapes } from "./parameterShapes";

/**
 * Fresh parameters, the same for the same seed on every machine, initialised as PyTorch
 * initialises this model:
 * - nn.Transformer's _reset_parameters: every weight matrix inside the transformer Xavier-uniform,
 *   U(-a, a) with a = sqrt(6 / (fan_in + fan_out)); W_Q, W_K and W_V count as the one
 *   [3 dModel, dModel] in_proj_weight PyTorch initialises;
 * - nn.MultiheadAttention: its biases 0; nn.LayerNorm: gains 1, shifts 0;
 * - nn.Linear's default for the feed-forward biases and for the generator (outside the
 *   transformer): U(-1/sqrt(fan_in), 1/sqrt(fan_in));
 * - nn.Embedding: N(0, 1).
 */
export function initParams(config: ModelConfig, seed: number): Map<string, Matrix> {
  checkModelConfig(config);
  const rng = createRandom(seed);
  const uniform = (p: Matrix, a: number) => {
    for (let t = 0; t < p.data.length; ++t) p.data[t] = (2 * rng.next() - 1) * a;
  };
  const params = new Map<string, Matrix>();
  for (const [name, [rows, cols]] of parameterShapes(config)) {
    const p = matrix(rows, cols);
    const last = name.slice(name.lastIndexOf(".") + 1);
    if (name.endsWith("Embedding")) {
      for (let t = 0; t < p.data.length; ++t) p.data[t] = rng.normal();
    } else if (last === "gamma") {
      p.data.fill(1);
    } else if (name === "generator.w" || name === "generator.b") {
      uniform(p, 1 / Math.sqrt(config.dModel)); // nn.Linear(dModel, tgtVocab) default
    } else if (last === "b1" || last === "b2") {
      uniform(p, 1 / Math.sqrt(last === "b1" ? config.dModel : config.dFF)); // nn.Linear's bias, fan_in = in
    } else if (["wq", "wk", "wv", "wo", "w1", "w2"].includes(last)) {
      const fanOut = ["wq", "wk", "wv"].includes(last) ? 3 * cols : cols; // in_proj_weight is [3 dModel, dModel]
      uniform(p, Math.sqrt(6 / (rows + fanOut)));
    } // attention biases and layer-norm shifts stay 0
    params.set(name, p);
  }
  return params;
}
