import { describe, expect, it } from "vitest";
import { fromRows, toRows, type Matrix } from "../../../src/core";
import { decoderBlockExample } from "../../../src/examples/decoderBlockExample";
import { residualStreamRms, rowRms } from "../../../src/examples/residualStreamRms";

const rms = (row: number[]) => Math.sqrt(row.reduce((s, v) => s + v * v, 0) / row.length);
const plus = (a: number[][], b: Matrix) => a.map((row, i) => row.map((v, j) => v + b.data[i * b.cols + j]));

describe("rowRms", () => {
  it("rowRms(m) is sqrt(mean of squares) of each row: (3, 4) -> 3.5355, (0, 0) -> 0, (-1, 1) -> 1", () => {
    const got = rowRms(fromRows([[3, 4], [0, 0], [-1, 1]]));
    expect(got[0]).toBeCloseTo(Math.sqrt(12.5), 12);
    expect(got.slice(1)).toEqual([0, 1]);
  });

  it("rowRms(m) of one column (d = 1) is each entry's absolute value", () => {
    expect(rowRms(fromRows([[-2], [3]]))).toEqual([2, 3]);
  });
});

describe("residualStreamRms", () => {
  it("residualStreamRms(trace) measures the input, three sublayers per layer in order, then the final LayerNorm", () => {
    const { trace } = decoderBlockExample({ normFirst: true, decoderLayers: 4 });
    const points = residualStreamRms(trace);
    expect(points).toHaveLength(3 * 4 + 2);
    expect(points.map((p) => p.step)).toEqual(Array.from({ length: 14 }, (_, k) => k));
    expect(points.slice(1, 4).map((p) => p.stage)).toEqual(["selfAttention", "crossAttention", "feedForward"]);
    expect([points[0].stage, points[13].stage, points[13].layer]).toEqual(["input", "finalNorm", 5]);
    for (const p of points) expect(p.rms).toHaveLength(6);
  });

  it("residualStreamRms of a pre-norm stack is the RMS of the input plus every sublayer's f output so far", () => {
    const { trace } = decoderBlockExample({ normFirst: true, decoderLayers: 4 });
    const points = residualStreamRms(trace);
    // Rebuild the stream by adding each f output (the part inside the residual) to the embeddings.
    let stream = toRows(trace.tgtInput);
    points[0].rms.forEach((r, i) => expect(r).toBeCloseTo(rms(stream[i]), 12));
    trace.decoder.forEach((layer, l) => {
      (["selfAttention", "crossAttention", "feedForward"] as const).forEach((stage, s) => {
        stream = plus(stream, layer[stage].inner.output);
        points[3 * l + s + 1].rms.forEach((r, i) => expect(r, `layer ${l + 1} ${stage}, row ${i}`).toBeCloseTo(rms(stream[i]), 9));
      });
    });
  });

  it("residualStreamRms of a post-norm stack is just under 1 after every sublayer: a LayerNorm of gain 1 and shift 0 leaves sqrt(var / (var + eps))", () => {
    const { trace } = decoderBlockExample({ normFirst: false, decoderLayers: 8 });
    for (const p of residualStreamRms(trace).slice(1)) {
      for (const r of p.rms) {
        expect(r).toBeLessThan(1);
        expect(r).toBeGreaterThan(0.9999);
      }
    }
  });

  it("residualStreamRms shows the pre-norm stream above its input after 6 layers, and back under 1 after the final LayerNorm", () => {
    const points = residualStreamRms(decoderBlockExample({ normFirst: true, decoderLayers: 6 }).trace);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(points[points.length - 2].rms)).toBeGreaterThan(1.4 * mean(points[0].rms));
    for (const r of points[points.length - 1].rms) expect(Math.abs(r - 1)).toBeLessThan(1e-4);
  });
});
