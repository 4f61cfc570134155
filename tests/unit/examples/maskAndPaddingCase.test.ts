import { describe, expect, it } from "vitest";
import { maskToRows, multiHeadCrossAttentionBatch, toRows } from "../../../src/core";
import { maskAndPaddingCase } from "../../../src/examples/maskAndPaddingCase";
import { compare, loadFixtureFile, toleranceOf, type Case } from "../../oracle/fixtureFile";

// The PyTorch lesson prints the core's numbers for this case beside the PyTorch code that produced
// the fixture; these tests are what ties those numbers to PyTorch.
const { file, fixtures, error } = loadFixtureFile<{ conventions?: { tolerance?: string }; mha?: Case[] }>("ORACLE_FIXTURES", "attention-oracle.json");
const fixture = fixtures?.mha?.find((c) => c.name === "mask-and-padding");
if (!fixture) throw new Error(`no mha case "mask-and-padding" in the oracle fixtures at ${file}: ${String(error ?? "the case is missing")}`);
const tolerance = toleranceOf(fixtures?.conventions?.tolerance, 1e-9);
const traces = () => {
  const c = maskAndPaddingCase();
  return multiHeadCrossAttentionBatch(c.query, c.key, c.value, c.params, { keyLengths: c.keyLengths, allowed: c.allowed });
};

describe("maskAndPaddingCase", () => {
  it("maskAndPaddingCase() holds exactly the fixture's inputs, weights, biases, head count, lengths and mask", () => {
    const c = maskAndPaddingCase();
    for (const name of ["query", "key", "value"] as const) compare(name, fixture[name], c[name].map(toRows), 0);
    for (const name of ["wq", "wk", "wv", "wo"] as const) compare(name, fixture[name], toRows(c.params[name]), 0);
    for (const name of ["bq", "bk", "bv", "bo"] as const) compare(name, fixture[name], Array.from(c.params[name] ?? []), 0);
    expect(c.params.heads).toBe(fixture.numHeads);
    expect(c.keyLengths).toEqual(fixture.keyLengths);
    expect(maskToRows(c.allowed)).toEqual(fixture.allowed);
  });

  it("multiHeadCrossAttentionBatch on maskAndPaddingCase() gives PyTorch's output and per-head weights within the fixture's tolerance", () => {
    const t = traces();
    compare("output", fixture.expected.output, t.map((item) => toRows(item.output)), tolerance);
    compare("headWeights", fixture.expected.headWeights, t.map((item) => item.perHead.map((head) => toRows(head.attention.weights))), tolerance);
  });

  it("maskAndPaddingCase() returns new arrays on every call, so a caller writing into one changes no other", () => {
    const first = maskAndPaddingCase();
    first.query[0].data[0] = 99;
    first.params.wq.data[0] = 99;
    const second = maskAndPaddingCase();
    expect(second.query[0].data[0]).toBe((fixture.query as number[][][])[0][0][0]);
    expect(second.params.wq.data[0]).toBe((fixture.wq as number[][])[0][0]);
  });
});
