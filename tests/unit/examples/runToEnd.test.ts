import { describe, expect, it } from "vitest";
import { runToEnd } from "../../../src/examples/runToEnd";

describe("runToEnd", () => {
  it("runToEnd(slices) runs every slice and returns the generator's result", () => {
    const ran: number[] = [];
    function* work() {
      for (let t = 0; t < 3; t++) {
        ran.push(t);
        yield;
      }
      return "done";
    }
    expect(runToEnd(work())).toBe("done");
    expect(ran).toEqual([0, 1, 2]);
  });
  it("runToEnd passes on what a slice throws", () => {
    function* failing(): Generator<void, number> {
      yield;
      throw new Error("slice failed");
    }
    expect(() => runToEnd(failing())).toThrow("slice failed");
  });
});
