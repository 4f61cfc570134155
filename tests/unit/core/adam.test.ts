import { describe, expect, it } from "vitest";
import { adamState, adamStep } from "../../../src/core";

const f64 = (xs: number[]) => Float64Array.from(xs);

describe("adamState", () => {
  it("adamState(size) starts at step 0 with zero moments of that size", () => {
    const s = adamState(3);
    expect(s.step).toBe(0);
    expect(Array.from(s.m)).toEqual([0, 0, 0]);
    expect(Array.from(s.v)).toEqual([0, 0, 0]);
  });
  it("adamState(size) refuses a size that is not an integer >= 1", () => {
    expect(() => adamState(0)).toThrow(/^adamState: size is 0; it must be an integer >= 1$/);
  });
});

describe("adamStep", () => {
  it("adamStep(param, grad, state, {lr}) moves the first step by lr * sign(grad) when eps is tiny", () => {
    // m-hat = g and v-hat = g^2 after one step, so the update is lr * g / (|g| + eps).
    const { param } = adamStep(f64([1, 1, 1]), f64([3, -0.002, 1e4]), adamState(3), { lr: 0.1, eps: 1e-15 });
    expect(Array.from(param).map((p) => p - 1)).toEqual([-0.1, 0.1, -0.1].map((d) => expect.closeTo(d, 12)));
  });
  it("adamStep(...) matches two steps worked by hand with betas [0.5, 0.5]", () => {
    // Step 1, g = 2: m = 1, v = 2; m-hat = 1 / 0.5 = 2, v-hat = 2 / 0.5 = 4; param -= 0.1 * 2 / 2 = 0.1.
    // Step 2, g = -3: m = 0.5 - 1.5 = -1, v = 1 + 4.5 = 5.5; m-hat = -1 / 0.75, v-hat = 5.5 / 0.75;
    // param -= 0.1 * (-4/3) / sqrt(22/3).
    const options = { lr: 0.1, betas: [0.5, 0.5] as [number, number], eps: 1e-12 };
    const one = adamStep(f64([1]), f64([2]), adamState(1), options);
    expect(one.param[0]).toBeCloseTo(0.9, 12);
    expect([one.state.step, one.state.m[0], one.state.v[0]]).toEqual([1, 1, 2]);
    const two = adamStep(one.param, f64([-3]), one.state, options);
    expect(two.param[0]).toBeCloseTo(0.9 + (0.1 * 4) / 3 / Math.sqrt(22 / 3), 12);
    expect([two.state.step, two.state.m[0], two.state.v[0]]).toEqual([2, -1, 5.5]);
  });
  it("adamStep(...) leaves a parameter with zero gradient and zero moments where it is", () => {
    const { param } = adamStep(f64([0.5, -2]), f64([0, 0]), adamState(2), { lr: 0.1 });
    expect(Array.from(param)).toEqual([0.5, -2]);
  });
  it("adamStep(..., {weightDecay}) for Adam adds weightDecay * param to the gradient (L2)", () => {
    const [p, g, wd] = [f64([2, -1]), f64([0.3, 0.4]), 0.1];
    const state = adamStep(f64([0, 0]), f64([1, -1]), adamState(2), { lr: 0.01 }).state; // a non-trivial state
    const withDecay = adamStep(p, g, state, { lr: 0.01, weightDecay: wd });
    const viaGradient = adamStep(p, f64([0.3 + wd * 2, 0.4 + wd * -1]), state, { lr: 0.01 });
    expect(Array.from(withDecay.param)).toEqual(Array.from(viaGradient.param));
    expect(Array.from(withDecay.state.v)).toEqual(Array.from(viaGradient.state.v));
  });
  it("adamStep(..., {weightDecay, decoupled: true}) for AdamW shrinks param by (1 - lr * weightDecay) before the update", () => {
    const [p, g, lr, wd] = [f64([2, -1]), f64([0.3, 0.4]), 0.01, 0.5];
    const adamW = adamStep(p, g, adamState(2), { lr, weightDecay: wd, decoupled: true });
    const shrunk = adamStep(f64([2 * (1 - lr * wd), -1 * (1 - lr * wd)]), g, adamState(2), { lr });
    expect(Array.from(adamW.param)).toEqual(Array.from(shrunk.param));
    expect(Array.from(adamW.state.m)).toEqual([0.03, 0.04].map((x) => expect.closeTo(x, 15))); // the gradient is not changed
  });
  it("adamStep(...) with weightDecay 0 is the same for Adam and AdamW", () => {
    const a = adamStep(f64([1, 2]), f64([0.5, -0.5]), adamState(2), { lr: 0.01 });
    const w = adamStep(f64([1, 2]), f64([0.5, -0.5]), adamState(2), { lr: 0.01, decoupled: true });
    expect(Array.from(w.param)).toEqual(Array.from(a.param));
  });
  it("adamStep(...) is pure: param, grad and state keep their values and new arrays come back", () => {
    const [p, g, s] = [f64([1, 2]), f64([0.5, -0.5]), adamState(2)];
    const out = adamStep(p, g, s, { lr: 0.01, weightDecay: 0.1 });
    expect(Array.from(p)).toEqual([1, 2]);
    expect(Array.from(g)).toEqual([0.5, -0.5]);
    expect([s.step, Array.from(s.m), Array.from(s.v)]).toEqual([0, [0, 0], [0, 0]]);
    expect(out.param).not.toBe(p);
    expect(out.state.m).not.toBe(s.m);
  });
  it("adamStep(...) refuses a gradient or a state of another size, naming the parameter", () => {
    expect(() => adamStep(new Float64Array(48), new Float64Array(48), adamState(64), { lr: 0.1 }, "wq")).toThrow(
      /^adamStep: the state of wq has 64 entries but wq has 48; give each parameter its own state, adamState\(48\)$/,
    );
    expect(() => adamStep(new Float64Array(3), new Float64Array(2), adamState(3), { lr: 0.1 }, "bq")).toThrow(
      /^adamStep: the gradient of bq has 2 entries but bq has 3; the gradient needs one entry per entry of bq$/,
    );
    expect(() => adamStep(new Float64Array(3), new Float64Array(3), { step: 0, m: new Float64Array(3), v: new Float64Array(2) }, { lr: 0.1 })).toThrow(
      /^adamStep: the state of the parameter has 2 entries but the parameter has 3/,
    );
  });
  it("adamStep(...) refuses a non-finite gradient or parameter, naming the entry", () => {
    expect(() => adamStep(f64([1, 2]), f64([0, NaN]), adamState(2), { lr: 0.1 }, "wk")).toThrow(
      /^adamStep: the gradient of wk has NaN at entry 1 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => adamStep(f64([Infinity, 2]), f64([0, 0]), adamState(2), { lr: 0.1 }, "wk")).toThrow(
      /^adamStep: wk has Infinity at entry 0/,
    );
  });
  it("adamStep(...) refuses lr <= 0, betas outside [0, 1), eps <= 0 and weightDecay < 0", () => {
    const run = (options: Parameters<typeof adamStep>[3]) => () => adamStep(f64([1]), f64([1]), adamState(1), options);
    expect(run({ lr: 0 })).toThrow(/^adamStep: lr is 0; it must be a finite number greater than 0$/);
    expect(run({ lr: 0.1, betas: [1, 0.999] })).toThrow(
      /^adamStep: betas\[0\] is 1; it must be a number from 0 up to but not including 1 \(the default is 0.9\)$/,
    );
    expect(run({ lr: 0.1, betas: [0.9, -0.1] })).toThrow(/^adamStep: betas\[1\] is -0.1;/);
    expect(run({ lr: 0.1, eps: 0 })).toThrow(/^adamStep: eps is 0; it must be a finite number greater than 0 \(the default is 1e-8\)$/);
    expect(run({ lr: 0.1, weightDecay: -0.01 })).toThrow(/^adamStep: weightDecay is -0.01; it must be a finite number >= 0 \(0 turns it off\)$/);
  });
  it("adamStep(...) refuses a state whose step count is not a whole number", () => {
    expect(() => adamStep(f64([1]), f64([1]), { step: 1.5, m: f64([0]), v: f64([0]) }, { lr: 0.1 }, "b")).toThrow(
      /^adamStep: the step count in the state of b is 1.5; it must be an integer >= 0$/,
    );
  });
});
