import { describe, expect, it } from "vitest";
import { rowSums, scaledDotProductAttention, toRows } from "../../../src/core";
import { keyAngle, softLookupExample, softLookupQuery } from "../../../src/examples/softLookupExample";

describe("softLookupExample", () => {
  it("softLookupExample() gives 4 unit-length 2-D keys and 4 2-D values, one per name", () => {
    const { names, keys, values } = softLookupExample();
    expect(names).toEqual(["cat", "lion", "dog", "wolf"]);
    expect([keys.rows, keys.cols, values.rows, values.cols]).toEqual([4, 2, 4, 2]);
    for (const [x, y] of toRows(keys)) expect(Math.hypot(x, y)).toBeCloseTo(1, 12);
  });

  it("softLookupExample() puts cat tame and cat-like (x < 0, y > 0) and wolf wild and dog-like (x > 0, y < 0)", () => {
    const rows = toRows(softLookupExample().keys);
    expect(rows[0][0]).toBeLessThan(0);
    expect(rows[0][1]).toBeGreaterThan(0);
    expect(rows[3][0]).toBeGreaterThan(0);
    expect(rows[3][1]).toBeLessThan(0);
  });

  it("softLookupQuery(135, 2) is the cat key scaled by 2", () => {
    const q = toRows(softLookupQuery(135, 2))[0];
    expect(q[0]).toBeCloseTo(-Math.SQRT2, 12);
    expect(q[1]).toBeCloseTo(Math.SQRT2, 12);
  });

  it("softLookupQuery aimed at a key with a large sharpness gives that key nearly all the weight", () => {
    const { keys, values } = softLookupExample();
    const t = scaledDotProductAttention(softLookupQuery(keyAngle("dog"), 20), keys, values, { scale: 1 });
    expect(t.weights.data[2]).toBeGreaterThan(0.999);
    expect(toRows(t.output)[0][0]).toBeCloseTo(1, 2);
    expect(toRows(t.output)[0][1]).toBeCloseTo(1, 2);
  });

  it("softLookupQuery with sharpness 0 gives uniform weights and the mean of the values", () => {
    const { keys, values } = softLookupExample();
    const t = scaledDotProductAttention(softLookupQuery(10, 0), keys, values, { scale: 1 });
    expect(Array.from(t.weights.data)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(Array.from(rowSums(t.weights))).toEqual([1]);
    expect(toRows(t.output)).toEqual([[2, 2]]);
  });

  it("softLookupQuery refuses a negative sharpness and a non-finite angle, saying which", () => {
    expect(() => softLookupQuery(0, -1)).toThrow(/sharpness is -1/);
    expect(() => softLookupQuery(NaN, 1)).toThrow(/degrees is NaN/);
  });

  it("keyAngle refuses an unknown name and lists the entries", () => {
    expect(() => keyAngle("cow")).toThrow(/no entry named "cow"; the entries are cat, lion, dog, wolf/);
  });
});
