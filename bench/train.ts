// `npm run bench:train`: the cost of learning. One section per workload, each a function that
// prints its details and returns its summary lines; the summaries are printed together at the end.
//
// Multi-head cross-attention, forward + backward: our core (multiHeadCrossAttention, then
// multiHeadCrossAttentionBackward with dOutput given) against tfjs-core's autodiff (tf.grads over
// the same computation written with tfjs ops) on its cpu and wasm backends, in one process, on the
// same inputs, round robin after a warm-up. Before timing, every gradient of each tfjs backend is
// checked against ours (float32 against float64): a gradient that disagrees stops the run with its
// name. Each contender's wall and CPU time is printed; one line per size, of median wall times:
//   mha train L=256: ours X ms, tfjs-cpu Y ms, tfjs-wasm Z ms, ours/tfjs-cpu R, ours/tfjs-wasm S
// then each target and whether it is met, by wall time and by CPU time (reported, never asserted:
// times depend on the machine). BENCH_SIZES=128,256 and BENCH_RUNS=7 override the defaults.
//
// One full training step of the lab's tiny model (translatorConfig: pre-norm, 1 encoder + 1 decoder
// layer, dModel 32, 4 heads, dFF 64) on one batch of BATCH_SIZE pairs: forward, loss and backward
// (seq2seqForward + seq2seqBackward; the Adam update is left out, as tfjs's side has none), against
// the same model in tfjs ops (bench/tfjsTranslatorStep.ts) under tf.valueAndGrads on cpu and wasm.
// Before timing, the loss and a few gradients of each backend are checked against ours; one line:
//   train step B=32: ours X ms, tfjs-cpu Y ms, tfjs-wasm Z ms, ours/tfjs-cpu R, ours/tfjs-wasm S
//
// The training lab as a reader runs it: bench/trainerLabBench.ts (also `npm run bench:trainer`) on a
// build (DIST_DIR, default dist/; checked before anything is timed), in headless Chromium with the
// default settings: training steps per second, and seconds until validation exact match first
// reaches 90%. TRAINER_BENCH_SECONDS (default 300) caps the wait.
import os from "node:os";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import {
  createRandom,
  multiHeadCrossAttention,
  multiHeadCrossAttentionBackward,
  randomMatrix,
  type Matrix,
  type MultiHeadParams,
} from "../src/core";
import { initParams, seq2seqBackward, seq2seqForward } from "../src/model";
import { BATCH_SIZE, DEFAULT_TRANSLATOR_SETTINGS, batchForStep, pairsToBatch, translationDataset, translatorConfig } from "../src/train";
import { maxAbs, maxAbsDiff } from "./maxAbs";
import { median } from "./median";
import { mhaBenchParams } from "./mhaBenchParams";
import { D_MODEL, HEADS, RUNS, SIZES, WARMUP, useWasmFromDisk } from "./mhaBenchSettings";
import { roundRobin, type Contender } from "./roundRobin";
import { mhaFlops } from "./mhaFlops";
import { registerTfjsGradients } from "./registerTfjsGradients";
import { tfjsTranslatorStep } from "./tfjsTranslatorStep";
import { trainerLabBench, trainerLabSettings } from "./trainerLabBench";

/** A gradient agrees when max |tfjs - ours| <= this times its scale (max |ours|, see SCALE_ALSO): float32 rounding. */
const RELATIVE_TOLERANCE = 1e-3;
/** ours/tfjs-cpu and ours/tfjs-wasm of median times, at every size (issue 13, item 6). */
const TARGETS = [
  { name: "ours/tfjs-cpu", key: "cpu", max: 0.3 },
  { name: "ours/tfjs-wasm", key: "wasm", max: 1.2 },
  { name: "ours/tfjs-wasm (stretch)", key: "wasm", max: 1.0 },
] as const;

// A missing build stops the run now, not after minutes of Node sections.
const trainerLab = trainerLabSettings("bench:train");
useWasmFromDisk();
await registerTfjsGradients();

/** Every gradient multiHeadCrossAttentionBackward returns, in the order tfjs receives the inputs. */
const GRADIENTS = ["dQuery", "dKey", "dValue", "dWq", "dWk", "dWv", "dWo", "dbq", "dbk", "dbv", "dbo"] as const;
type GradientName = (typeof GRADIENTS)[number];
type Gradients = Record<GradientName, ArrayLike<number>>;

interface MhaInputs {
  /** (L, dModel) */
  query: Matrix;
  /** (L, kdim), kdim = dModel */
  key: Matrix;
  /** (L, vdim), vdim = dModel */
  value: Matrix;
  params: MultiHeadParams;
  /** (L, dModel): the upstream gradient, as if loss = sum(output * dOutput). */
  dOutput: Matrix;
}

/** Seeded inputs of one size. Key and value differ, so dKey and dValue are told apart. */
function mhaInputs(L: number): MhaInputs {
  const rng = createRandom(1000 + L);
  const query = randomMatrix(rng, L, D_MODEL);
  const key = randomMatrix(rng, L, D_MODEL);
  const value = randomMatrix(rng, L, D_MODEL);
  const params = mhaBenchParams(rng);
  return { query, key, value, params, dOutput: randomMatrix(rng, L, D_MODEL) };
}

/** Ours: the traced forward (the backward needs its trace), then the backward. */
function oursGradients({ query, key, value, params, dOutput }: MhaInputs): Gradients {
  const trace = multiHeadCrossAttention(query, key, value, params);
  const g = multiHeadCrossAttentionBackward(query, key, value, params, trace, dOutput);
  return {
    dQuery: g.dQuery.data, dKey: g.dKey.data, dValue: g.dValue.data,
    dWq: g.dWq.data, dWk: g.dWk.data, dWv: g.dWv.data, dWo: g.dWo.data,
    dbq: g.dbq, dbk: g.dbk, dbv: g.dbv, dbo: g.dbo,
  };
}

/**
 * The forward in tfjs ops, step for step as our core: project, split heads, scaled scores,
 * softmax, weights x V, concatenate, output projection. Arguments in the order of GRADIENTS.
 */
function tfjsMha(...[query, key, value, wq, wk, wv, wo, bq, bk, bv, bo]: tf.Tensor[]): tf.Tensor {
  const [Lq, dModel] = query.shape;
  const Lk = key.shape[0];
  const dk = dModel / HEADS;
  const q = tf.add(tf.matMul(query, wq), bq); // (Lq, dModel) x (dModel, dModel) -> (Lq, dModel)
  const k = tf.add(tf.matMul(key, wk), bk); // (Lk, kdim) x (kdim, dModel) -> (Lk, dModel)
  const v = tf.add(tf.matMul(value, wv), bv); // (Lk, vdim) x (vdim, dModel) -> (Lk, dModel)
  const split = (m: tf.Tensor, L: number) => tf.transpose(tf.reshape(m, [L, HEADS, dk]), [1, 0, 2]); // (L, dModel) -> (h, L, dk)
  const scores = tf.matMul(split(q, Lq), split(k, Lk), false, true); // (h, Lq, dk) x (h, dk, Lk) -> (h, Lq, Lk)
  const weights = tf.softmax(tf.mul(scores, 1 / Math.sqrt(dk))); // (h, Lq, Lk)
  const heads = tf.matMul(weights, split(v, Lk)); // (h, Lq, Lk) x (h, Lk, dk) -> (h, Lq, dk)
  const concat = tf.reshape(tf.transpose(heads, [1, 0, 2]), [Lq, dModel]); // (h, Lq, dk) -> (Lq, dModel)
  return tf.add(tf.matMul(concat, wo), bo); // (Lq, dModel) x (dModel, dModel) -> (Lq, dModel)
}

const tfjsGradients = tf.grads(tfjsMha);

/**
 * The inputs as float32 tensors on `backend` (made while it is active, so no run pays to move
 * them), and a runner that returns every gradient read back. Call tf.setBackend(backend) before run.
 */
async function tfjsRunner(backend: string, { query, key, value, params, dOutput }: MhaInputs) {
  await tf.setBackend(backend);
  await tf.ready();
  const t2 = (m: Matrix) => tf.tensor2d(Float32Array.from(m.data), [m.rows, m.cols]);
  const t1 = (b: ArrayLike<number> | undefined) => tf.tensor1d(Float32Array.from(b ?? new Float64Array(D_MODEL)));
  const args = [
    t2(query), t2(key), t2(value), t2(params.wq), t2(params.wk), t2(params.wv), t2(params.wo),
    t1(params.bq), t1(params.bk), t1(params.bv), t1(params.bo),
  ];
  const dy = t2(dOutput);
  return {
    run: (): Gradients => {
      // Read back outside tf.tidy: a tidy that returns typed arrays walks every entry of them
      // (its search for tensors to keep): at L = 128 that added over 100 ms to tfjs's time.
      const grads = tf.tidy(() => tfjsGradients(args, dy));
      const read = {} as Record<GradientName, Float32Array>;
      GRADIENTS.forEach((name, i) => (read[name] = grads[i].dataSync() as Float32Array));
      tf.dispose(grads);
      return read;
    },
    dispose: () => tf.dispose([...args, dy]),
  };
}

/**
 * A bias gradient is measured against the larger of itself and its projection's weight gradient.
 * Both sum the same L rows of the projection's gradient, weighted by 1 or by the inputs (of size
 * about 1). And dbk is exactly 0 in exact arithmetic: bk shifts every score of a query's row by
 * the same q . bk, which softmax ignores. Ours is ~1e-15 there, float32 ~1e-7, so against itself
 * alone float32 rounding would fail it.
 */
const SCALE_ALSO: Partial<Record<GradientName, GradientName>> = { dbq: "dWq", dbk: "dWk", dbv: "dWv", dbo: "dWo" };

/**
 * Throws, naming the gradient, unless every one of `theirs` is within RELATIVE_TOLERANCE of ours
 * (relative to max |ours|, see SCALE_ALSO); returns the worst max |diff| / scale over the gradients.
 */
function checkGradients(who: string, L: number, ours: Gradients, theirs: Gradients): number {
  let worst = 0;
  for (const name of GRADIENTS) {
    const diff = maxAbsDiff(theirs[name], ours[name]);
    const partner = SCALE_ALSO[name];
    const scale = Math.max(maxAbs(ours[name]), partner ? maxAbs(ours[partner]) : 0);
    if (!(diff <= RELATIVE_TOLERANCE * scale)) {
      throw new Error(
        `mha train L=${L}: ${who}'s ${name} disagrees with ours: max |diff| ${diff.toExponential(2)} > ` +
          `${RELATIVE_TOLERANCE} x max |ours${partner ? `, ${partner}` : ""}| ${scale.toExponential(2)}; ` +
          `the two compute different things, so their times cannot be compared`,
      );
    }
    worst = Math.max(worst, diff / scale);
  }
  return worst;
}

/** One contender of a race below: its name, and what to print after its times (given its median CPU time in ms). */
interface NamedContender extends Contender {
  name: string;
  note?: (cpuMs: number) => string;
}

/**
 * Times the contenders round robin (WARMUP rounds, then RUNS), frees the tfjs runners, and prints a
 * line per contender: median wall time, its range, median CPU time and its note. Returns the medians
 * in the contenders' order.
 */
async function race(contenders: readonly NamedContender[], runners: readonly { dispose: () => void }[]): Promise<{ wall: number; cpu: number }[]> {
  const times = await roundRobin(contenders, WARMUP, RUNS);
  for (const runner of runners) runner.dispose();
  const medians = times.map((t) => ({ wall: median(t.wall), cpu: median(t.cpu) }));
  contenders.forEach((contender, i) => {
    const range = `(${Math.min(...times[i].wall).toFixed(1)}-${Math.max(...times[i].wall).toFixed(1)})`;
    const note = contender.note ? `   ${contender.note(medians[i].cpu)}` : "";
    console.log(`  ${contender.name.padEnd(10)}${medians[i].wall.toFixed(2).padStart(9)} ms ${range.padEnd(17)}CPU ${medians[i].cpu.toFixed(2).padStart(8)} ms${note}`);
  });
  return medians;
}

/** Forward + backward of multi-head cross-attention at every size; returns the summary lines. */
async function mhaTrainSection(): Promise<string[]> {
  const lines: string[] = [];
  // ours/tfjs-cpu and ours/tfjs-wasm at each size, of median wall and median CPU times.
  const ratios = { cpu: { wall: [] as number[], cpu: [] as number[] }, wasm: { wall: [] as number[], cpu: [] as number[] } };
  for (const L of SIZES) {
    const input = mhaInputs(L);
    console.log(`mha train L=${L} (Lq = Lk = ${L}, dModel ${D_MODEL}, h ${HEADS}, biases), median of ${RUNS} runs after ${WARMUP} warm-up:`);
    const oursGrads = oursGradients(input);
    const tfjsCpu = await tfjsRunner("cpu", input);
    const tfjsWasm = await tfjsRunner("wasm", input);
    await tf.setBackend("cpu");
    const cpuWorst = checkGradients("tfjs-cpu", L, oursGrads, tfjsCpu.run());
    await tf.setBackend("wasm");
    const wasmWorst = checkGradients("tfjs-wasm", L, oursGrads, tfjsWasm.run());
    const agree = (worst: number) => `every gradient agrees, worst max |diff| / scale = ${worst.toExponential(1)}`;
    const flops = 3 * mhaFlops(L, L, D_MODEL); // the backward's products are twice the forward's
    const [ours, cpu, wasm] = await race(
      [
        { name: "ours", run: () => oursGradients(input), note: (ms) => `GFLOP/s ${(flops / (ms * 1e6)).toFixed(2)} (of CPU time)` },
        { name: "tfjs-cpu", backend: "cpu", run: tfjsCpu.run, note: () => agree(cpuWorst) },
        { name: "tfjs-wasm", backend: "wasm", run: tfjsWasm.run, note: () => agree(wasmWorst) },
      ],
      [tfjsCpu, tfjsWasm],
    );
    console.log(`  CPU time ratios: ours/tfjs-cpu ${(ours.cpu / cpu.cpu).toFixed(2)}, ours/tfjs-wasm ${(ours.cpu / wasm.cpu).toFixed(2)}`);
    for (const [key, them] of [["cpu", cpu], ["wasm", wasm]] as const) {
      ratios[key].wall.push(ours.wall / them.wall);
      ratios[key].cpu.push(ours.cpu / them.cpu);
    }
    lines.push(
      `mha train L=${L}: ours ${ours.wall.toFixed(2)} ms, tfjs-cpu ${cpu.wall.toFixed(2)} ms, tfjs-wasm ${wasm.wall.toFixed(2)} ms, ` +
        `ours/tfjs-cpu ${(ours.wall / cpu.wall).toFixed(2)}, ours/tfjs-wasm ${(ours.wall / wasm.wall).toFixed(2)}`,
    );
  }
  // Judged on wall time, as the lines above; CPU time says whether a miss is the machine's load.
  for (const target of TARGETS) {
    const verdict = (kind: "wall" | "cpu") => {
      const worst = Math.max(...ratios[target.key][kind]);
      return `${worst <= target.max ? "met" : "missed"} (worst ${worst.toFixed(3)})`;
    };
    lines.push(`target ${target.name} <= ${target.max} at every size: ${verdict("wall")}; by CPU time ${verdict("cpu")}`);
  }
  return lines;
}

/** The loss agrees when |tfjs - ours| <= this times max(1, |ours|): float32 against float64. */
const LOSS_TOLERANCE = 1e-4;
/** The gradients checked in the training step: the last layer, the cross-attention, the first layer. */
const STEP_GRADIENTS = ["generator.w", "decoder.0.crossAttention.wq", "srcEmbedding"];

/** Forward + loss + backward of the lab's model on one batch, ours against tfjs; returns the summary line. */
async function trainStepSection(): Promise<string> {
  // The split sizes only pick which pairs the batch draws; both vocabularies are the grammar's words.
  const dataset = translationDataset(DEFAULT_TRANSLATOR_SETTINGS.seed, { train: 2000, validation: 200, test: 200 });
  const config = translatorConfig(DEFAULT_TRANSLATOR_SETTINGS, dataset);
  const params = initParams(config, DEFAULT_TRANSLATOR_SETTINGS.seed);
  const batch = pairsToBatch(batchForStep(dataset, DEFAULT_TRANSLATOR_SETTINGS.seed, 0), dataset.english, dataset.french);
  const B = BATCH_SIZE;
  console.log(
    `\ntrain step B=${B} (Ls ${batch.srcIds[0].length}, Lt ${batch.tgtIn[0].length}, dModel ${config.dModel}, h ${config.heads}, ` +
      `dFF ${config.dFF}, vocab ${config.srcVocab}/${config.tgtVocab}), median of ${RUNS} runs after ${WARMUP} warm-up:`,
  );
  const oursStep = () => {
    const trace = seq2seqForward(params, config, batch);
    return { loss: trace.loss.loss, grads: seq2seqBackward(params, config, trace) };
  };
  const ours = oursStep();
  const tfjsCpu = await tfjsTranslatorStep("cpu", params, config, batch);
  const tfjsWasm = await tfjsTranslatorStep("wasm", params, config, batch);
  /** Throws unless the loss and every STEP_GRADIENTS agree; returns the worst gradient max |diff| / scale. */
  const check = (who: string, theirs: { loss: number; grads: Map<string, Float32Array> }): number => {
    const lossDiff = Math.abs(theirs.loss - ours.loss);
    if (!(lossDiff <= LOSS_TOLERANCE * Math.max(1, Math.abs(ours.loss)))) {
      throw new Error(`train step: ${who}'s loss ${theirs.loss} disagrees with ours ${ours.loss}; the two compute different things`);
    }
    let worst = 0;
    for (const name of STEP_GRADIENTS) {
      const mine = ours.grads.get(name)!.data;
      const diff = maxAbsDiff(theirs.grads.get(name)!, mine);
      const scale = maxAbs(mine);
      if (!(diff <= RELATIVE_TOLERANCE * scale)) {
        throw new Error(
          `train step: ${who}'s gradient of ${name} disagrees with ours: max |diff| ${diff.toExponential(2)} > ` +
            `${RELATIVE_TOLERANCE} x max |ours| ${scale.toExponential(2)}; the two compute different things`,
        );
      }
      worst = Math.max(worst, diff / scale);
    }
    console.log(`  ${who}: loss ${theirs.loss.toFixed(6)} (ours ${ours.loss.toFixed(6)}), ${STEP_GRADIENTS.join(", ")} agree, worst max |diff| / scale ${worst.toExponential(1)}`);
    return worst;
  };
  await tf.setBackend("cpu");
  check("tfjs-cpu", tfjsCpu.run());
  await tf.setBackend("wasm");
  check("tfjs-wasm", tfjsWasm.run());
  const [o, cpu, wasm] = await race(
    [
      { name: "ours", run: oursStep },
      { name: "tfjs-cpu", backend: "cpu", run: tfjsCpu.run },
      { name: "tfjs-wasm", backend: "wasm", run: tfjsWasm.run },
    ],
    [tfjsCpu, tfjsWasm],
  );
  return (
    `train step B=${B}: ours ${o.wall.toFixed(2)} ms, tfjs-cpu ${cpu.wall.toFixed(2)} ms, tfjs-wasm ${wasm.wall.toFixed(2)} ms, ` +
    `ours/tfjs-cpu ${(o.wall / cpu.wall).toFixed(2)}, ours/tfjs-wasm ${(o.wall / wasm.wall).toFixed(2)}`
  );
}

const summary = [...(await mhaTrainSection()), await trainStepSection()];
console.log("\ntraining lab in headless Chromium (bench/trainerLabBench.ts):");
summary.push(...(await trainerLabBench(trainerLab)));
// A loaded machine (other jobs on the cores) inflates every time; the load average says how much.
console.log(
  `\nnode ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}; ` +
    `ours is float64, tfjs float32; times are forward + backward with every gradient read back`,
);
for (const line of summary) console.log(line);
