import { describe, expect, it } from "vitest";
import { prepareExercise } from "../../../src/notebook/prepareExercise";

const props = { id: "rows-sum", starter: "function f() {}", check: "check.closeTo(f(), 1);" };

describe("prepareExercise", () => {
  it("prepareExercise(props, lang) gives the starter, the check and the default time limit, and no forbid list when none is given", () => {
    expect(prepareExercise(props, "en")).toEqual({ starter: "function f() {}", check: "check.closeTo(f(), 1);", timeout: 3 });
  });

  it("prepareExercise(props with forbid) switches those core functions off with the default reason, or the one given", () => {
    expect(prepareExercise({ ...props, forbid: ["softmaxRows"] }, "en").forbid).toEqual({ names: ["softmaxRows"], reason: "This exercise asks you to write it yourself" });
    expect(prepareExercise({ ...props, forbid: ["softmaxRows"], forbidReason: "Write the softmax" }, "en").forbid).toEqual({ names: ["softmaxRows"], reason: "Write the softmax" });
  });

  it("prepareExercise refuses an id that cannot name stored progress, an empty check, a time limit out of range and a forbid name the core lacks", () => {
    expect(() => prepareExercise({ ...props, id: "rows sum" }, "en")).toThrow('Exercise: id "rows sum" must be letters, digits, "-" or "_"');
    expect(() => prepareExercise({ ...props, check: "  " }, "en")).toThrow('Exercise "rows-sum": give check code that fails');
    expect(() => prepareExercise({ ...props, timeout: 0 }, "en")).toThrow('Exercise "rows-sum": timeout is 0; give seconds between 0 and 60');
    expect(() => prepareExercise({ ...props, forbid: ["softmaxRow"] }, "en")).toThrow('Exercise "rows-sum": forbid names "softmaxRow"');
  });
});
