// Checks every backward pass, the optimizer and a whole encoder-decoder training step against
// PyTorch float64 autograd. The format and its contract live in the fixture file's conventions
// block (loss = sum(output * dOutput), so every d<name> is that loss's gradient). Set
// GRADIENT_FIXTURES to run another file in the same format instead.
import { describe, expect, it } from "vitest";
import {
  adamState,
  adamStep,
  crossEntropy,
  crossEntropyBackward,
  fromRows,
  layerNorm,
  layerNormBackward,
  maskFromRows,
  multiHeadCrossAttention,
  multiHeadCrossAttentionBackward,
  scaledDotProductAttention,
  scaledDotProductAttentionBackward,
  toRows,
  type AttentionOptions,
  type Matrix,
  type MultiHeadGradients,
} from "../../src/core";
import { checkKeys, compare, loadFixtureFile, type Case } from "../oracle/fixtureFile";
import { fromTorchStateDict, toTorchStateDict, type TorchTensor } from "../../src/model/torchParameterNames";
import { seq2seqBackward } from "../../src/model/seq2seqBackward";
import { seq2seqForward } from "../../src/model/seq2seqForward";
import type { ModelConfig } from "../../src/model/modelConfig";

type Group = "sdpaGrad" | "mhaGrad" | "layerNorm" | "crossEntropy" | "optimizer" | "seq2seq";
const { file, fixtures, error } = loadFixtureFile<{ conventions?: { tolerance?: string } } & Partial<Record<Group, Case[]>>>(
  "GRADIENT_FIXTURES",
  "gradient-oracle.json",
);

/**
 * "1e-9 absolute for sdpa, mha, layerNorm, crossEntropy, optimizer; 1e-8 absolute for seq2seq"
 * -> the tolerance of one group (sdpaGrad reads "sdpa"). A group the text does not name fails.
 */
function toleranceFor(group: string): number {
  const text = fixtures?.conventions?.tolerance ?? "";
  const short = group.replace(/Grad$/, "");
  for (const part of text.split(";")) {
    const [value, names] = part.split(/absolute for/);
    if (names?.split(",").some((n) => n.trim() === short)) return Number.parseFloat(value);
  }
  throw new Error(`the conventions' tolerance "${text}" names no tolerance for ${short}`);
}

const rows = (c: Case, name: string): Matrix => fromRows(c[name] as number[][], name);

function runSdpa(c: Case, tol: number): void {
  checkKeys(c, ["name", "q", "k", "v", "dOutput", "allowed", "scale", "expected"]);
  const q = rows(c, "q");
  const k = rows(c, "k");
  const v = rows(c, "v");
  const options: AttentionOptions = {};
  if (c.allowed !== undefined) options.allowed = maskFromRows(c.allowed as boolean[][]);
  if (c.scale !== undefined) options.scale = c.scale as number;
  const trace = scaledDotProductAttention(q, k, v, options);
  const grads = scaledDotProductAttentionBackward(q, k, v, trace, rows(c, "dOutput"));
  const got: Record<string, Matrix> = { weights: trace.weights, output: trace.output, dQ: grads.dQ, dK: grads.dK, dV: grads.dV };
  checkKeys(c.expected, Object.keys(got), `case ${c.name}'s expected`);
  for (const [field, expected] of Object.entries(c.expected)) compare(field, expected, toRows(got[field]), tol);
}

function runMha(c: Case, tol: number): void {
  checkKeys(c, ["name", "numHeads", "query", "key", "value", "wq", "wk", "wv", "wo", "bq", "bk", "bv", "bo", "dOutput", "keyLengths", "expected"]);
  const batch = (name: string) => (c[name] as number[][][]).map((m) => fromRows(m, name));
  const params = {
    heads: c.numHeads as number,
    wq: rows(c, "wq"),
    wk: rows(c, "wk"),
    wv: rows(c, "wv"),
    wo: rows(c, "wo"),
    bq: c.bq as number[],
    bk: c.bk as number[],
    bv: c.bv as number[],
    bo: c.bo as number[],
  };
  const query = batch("query");
  const key = batch("key");
  const value = batch("value");
  const dOutput = batch("dOutput");
  const keyLengths = c.keyLengths as number[] | undefined;
  const items = query.map((_, b) => {
    const trace = multiHeadCrossAttention(query[b], key[b], value[b], params, { keyLength: keyLengths?.[b] });
    return { trace, grads: multiHeadCrossAttentionBackward(query[b], key[b], value[b], params, trace, dOutput[b]) };
  });
  // The weights are shared by every item, so their gradients are sums over the batch.
  const total = (pick: (g: MultiHeadGradients) => Matrix | Float64Array): number[][] => {
    const first = pick(items[0].grads);
    const sum = new Float64Array(first instanceof Float64Array ? first : first.data);
    for (const { grads } of items.slice(1)) {
      const d = pick(grads);
      (d instanceof Float64Array ? d : d.data).forEach((x, t) => (sum[t] += x));
    }
    return first instanceof Float64Array ? [Array.from(sum)] : toRows({ rows: first.rows, cols: first.cols, data: sum });
  };
  const got: Record<string, unknown> = {
    output: items.map((t) => toRows(t.trace.output)),
    headWeights: items.map((t) => t.trace.perHead.map((h) => toRows(h.attention.weights))),
    dQuery: items.map((t) => toRows(t.grads.dQuery)),
    dKey: items.map((t) => toRows(t.grads.dKey)),
    dValue: items.map((t) => toRows(t.grads.dValue)),
    dWq: total((g) => g.dWq),
    dWk: total((g) => g.dWk),
    dWv: total((g) => g.dWv),
    dWo: total((g) => g.dWo),
    dbq: total((g) => g.dbq)[0],
    dbk: total((g) => g.dbk)[0],
    dbv: total((g) => g.dbv)[0],
    dbo: total((g) => g.dbo)[0],
  };
  checkKeys(c.expected, Object.keys(got), `case ${c.name}'s expected`);
  for (const [field, expected] of Object.entries(c.expected)) compare(field, expected, got[field], tol);
}

function runLayerNorm(c: Case, tol: number): void {
  checkKeys(c, ["name", "x", "gamma", "beta", "eps", "dOutput", "expected"]);
  const gamma = c.gamma as number[];
  const trace = layerNorm(rows(c, "x"), gamma, c.beta as number[], c.eps as number);
  const grads = layerNormBackward(trace, gamma, rows(c, "dOutput"));
  const got: Record<string, unknown> = {
    output: toRows(trace.output),
    dX: toRows(grads.dX),
    dGamma: Array.from(grads.dGamma),
    dBeta: Array.from(grads.dBeta),
  };
  checkKeys(c.expected, Object.keys(got), `case ${c.name}'s expected`);
  for (const [field, expected] of Object.entries(c.expected)) compare(field, expected, got[field], tol);
}

function runCrossEntropy(c: Case, tol: number): void {
  checkKeys(c, ["name", "logits", "targets", "ignoreIndex", "labelSmoothing", "expected"]);
  const trace = crossEntropy(rows(c, "logits"), c.targets as number[], {
    ignoreIndex: c.ignoreIndex as number,
    labelSmoothing: c.labelSmoothing as number | undefined,
  });
  const got: Record<string, unknown> = { loss: trace.loss, dLogits: toRows(crossEntropyBackward(trace)) };
  checkKeys(c.expected, Object.keys(got), `case ${c.name}'s expected`);
  for (const [field, expected] of Object.entries(c.expected)) compare(field, expected, got[field], tol);
}

function runOptimizer(c: Case, tol: number): void {
  checkKeys(c, ["name", "optimizer", "lr", "betas", "eps", "weightDecay", "params", "grads", "expected"]);
  expect(["Adam", "AdamW"], `case ${c.name}'s optimizer`).toContain(c.optimizer);
  checkKeys(c.expected, ["paramsAfterEachStep"], `case ${c.name}'s expected`);
  const start = rows(c, "params");
  let param = start.data;
  let state = adamState(param.length);
  const after = (c.grads as number[][][]).map((g) => {
    ({ param, state } = adamStep(param, fromRows(g, "grad").data, state, {
      lr: c.lr as number,
      betas: c.betas as [number, number],
      eps: c.eps as number,
      weightDecay: c.weightDecay as number,
      decoupled: c.optimizer === "AdamW",
    }));
    return toRows({ rows: start.rows, cols: start.cols, data: param });
  });
  compare("paramsAfterEachStep", c.expected.paramsAfterEachStep, after, tol);
}

function runSeq2seq(c: Case, tol: number): void {
  checkKeys(c, ["name", "config", "srcIds", "tgtIn", "tgtOut", "params", "expected"]);
  const raw = c.config as ModelConfig & { activation: string };
  expect(raw.activation, "activation").toBe("relu");
  const { activation: _relu, ...config } = raw;
  const params = fromTorchStateDict(c.params as Record<string, TorchTensor>, config);
  const trace = seq2seqForward(params, config, {
    srcIds: c.srcIds as number[][],
    tgtIn: c.tgtIn as number[][],
    tgtOut: c.tgtOut as number[][],
  });
  const grads = toTorchStateDict(seq2seqBackward(params, config, trace), config);
  const got: Record<string, unknown> = {
    loss: trace.loss.loss,
    logits: trace.items.map((item) => toRows(item.logits)),
    // [layer][batch][head][target position][source position]
    crossWeights: Array.from({ length: config.decoderLayers }, (_, l) =>
      trace.items.map((item) => item.decoder[l].crossAttention.inner.perHead.map((h) => toRows(h.attention.weights))),
    ),
    grads,
  };
  checkKeys(c.expected, Object.keys(got), `case ${c.name}'s expected`);
  const expectedGrads = c.expected.grads as Record<string, unknown>;
  expect(Object.keys(grads).sort(), "gradient names").toEqual(Object.keys(expectedGrads).sort());
  for (const [field, expected] of Object.entries(c.expected)) {
    if (field === "grads") for (const [name, e] of Object.entries(expectedGrads)) compare(`grads.${name}`, e, grads[name], tol);
    else compare(field, expected, got[field], tol);
  }
}

const runners: Record<Group, { prefix: string; run: (c: Case, tol: number) => void }> = {
  sdpaGrad: { prefix: "grad sdpa", run: runSdpa },
  mhaGrad: { prefix: "grad mha", run: runMha },
  layerNorm: { prefix: "layerNorm", run: runLayerNorm },
  crossEntropy: { prefix: "crossEntropy", run: runCrossEntropy },
  optimizer: { prefix: "optimizer", run: runOptimizer },
  seq2seq: { prefix: "seq2seq", run: runSeq2seq },
};

describe("PyTorch gradient oracle", () => {
  if (fixtures === undefined) {
    it("loads the gradient fixtures", () => {
      throw new Error(`cannot read the gradient fixtures at ${file}: ${String(error)}`);
    });
    return;
  }
  it("has cases to check, in groups this test knows", () => {
    const groups = Object.keys(fixtures).filter((g) => g !== "about" && g !== "conventions");
    expect(groups.filter((g) => !(g in runners)), "unknown groups").toEqual([]);
    expect(groups.length).toBeGreaterThan(0);
  });
  for (const [group, { prefix, run }] of Object.entries(runners) as [Group, (typeof runners)[Group]][]) {
    for (const c of fixtures[group] ?? []) {
      it(`${prefix} ${c.name}`, () => run(c, toleranceFor(group)));
    }
  }
});
