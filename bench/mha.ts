// `npm run bench`: multi-head cross-attention forward, our core against tfjs-core on its cpu and
// wasm backends, in one process, on the same inputs. Prints medians over several runs after a
// warm-up (round robin, so a busy machine slows every contender alike), the max abs difference of each tfjs output from ours (so the race is between equal
// computations), and ends with one line per size:
//   mha L=256: ours X ms, tfjs-cpu Y ms, tfjs-wasm Z ms, ours/tfjs-cpu R, ours/tfjs-wasm S, GFLOP/s G
// BENCH_SIZES=128,256 and BENCH_RUNS=7 override the defaults.
import os from "node:os";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import {
  createRandom,
  multiHeadCrossAttention,
  multiHeadCrossAttentionOutput,
  randomMatrix,
  type Matrix,
  type MultiHeadParams,
} from "../src/core";
import { maxAbsDiff } from "./maxAbs";
import { median } from "./median";
import { mhaFlops } from "./mhaFlops";
import { mhaBenchParams } from "./mhaBenchParams";
import { D_MODEL, HEADS, RUNS, SIZES, WARMUP, useWasmFromDisk } from "./mhaBenchSettings";
import { roundRobin } from "./roundRobin";

useWasmFromDisk();

/** The inputs of one size: query (L, dModel), source (L, dModel), weights (dModel, dModel), biases. */
function inputs(L: number): { query: Matrix; source: Matrix; params: MultiHeadParams } {
  const rng = createRandom(L);
  const query = randomMatrix(rng, L, D_MODEL);
  const source = randomMatrix(rng, L, D_MODEL);
  return { query, source, params: mhaBenchParams(rng) };
}

/**
 * The same computation in tfjs, step for step: project, split heads, scaled scores, softmax,
 * weights x V, concatenate, output projection. Returns the output (Lq, dModel) read back.
 */
function tfjsMha(query: tf.Tensor2D, source: tf.Tensor2D, w: Record<string, tf.Tensor>): Float32Array {
  // Read the result outside tf.tidy: a tidy that returns a typed array walks every entry of it
  // looking for tensors, which added 11-65 ms to tfjs-wasm's time at L = 128-512.
  const output = tf.tidy(() => {
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
    return tf.add(tf.matMul(concat, w.wo), w.bo); // (Lq, dModel)
  });
  const data = output.dataSync() as Float32Array;
  output.dispose();
  return data;
}

/** The inputs as tensors on `backend` (made while it is active, so they live there, and no run pays to move them), and a runner. */
async function tfjsRunner(backend: string, query: Matrix, source: Matrix, params: MultiHeadParams) {
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
  return {
    /** Runs on whichever backend is active: call tf.setBackend(backend) first. */
    run: () => tfjsMha(q, s, w),
    dispose: () => tf.dispose([q, s, ...Object.values(w)]),
  };
}

const lines: string[] = [];
for (const L of SIZES) {
  const { query, source, params } = inputs(L);
  console.log(`L=${L} (Lq = Lk = ${L}, dModel ${D_MODEL}, h ${HEADS}), median of ${RUNS} runs after ${WARMUP} warm-up:`);
  const reference = multiHeadCrossAttention(query, source, source, params).output;
  const fastDiff = maxAbsDiff(multiHeadCrossAttentionOutput(query, source, source, params).data, reference.data);
  const cpu = await tfjsRunner("cpu", query, source, params);
  const wasm = await tfjsRunner("wasm", query, source, params);
  await tf.setBackend("cpu");
  const cpuDiff = maxAbsDiff(cpu.run(), reference.data);
  await tf.setBackend("wasm");
  const wasmDiff = maxAbsDiff(wasm.run(), reference.data);
  const times = await roundRobin(
    [
      { run: () => multiHeadCrossAttention(query, source, source, params) },
      { run: () => multiHeadCrossAttentionOutput(query, source, source, params) },
      { backend: "cpu", run: cpu.run },
      { backend: "wasm", run: wasm.run },
    ],
    WARMUP,
    RUNS,
  );
  cpu.dispose();
  wasm.dispose();
  const [traced, ours, cpuMs, wasmMs] = times.map((t) => median(t.wall));
  const row = (name: string, t: number, note = "") => console.log(`  ${name.padEnd(22)}${t.toFixed(2).padStart(9)} ms${note}`);
  row("ours, full trace", traced);
  row("ours, output only", ours, `  max |output only - traced| = ${fastDiff.toExponential(2)}`);
  row("tfjs-cpu", cpuMs, `  max |tfjs - ours| = ${cpuDiff.toExponential(2)} (float32 vs float64)`);
  row("tfjs-wasm", wasmMs, `  max |tfjs - ours| = ${wasmDiff.toExponential(2)} (float32 vs float64)`);
  const gflops = mhaFlops(L, L, D_MODEL) / (ours * 1e6);
  lines.push(
    `mha L=${L}: ours ${ours.toFixed(2)} ms, tfjs-cpu ${cpuMs.toFixed(2)} ms, tfjs-wasm ${wasmMs.toFixed(2)} ms, ` +
      `ours/tfjs-cpu ${(ours / cpuMs).toFixed(2)}, ours/tfjs-wasm ${(ours / wasmMs).toFixed(2)}, GFLOP/s ${gflops.toFixed(2)}`,
  );
}
// A loaded machine (other jobs on the cores) inflates every time; the load average says how much.
console.log(`\nnode ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}; "ours" is multiHeadCrossAttentionOutput (float64)`);
for (const line of lines) console.log(line);
