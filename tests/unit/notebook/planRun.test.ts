import { describe, expect, it } from "vitest";
import { directInputs, planRun, staleAfter, type PlannedCell } from "../../../src/notebook/planRun";

const c = (id: string, defs: string[], refs: string[], fresh = false): PlannedCell => ({ id, defs, refs, fresh });

describe("planRun", () => {
  // a declares x; b reads x, declares y; c reads nothing; d reads y.
  const cells = [c("a", ["x"], []), c("b", ["y"], ["x"]), c("c", ["z"], []), c("d", [], ["y", "console"])];

  it("directInputs(cells, i) finds, for each name, the latest earlier cell declaring it", () => {
    expect(directInputs(cells, 3)).toEqual([1]);
    expect(directInputs([c("a", ["x"], []), c("b", ["x"], []), c("c", [], ["x"])], 2)).toEqual([1]);
    expect(directInputs(cells, 0)).toEqual([]);
  });

  it("planRun(cells, i) runs the earlier cells a cell needs, transitively and in order, skipping unrelated ones", () => {
    expect(planRun(cells, 3)).toEqual([0, 1, 3]);
  });

  it("planRun(cells, i) skips fresh inputs, but re-runs a fresh cell whose own input re-runs", () => {
    const someFresh = [c("a", ["x"], [], true), c("b", ["y"], ["x"], true), c("c", ["z"], []), c("d", [], ["y"])];
    expect(planRun(someFresh, 3)).toEqual([3]);
    const staleRoot = [c("a", ["x"], [], false), c("b", ["y"], ["x"], true), c("c", ["z"], []), c("d", [], ["y"])];
    expect(planRun(staleRoot, 3)).toEqual([0, 1, 3]);
  });

  it("planRun(cells, i) always runs the cell itself, fresh or not", () => {
    expect(planRun([c("a", [], [], true)], 0)).toEqual([0]);
  });

  it("staleAfter(cells, ran) marks later readers, directly and through other cells, but not the cells that ran", () => {
    expect(staleAfter(cells, [0])).toEqual([1, 3]);
    expect(staleAfter(cells, [0, 1])).toEqual([3]);
    expect(staleAfter(cells, [2])).toEqual([]);
  });
});
