// Checks the core against PyTorch float64 results. The fixture format and its
// conventions live in the fixture file itself; this reader is generic, so a
// file in the same format with more cases works unchanged. Set ORACLE_FIXTURES
// to point at another file.
import { describe, expect, it } from "vitest";
import {
  fromRows,
  maskFromRows,
  matrix,
  multiHeadCrossAttentionBatch,
  scaledDotProductAttention,
  toRows,
  type AttentionOptions,
  type FullyMaskedPolicy,
  type Matrix,
} from "../../src/core";
import { checkKeys, compare as compareWithin, loadFixtureFile, toleranceOf, type Case, type Nested } from "./fixtureFile";

const { file: fixturePath, fixtures, error: loadError } = loadFixtureFile<{
  conventions?: { tolerance?: string };
  sdpa?: Case[];
  mha?: Case[];
}>("ORACLE_FIXTURES", "attention-oracle.json");

// "1e-9 absolute" in the conventions; 1e-9 if the file does not say.
const tolerance = toleranceOf(fixtures?.conventions?.tolerance, 1e-9);
const compare = (field: string, expected: unknown, got: unknown) => compareWithin(field, expected, got, tolerance);

/** null in the fixtures stands for -Infinity (a masked score). */
const fromJson = (x: Nested): Nested => (x === null ? -Infinity : Array.isArray(x) ? x.map(fromJson) : x);

/** A matrix that may hold -Infinity (written null), which fromRows rightly refuses. */
function matrixWithInfinity(rows: Nested[]): Matrix {
  const flat = (fromJson(rows) as number[][]).flat();
  return matrix(rows.length, (rows[0] as Nested[]).length, flat);
}

const SDPA_KEYS = ["name", "q", "k", "v", "scale", "allowed", "additive", "fullyMaskedPolicy", "fullyMaskedRows", "expected"];
const SDPA_FIELDS = ["scale", "scores", "scaled", "masked", "weights", "output"] as const;
const MHA_KEYS = [
  "name", "numHeads", "query", "key", "value", "wq", "wk", "wv", "wo", "bq", "bk", "bv", "bo",
  "keyLengths", "allowed", "fullyMaskedPolicy", "scale", "expected",
];

function runSdpa(c: Case): void {
  checkKeys(c, SDPA_KEYS);
  const options: AttentionOptions = {};
  if (c.scale !== undefined) options.scale = c.scale as number;
  if (c.allowed !== undefined) options.allowed = maskFromRows(c.allowed as boolean[][]);
  if (c.additive !== undefined) options.bias = matrixWithInfinity(c.additive as Nested[]);
  if (c.fullyMaskedPolicy !== undefined) options.fullyMasked = c.fullyMaskedPolicy as FullyMaskedPolicy;
  const trace = scaledDotProductAttention(
    fromRows(c.q as number[][], "q"),
    fromRows(c.k as number[][], "k"),
    fromRows(c.v as number[][], "v"),
    options,
  );
  const fields = Object.keys(c.expected);
  expect(fields.filter((f) => !(SDPA_FIELDS as readonly string[]).includes(f)), "unhandled expected fields").toEqual([]);
  for (const field of SDPA_FIELDS) {
    if (!(field in c.expected)) continue;
    const got = field === "scale" ? trace.scale : toRows(trace[field]);
    compare(field, c.expected[field], got);
  }
  for (const row of (c.fullyMaskedRows as number[] | undefined) ?? []) {
    compare(`weights (fully masked row ${row})`, toRows(trace.weights)[row].map(() => 0), toRows(trace.weights)[row]);
    compare(`output (fully masked row ${row})`, toRows(trace.output)[row].map(() => 0), toRows(trace.output)[row]);
  }
}

function runMha(c: Case): void {
  checkKeys(c, MHA_KEYS);
  const batch = (name: string) => (c[name] as number[][][]).map((rows) => fromRows(rows, name));
  const bias = (name: string) => c[name] as number[] | undefined;
  const traces = multiHeadCrossAttentionBatch(
    batch("query"),
    batch("key"),
    batch("value"),
    {
      heads: c.numHeads as number,
      wq: fromRows(c.wq as number[][], "wq"),
      wk: fromRows(c.wk as number[][], "wk"),
      wv: fromRows(c.wv as number[][], "wv"),
      wo: fromRows(c.wo as number[][], "wo"),
      bq: bias("bq"),
      bk: bias("bk"),
      bv: bias("bv"),
      bo: bias("bo"),
    },
    {
      keyLengths: c.keyLengths as number[] | undefined,
      allowed: c.allowed === undefined ? undefined : maskFromRows(c.allowed as boolean[][]),
      fullyMasked: c.fullyMaskedPolicy as FullyMaskedPolicy | undefined,
      scale: c.scale as number | undefined,
    },
  );
  const fields = Object.keys(c.expected);
  expect(fields.filter((f) => f !== "output" && f !== "headWeights"), "unhandled expected fields").toEqual([]);
  if ("output" in c.expected) compare("output", c.expected.output, traces.map((t) => toRows(t.output)));
  if ("headWeights" in c.expected) {
    compare(
      "headWeights",
      c.expected.headWeights,
      traces.map((t) => t.perHead.map((h) => toRows(h.attention.weights))),
    );
  }
}

describe("PyTorch oracle", () => {
  if (fixtures === undefined) {
    it("loads the oracle fixtures", () => {
      throw new Error(`cannot read the oracle fixtures at ${fixturePath}: ${String(loadError)}`);
    });
    return;
  }
  it("has cases to check", () => {
    expect((fixtures?.sdpa?.length ?? 0) + (fixtures?.mha?.length ?? 0)).toBeGreaterThan(0);
  });
  for (const c of fixtures.sdpa ?? []) it(`sdpa ${c.name}`, () => runSdpa(c));
  for (const c of fixtures.mha ?? []) it(`mha ${c.name}`, () => runMha(c));
});
