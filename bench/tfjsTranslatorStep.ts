// The lab's encoder-decoder (src/model: pre-norm, nn.Transformer's layout) written with tfjs ops,
// batched, so bench/train.ts can time tfjs's autodiff of one training step against ours.
import * as tf from "@tensorflow/tfjs-core";
import { sinusoidalPositions, type Matrix } from "../src/core";
import { keyMask, parameterShapes, type ModelConfig, type ModelParams, type Seq2SeqBatch } from "../src/model";

/** Large enough that exp underflows to exactly 0 in float32, as our blocked keys get weight 0. */
const BLOCKED = -1e9;

/** (B, Lq, Lk) additive masks from keyMask's allowed cells, as (B * h, Lq, Lk) for the heads. */
function additiveMask(masks: { rows: number; cols: number; allowed: Uint8Array }[], heads: number): tf.Tensor3D {
  const { rows, cols } = masks[0];
  const data = new Float32Array(masks.length * heads * rows * cols);
  masks.forEach((m, b) => {
    for (let h = 0; h < heads; ++h) {
      const o = (b * heads + h) * rows * cols;
      for (let t = 0; t < rows * cols; ++t) data[o + t] = m.allowed[t] ? 0 : BLOCKED;
    }
  });
  return tf.tensor3d(data, [masks.length * heads, rows, cols]);
}

/**
 * A runner on `backend` (tensors made while it is active): run() gives the batch's loss and every
 * parameter's gradient (by parameterShapes' names) read back. Parameters are float32 copies of
 * `params`; each is [in, out], so tf.matMul(x, W) is our X W. Embeddings are one-hot x table,
 * not tf.gather: gather's gradient needs UnsortedSegmentSum, which the wasm backend lacks.
 * Call tf.setBackend(backend) before run.
 */
export async function tfjsTranslatorStep(backend: string, params: ModelParams, config: ModelConfig, batch: Seq2SeqBatch) {
  await tf.setBackend(backend);
  await tf.ready();
  const { dModel: d, heads: h, padId } = config;
  const dk = d / h;
  const B = batch.srcIds.length;
  const Ls = batch.srcIds[0].length;
  const Lt = batch.tgtIn[0].length;
  const names = [...parameterShapes(config).keys()];
  const args = names.map((name) => {
    const p = params.get(name)!;
    return tf.tensor2d(Float32Array.from(p.data), [p.rows, p.cols]);
  });
  const oneHot = (ids: number[][], vocab: number) => tf.cast(tf.oneHot(tf.tensor1d(ids.flat(), "int32"), vocab), "float32") as tf.Tensor2D; // (B L, vocab)
  const srcOneHot = oneHot(batch.srcIds, config.srcVocab);
  const tgtOneHot = oneHot(batch.tgtIn, config.tgtVocab);
  const toTensor = (m: Matrix) => tf.tensor2d(Float32Array.from(m.data), [m.rows, m.cols]);
  const srcPositions = toTensor(sinusoidalPositions(Ls, d)); // (Ls, d), broadcast over the batch
  const tgtPositions = toTensor(sinusoidalPositions(Lt, d)); // (Lt, d)
  const encoderMask = additiveMask(batch.srcIds.map((ids) => keyMask(Ls, ids, padId)), h); // (B h, Ls, Ls)
  const selfMask = additiveMask(batch.tgtIn.map((ids) => keyMask(Lt, ids, padId, true)), h); // (B h, Lt, Lt)
  const crossMask = additiveMask(batch.srcIds.map((ids) => keyMask(Lt, ids, padId)), h); // (B h, Lt, Ls)
  // Cross-entropy mean over non-padding targets: -sum(logSoftmax * weights), weights one-hot / count.
  const targets = batch.tgtOut.flat();
  const counted = targets.filter((t) => t !== padId).length;
  const weights = new Float32Array(targets.length * config.tgtVocab);
  targets.forEach((t, i) => {
    if (t !== padId) weights[i * config.tgtVocab + t] = 1 / counted;
  });
  const targetWeights = tf.tensor2d(weights, [targets.length, config.tgtVocab]);

  const loss = (...values: tf.Tensor[]): tf.Scalar => {
    const p = (name: string) => values[names.indexOf(name)] as tf.Tensor2D;
    const linear = (x: tf.Tensor2D, w: string, b: string) => tf.add(tf.matMul(x, p(w)), p(b)) as tf.Tensor2D; // (n, in) x (in, out) -> (n, out)
    const norm = (x: tf.Tensor2D, prefix: string) => {
      const { mean, variance } = tf.moments(x, -1, true); // biased variance, as nn.LayerNorm
      return tf.add(tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, config.layerNormEps))), p(`${prefix}.gamma`)), p(`${prefix}.beta`)) as tf.Tensor2D;
    };
    // (B L, d) -> (B h, L, dk) and back.
    const split = (x: tf.Tensor2D, L: number) => tf.reshape(tf.transpose(tf.reshape(x, [B, L, h, dk]), [0, 2, 1, 3]), [B * h, L, dk]);
    const merge = (x: tf.Tensor, L: number) => tf.reshape(tf.transpose(tf.reshape(x, [B, h, L, dk]), [0, 2, 1, 3]), [B * L, d]) as tf.Tensor2D;
    const attention = (xq: tf.Tensor2D, Lq: number, xkv: tf.Tensor2D, Lk: number, prefix: string, mask: tf.Tensor3D) => {
      const q = split(linear(xq, `${prefix}.wq`, `${prefix}.bq`), Lq); // (B h, Lq, dk)
      const k = split(linear(xkv, `${prefix}.wk`, `${prefix}.bk`), Lk); // (B h, Lk, dk)
      const v = split(linear(xkv, `${prefix}.wv`, `${prefix}.bv`), Lk); // (B h, Lk, dk)
      const scores = tf.add(tf.mul(tf.matMul(q, k, false, true), 1 / Math.sqrt(dk)), mask); // (B h, Lq, dk) x (B h, dk, Lk) -> (B h, Lq, Lk)
      const mixed = tf.matMul(tf.softmax(scores), v); // (B h, Lq, Lk) x (B h, Lk, dk) -> (B h, Lq, dk)
      return linear(merge(mixed, Lq), `${prefix}.wo`, `${prefix}.bo`); // (B Lq, d)
    };
    const feedForward = (x: tf.Tensor2D, prefix: string) =>
      linear(tf.relu(linear(x, `${prefix}.w1`, `${prefix}.b1`)), `${prefix}.w2`, `${prefix}.b2`); // (B L, d) -> (B L, dFF) -> (B L, d)
    const embed = (hot: tf.Tensor2D, table: string, positions: tf.Tensor2D, L: number) =>
      tf.reshape(tf.add(tf.reshape(tf.matMul(hot, p(table)), [B, L, d]), positions), [B * L, d]) as tf.Tensor2D; // (B L, vocab) x (vocab, d)

    let x = embed(srcOneHot, "srcEmbedding", srcPositions, Ls); // (B Ls, d)
    for (let l = 0; l < config.encoderLayers; ++l) {
      const e = `encoder.${l}`;
      const n1 = norm(x, `${e}.norm1`);
      x = tf.add(x, attention(n1, Ls, n1, Ls, `${e}.selfAttention`, encoderMask)) as tf.Tensor2D;
      x = tf.add(x, feedForward(norm(x, `${e}.norm2`), `${e}.feedForward`)) as tf.Tensor2D;
    }
    const memory = norm(x, "encoder.norm"); // (B Ls, d)
    let y = embed(tgtOneHot, "tgtEmbedding", tgtPositions, Lt); // (B Lt, d)
    for (let l = 0; l < config.decoderLayers; ++l) {
      const e = `decoder.${l}`;
      const n1 = norm(y, `${e}.norm1`);
      y = tf.add(y, attention(n1, Lt, n1, Lt, `${e}.selfAttention`, selfMask)) as tf.Tensor2D;
      y = tf.add(y, attention(norm(y, `${e}.norm2`), Lt, memory, Ls, `${e}.crossAttention`, crossMask)) as tf.Tensor2D;
      y = tf.add(y, feedForward(norm(y, `${e}.norm3`), `${e}.feedForward`)) as tf.Tensor2D;
    }
    const logits = linear(norm(y, "decoder.norm"), "generator.w", "generator.b"); // (B Lt, d) x (d, tgtVocab) -> (B Lt, tgtVocab)
    return tf.neg(tf.sum(tf.mul(tf.logSoftmax(logits), targetWeights))) as tf.Scalar;
  };
  const valueAndGrads = tf.valueAndGrads(loss);
  const constants = [srcOneHot, tgtOneHot, srcPositions, tgtPositions, encoderMask, selfMask, crossMask, targetWeights];
  return {
    run: (): { loss: number; grads: Map<string, Float32Array> } => {
      const { value, grads } = tf.tidy(() => valueAndGrads(args));
      const read = new Map(names.map((name, i) => [name, grads[i].dataSync() as Float32Array]));
      const lossValue = value.dataSync()[0];
      tf.dispose([value, ...grads]);
      return { loss: lossValue, grads: read };
    },
    dispose: () => tf.dispose([...args, ...constants]),
  };
}
