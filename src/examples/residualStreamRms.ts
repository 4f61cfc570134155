import type { Matrix } from "../core";
import type { DecodeTrace } from "../model";

/** Where along the decoder stack the stream is measured. */
export type StreamStage = "input" | "selfAttention" | "crossAttention" | "feedForward" | "finalNorm";

export interface StreamPoint {
  /** The decoder layer (counting from 1); 0 for the stack's input, layers + 1 for the final LayerNorm. */
  layer: number;
  stage: StreamStage;
  /** Position along the stack: 0 the input, 3 (l - 1) + 1..3 the sublayers of layer l, 3 layers + 1 the final LayerNorm. */
  step: number;
  /** The RMS of each token's row of the stream, (Lt). */
  rms: number[];
}

/** The root mean square of each row: sqrt(mean_j x_ij^2), (L, d) -> (L). */
export function rowRms(m: Matrix): number[] {
  return Array.from({ length: m.rows }, (_, i) => {
    let sum = 0;
    for (let j = 0; j < m.cols; ++j) sum += m.data[i * m.cols + j] ** 2;
    return Math.sqrt(sum / m.cols);
  });
}

/**
 * The decoder's residual stream, one row per target token, measured by its row RMS: at the
 * stack's input (embeddings plus positions), after every sublayer of every layer (what the next
 * sublayer receives), and after the stack's final LayerNorm.
 */
export function residualStreamRms(trace: DecodeTrace): StreamPoint[] {
  const points: StreamPoint[] = [{ layer: 0, stage: "input", step: 0, rms: rowRms(trace.tgtInput) }];
  trace.decoder.forEach((layer, l) => {
    (["selfAttention", "crossAttention", "feedForward"] as const).forEach((stage, s) => {
      points.push({ layer: l + 1, stage, step: 3 * l + s + 1, rms: rowRms(layer[stage].output) });
    });
  });
  const layers = trace.decoder.length;
  points.push({ layer: layers + 1, stage: "finalNorm", step: 3 * layers + 1, rms: rowRms(trace.decoderNorm.output) });
  return points;
}
