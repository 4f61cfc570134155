// Checks every backward pass, the optimizer and a whole encoder-decoder training step against
// PyTorch float64 autograd. The format and its contract live in the fixture file's conventions
// block (loss = sum(output * dOutput), so every d<name> is that loss's gradient). Set
// GRADIENT_FIXTURES to run another file in the same format instead.
import { describe, expect, it } from "vitest";
import {
  fromRows,
  maskFromRows,
  multiHeadCrossAttention,
  multiHeadCrossAttentionBackward,
  scaledDotProductAttention,
  scaledDotProductAttentionBackward,
  toRows,
  type AttentionOptions,
  type Matrix,
} from "../../src/core";
import { checkKeys, compare, loadFixtureFile, type Case } from "../oracle/fixtureFile";

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
  // The weights are shared by every item, so their gradients are sums over the batch.
  const items = query.map((_, b) => {
    const trace = multiHeadCrossAttention(query[b], key[b], value[b], params, { keyLength: keyLengths?.[b] });
    return { trace, grads: multiHeadCrossAttentionBackward(query[b], key[b], value[b], params, trace, dOutput[b]) };
  });
  const sum = (pick: (g: (typeof items)[number]["grads"]) => Matrix | Float64Array) => {
    const total = new Float64Array(pick(items[0].grads).length);
    for (const { grads } of items) pick(grads).forEach((x, t) => (total[t] += x), undefined);
    return total;
  };
  const nested = (m: Matrix | Float64Array, like: Matrix) => toRows({ rows: like.rows, cols: like.cols, data: m as Float64Array });
  const flat = (pick: (g: (typeof items)[number]["grads"]) => Matrix) => nested(sum((g) => pick(g).data), pick(items[0].grads));
  const got: Record<string, unknown> = {
    output: items.map((t) => toRows(t.trace.output)),
    headWeights: items.map((t) => t.trace.perHead.map((h) => toRows(h.attention.weights))),
    dQuery: items.map((t) => toRows(t.grads.dQuery)),
    dKey: items.map((t) => toRows(t.grads.dKey)),
    dValue: items.map((t) => toRows(t.grads.dValue)),
    dWq: flat((g) => g.dWq),
    dWk: flat((g) => g.dWk),
    dWv: flat((g) => g.dWv),
    dWo: flat((g) => g.dWo),
    dbq: Array.from(sum((g) => g.dbq)),
    dbk: Array.from(sum((g) => g.dbk)),
    dbv: Array.from(sum((g) => g.dbv)),
    dbo: Array.from(sum((g) => g.dbo)),
  };
  checkKeys(c.expected, Object.keys(got), `case ${c.name}'s expected`);
  for (const [field, expected] of Object.entries(c.expected)) compare(field, expected, got[field], tol);
}

const runners: Record<Group, { prefix: string; run?: (c: Case, tol: number) => void }> = {
  sdpaGrad: { prefix: "grad sdpa", run: runSdpa },
  mhaGrad: { prefix: "grad mha", run: runMha },
  layerNorm: { prefix: "layerNorm" },
  crossEntropy: { prefix: "crossEntropy" },
  optimizer: { prefix: "optimizer" },
  seq2seq: { prefix: "seq2seq" },
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
      it(`${prefix} ${c.name}`, () => {
        if (!run) throw new Error(`no runner for ${group} yet`);
        run(c, toleranceFor(group));
      });
    }
  }
});
