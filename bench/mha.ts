// `npm run bench`: multi-head cross-attention forward, our core against tfjs-core on its cpu and
// wasm backends, in one process, on the same inputs. Prints medians over several runs after a
// warm-up, the max abs difference of each tfjs output from ours (so the race is between equal
// computations), and ends with one line per size:
//   mha L=256: ours X ms, tfjs-cpu Y ms, tfjs-wasm Z ms, ours/tfjs-cpu R, ours/tfjs-wasm S, GFLOP/s G
// BENCH_SIZES=128,256 and BENCH_RUNS=7 override the defaults.
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import {
  createRandom,
  multiHeadCrossAttention,
  multiHeadCrossAttentionOutput,
  randomMatrix,
  type Matrix,
  type MultiHeadParams,
} from "../src/core";
import { mhaFlops } from "./mhaFlops";
import { median } from "./median";

const D_MODEL = 256;
const HEADS = 8;
const SIZES = (process.env.BENCH_SIZES ?? "128,256,512").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARMUP = 2;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Load the .wasm from disk: a trailing slash makes this a directory prefix, read with fs in Node.
setWasmPaths(path.join(root, "node_modules/@tensorflow/tfjs-backend-wasm/dist/"));

/** Median wall time in ms of `run` over RUNS runs after WARMUP untimed ones. */
function time(run: () => void): number {
  for (let t = 0; t < WARMUP; ++t) run();
  const ms: number[] = [];
  for (let t = 0; t < RUNS; ++t) {
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
  }
  return median(ms);
}

/** The inputs of one size: query (L, dModel), source (L, dModel), weights (dModel, dModel), biases. */
function inputs(L: number): { query: Matrix; source: Matrix; params: MultiHeadParams } {
  const rng = createRandom(L);
  const std = 1 / Math.sqrt(D_MODEL); // keeps the projections O(1), as a trained layer would
  const bias = () => randomMatrix(rng, 1, D_MODEL, 0.1).data;
  return {
    query: randomMatrix(rng, L, D_MODEL),
    source: randomMatrix(rng, L, D_MODEL),
    params: {
      heads: HEADS,
      wq: randomMatrix(rng, D_MODEL, D_MODEL, std),
      wk: randomMatrix(rng, D_MODEL, D_MODEL, std),
      wv: randomMatrix(rng, D_MODEL, D_MODEL, std),
      wo: randomMatrix(rng, D_MODEL, D_MODEL, std),
      bq: bias(),
      bk: bias(),
      bv: bias(),
      bo: bias(),
    },
  };
}

/**
 * The same computation in tfjs, step for step: project, split heads, scaled scores, softmax,
 * weights x V, concatenate, output projection. Returns the output (Lq, dModel) read back.
 */
function tfjsMha(query: tf.Tensor2D, source: tf.Tensor2D, w: Record<string, tf.Tensor>): Float32Array {
  return tf.tidy(() => {
    const [Lq, dModel] = query.shape;
    const Lk = source.shape[0];
    const dk = dModel / HEADS;
    const project = (x: tf.Tensor2D, wName: string, bName: string) => tf.add(tf.matMul(x, w[wName]), w[bName]);
    const q = project(query, "wq", "bq"); // (Lq, dModel)
    const k = project(source, "wk", "bk"); // (Lk, dModel)
    const v = project(source, "wv", "bv"); // (Lk, dModel)
    const split = (m: tf.Tensor, L: number) => tf.transpose(tf.reshape(m, [L, HEADS, dk]), [1, 0, 2]); // (h, L, dk)
    const scores = tf.matMul(split(q, Lq), split(k, Lk), false, true); // (h, Lq, dk) x (h, dk, Lk) -> (h, Lq, Lk)
    const weights = tf.softmax(tf.mul(scores, 1 / Math.sqrt(dk))); // (h, Lq, Lk)
    const heads = tf.matMul(weights, split(v, Lk)); // (h, Lq, Lk) x (h, Lk, dk) -> (h, Lq, dk)
    const concat = tf.reshape(tf.transpose(heads, [1, 0, 2]), [Lq, dModel]); // (Lq, dModel)
    return tf.add(tf.matMul(concat, w.wo), w.bo).dataSync() as Float32Array; // (Lq, dModel)
  });
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; ++i) max = Math.max(max, Math.abs(a[i] - b[i]));
  return max;
}

/** Times tfjs on `backend` and checks its output against ours. */
async function timeTfjs(backend: string, L: number, query: Matrix, source: Matrix, params: MultiHeadParams, ours: Matrix) {
  await tf.setBackend(backend);
  await tf.ready();
  const t2 = (m: Matrix) => tf.tensor2d(Float32Array.from(m.data), [m.rows, m.cols]);
  const t1 = (b: ArrayLike<number> | undefined) => tf.tensor1d(Float32Array.from(b ?? new Float64Array(D_MODEL)));
  const q = t2(query);
  const s = t2(source);
  const w = {
    wq: t2(params.wq), wk: t2(params.wk), wv: t2(params.wv), wo: t2(params.wo),
    bq: t1(params.bq), bk: t1(params.bk), bv: t1(params.bv), bo: t1(params.bo),
  };
  const diff = maxAbsDiff(tfjsMha(q, s, w), ours.data);
  const ms = time(() => tfjsMha(q, s, w));
  tf.dispose([q, s, ...Object.values(w)]);
  console.log(`  tfjs-${backend.padEnd(4)} ${ms.toFixed(2).padStart(8)} ms  max |tfjs - ours| = ${diff.toExponential(2)} (float32 vs float64)`);
  return ms;
}

const lines: string[] = [];
for (const L of SIZES) {
  const { query, source, params } = inputs(L);
  console.log(`L=${L} (Lq = Lk = ${L}, dModel ${D_MODEL}, h ${HEADS}), median of ${RUNS} runs after ${WARMUP} warm-up:`);
  const reference = multiHeadCrossAttention(query, source, source, params).output;
  const traced = time(() => multiHeadCrossAttention(query, source, source, params));
  console.log(`  ours, full trace      ${traced.toFixed(2).padStart(8)} ms`);
  const fast = multiHeadCrossAttentionOutput(query, source, source, params);
  const fastDiff = maxAbsDiff(fast.data, reference.data);
  const ours = time(() => multiHeadCrossAttentionOutput(query, source, source, params));
  console.log(`  ours, output only    ${ours.toFixed(2).padStart(8)} ms  max |fast - traced| = ${fastDiff.toExponential(2)}`);
  const cpu = await timeTfjs("cpu", L, query, source, params, reference);
  const wasm = await timeTfjs("wasm", L, query, source, params, reference);
  const gflops = mhaFlops(L, L, D_MODEL) / (ours * 1e6);
  lines.push(
    `mha L=${L}: ours ${ours.toFixed(2)} ms, tfjs-cpu ${cpu.toFixed(2)} ms, tfjs-wasm ${wasm.toFixed(2)} ms, ` +
      `ours/tfjs-cpu ${(ours / cpu).toFixed(2)}, ours/tfjs-wasm ${(ours / wasm).toFixed(2)}, GFLOP/s ${gflops.toFixed(2)}`,
  );
}
console.log("");
for (const line of lines) console.log(line);
