import { createRandom, matrix, type Matrix } from "../core";
import { checkModelConfig, type ModelConfig } from "./modelConfig";
import { parameterShapes } from "./parameterShapes";

/**
 * Fresh parameters, the same for the same seed on every machine, initialised as PyTorch does for
 * nn.Transformer and nn.Embedding: every weight matrix Xavier-uniform, U(-a, a) with
 * a = sqrt(6 / (fan_in + fan_out)) (W_Q, W_K, W_V count as the one [3 dModel, dModel] in_proj_weight
 * PyTorch initialises); biases 0; layer-norm gains 1 and shifts 0; embeddings N(0, 1).
 */
export function initParams(config: ModelConfig, seed: number): Map<string, Matrix> {
  checkModelConfig(config);
  const rng = createRandom(seed);
  const params = new Map<string, Matrix>();
  for (const [name, [rows, cols]] of parameterShapes(config)) {
    const p = matrix(rows, cols);
    const last = name.slice(name.lastIndexOf(".") + 1);
    if (name.endsWith("Embedding")) {
      for (let t = 0; t < p.data.length; ++t) p.data[t] = rng.normal();
    } else if (last === "gamma") {
      p.data.fill(1);
    } else if (rows > 1) {
      const fanOut = ["wq", "wk", "wv"].includes(last) ? 3 * cols : cols; // in_proj_weight is [3 dModel, dModel]
      const a = Math.sqrt(6 / (rows + fanOut));
      for (let t = 0; t < p.data.length; ++t) p.data[t] = (2 * rng.next() - 1) * a;
    } // biases and beta stay 0
    params.set(name, p);
  }
  return params;
}
