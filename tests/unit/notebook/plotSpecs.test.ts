import { describe, expect, it } from "vitest";
import { plot, plotBrand } from "../../../src/notebook/plotSpecs";

describe("plot helpers", () => {
  it("plot.heatmap(matrix) picks viridis for weights in [0, 1] and a diverging scale for signed scores", () => {
    expect(plot.heatmap([[0.2, 0.8]])[plotBrand]).toEqual({
      type: "heatmap",
      matrix: { kind: "matrix", rows: 1, cols: 2, data: [0.2, 0.8] },
      rowLabels: ["0"],
      colLabels: ["0", "1"],
      scheme: "sequential",
      title: undefined,
    });
    expect(plot.heatmap([[-1, 2]])[plotBrand]).toMatchObject({ scheme: "diverging" });
  });

  it("plot.heatmap refuses labels of the wrong length and things that are not matrices", () => {
    expect(() => plot.heatmap([[1, 2]], { colLabels: ["a"] })).toThrow("plot.heatmap: 1 colLabels for 2 columns");
    expect(() => plot.heatmap(undefined)).toThrow("plot.heatmap: expected a matrix (from the core, or nested arrays of numbers) but got undefined");
    expect(() => plot.heatmap([[1, 2], [3]])).toThrow("plot.heatmap: row 1 has 1 entries but row 0 has 2");
  });

  it("plot.bars(values, labels) and plot.line(xs, ys) check their data", () => {
    expect(plot.bars(Float64Array.from([1, 2]))[plotBrand]).toMatchObject({ type: "bars", values: [1, 2], labels: ["0", "1"] });
    expect(() => plot.bars([1, 2], ["a"])).toThrow("plot.bars: 1 labels for 2 values");
    expect(() => plot.bars([1, NaN])).toThrow("plot.bars: values[1] is NaN; every entry must be a finite number");
    expect(() => plot.line([1, 2], [1])).toThrow("plot.line: 2 xs but 1 ys; give one y per x");
  });
});
