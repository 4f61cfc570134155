import { describe, expect, it } from "vitest";
import { assertForbiddable, forbidGlobals, forbiddenMessage } from "../../../src/notebook/forbidGlobals";
import { attentionModule, cellGlobals } from "../../../src/notebook/cellGlobals";
import { CheckFailure } from "../../../src/notebook/checks";
import { fromRows, scaledDotProductAttention, softmaxRowsBackward } from "../../../src/core";
import { thrown } from "../thrown";

const thrownError = (fn: () => unknown) => thrown(fn) as Error;

const io = { show: () => {}, console: { log() {}, info() {}, debug() {}, warn() {}, error() {}, table() {} } };
const reason = "This exercise asks you to write dV and dQ yourself";

describe("forbidGlobals", () => {
  it("forbidGlobals(globals, forbid) makes each named function throw a CheckFailure that names it", () => {
    const globals = forbidGlobals(cellGlobals(io, "en"), { names: ["softmaxRowsBackward", "matmulBackward"], reason }, "en");
    const error = thrownError(() => (globals.softmaxRowsBackward as () => unknown)());
    expect(error).toBeInstanceOf(CheckFailure);
    expect(error.message).toBe("This exercise asks you to write dV and dQ yourself; softmaxRowsBackward is switched off here.");
    expect(thrownError(() => (globals.matmulBackward as () => unknown)()).message).toBe(forbiddenMessage("matmulBackward", reason, "en"));
  });

  it("forbidGlobals(globals, forbid) leaves every other global as it was, and the original object untouched", () => {
    const original = cellGlobals(io, "en");
    const globals = forbidGlobals(original, { names: ["softmaxRowsBackward"], reason }, "en");
    expect(globals.softmaxRows).toBe(original.softmaxRows);
    expect(globals.q).toBe(original.q);
    expect(globals.check).toBe(original.check);
    expect(original.softmaxRowsBackward).toBe(softmaxRowsBackward);
    const w = fromRows([[0.5, 0.5]]);
    expect(() => (original.softmaxRowsBackward as typeof softmaxRowsBackward)(w, w)).not.toThrow();
  });

  it("forbidGlobals(globals, forbid) also switches off an alias bound to the same function, under the alias's name", () => {
    const globals = forbidGlobals(cellGlobals(io, "en"), { names: ["scaledDotProductAttention"], reason: "Write it" }, "en");
    expect(thrownError(() => (globals.attention as () => unknown)()).message).toBe("Write it; attention is switched off here.");
    expect(globals.attention).not.toBe(scaledDotProductAttention);
  });

  it("forbidGlobals(attentionModule, forbid) switches the function off in the module that imports read", () => {
    const core = forbidGlobals(attentionModule, { names: ["scaledDotProductAttentionBackward"], reason }, "en");
    expect(thrownError(() => (core.scaledDotProductAttentionBackward as () => unknown)())).toBeInstanceOf(CheckFailure);
    expect(attentionModule.scaledDotProductAttentionBackward).not.toBe(core.scaledDotProductAttentionBackward);
  });
});

describe("assertForbiddable", () => {
  it("assertForbiddable(names) accepts core functions", () => {
    expect(() => assertForbiddable(["scaledDotProductAttentionBackward", "softmaxRowsBackward", "matmulBackward"], "Exercise \"x\"")).not.toThrow();
  });

  it("assertForbiddable(names) refuses a misspelt name or a name that is not a core function, naming the exercise", () => {
    expect(() => assertForbiddable(["softmaxRowBackward"], 'Exercise "x"')).toThrow(/^Exercise "x": forbid names "softmaxRowBackward", which is not a function of the core; give core function names, e\.g\. .*softmaxRowsBackward/);
    expect(() => assertForbiddable(["check"], 'Exercise "y"')).toThrow('Exercise "y": forbid names "check"');
  });
});
