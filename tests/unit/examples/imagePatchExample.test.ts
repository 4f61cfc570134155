import { describe, expect, it } from "vitest";
import { argmaxRows, multiHeadCrossAttention } from "../../../src/core";
import { ballPatches, imagePatchExample } from "../../../src/examples/imagePatchExample";

describe("imagePatchExample", () => {
  it("imagePatchExample() has 5 caption tokens of width 4 and 16 patches of width 6", () => {
    const { text, image, patches } = imagePatchExample();
    expect([text.rows, text.cols, image.rows, image.cols, patches.length]).toEqual([5, 4, 16, 6, 16]);
  });

  it("ballPatches lists the four patches at rows 1-2, columns 1-2", () => {
    expect(ballPatches).toEqual([5, 6, 9, 10]);
  });

  it("imagePatchExample() makes 'ball' look at a ball patch and 'grass' at a grass patch", () => {
    const { text, image, params, caption, gridSize } = imagePatchExample();
    const best = argmaxRows(multiHeadCrossAttention(text, image, image, params).perHead[0].attention.weights);
    const ball = best[caption.indexOf("ball")];
    const [r, c] = [Math.floor(ball / gridSize), ball % gridSize];
    expect(r >= 1 && r <= 2 && c >= 1 && c <= 2).toBe(true);
    const grass = best[caption.indexOf("grass")];
    expect(Math.floor(grass / gridSize)).toBeGreaterThan(0);
    expect(ballPatches).not.toContain(grass);
  });

  it("imagePatchExample() makes 'ball' put most of its weight on the ball's four patches", () => {
    const { text, image, params, caption } = imagePatchExample();
    const w = multiHeadCrossAttention(text, image, image, params).perHead[0].attention.weights;
    const row = caption.indexOf("ball");
    const share = ballPatches.reduce((s, j) => s + w.data[row * w.cols + j], 0);
    expect(share).toBeGreaterThan(0.7);
  });
});
