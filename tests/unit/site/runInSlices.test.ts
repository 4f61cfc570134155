import { describe, expect, it } from "vitest";
import { runInSlices } from "../../../src/site/runInSlices";

/** A generator of `n` slices that records each one it ran. */
function* counted(n: number, ran: number[]) {
  for (let t = 0; t < n; t++) {
    ran.push(t);
    yield;
  }
}

describe("runInSlices", () => {
  it("runInSlices(slices, current) runs every remaining slice, each after a wait of its own, and resolves true", async () => {
    const ran: number[] = [];
    const waitsBefore: number[] = [];
    let waits = 0;
    const done = await runInSlices(counted(4, ran), () => true, async () => {
      waits++;
      waitsBefore.push(ran.length);
    });
    expect(done).toBe(true);
    expect(ran).toEqual([0, 1, 2, 3]);
    // One wait before each slice and one before the generator's end.
    expect(waits).toBe(5);
    expect(waitsBefore).toEqual([0, 1, 2, 3, 4]);
  });

  it("runInSlices stops before the next slice once isCurrent() is false, and resolves false", async () => {
    const ran: number[] = [];
    let current = true;
    const done = await runInSlices(counted(10, ran), () => current, async () => {
      if (ran.length === 3) current = false;
    });
    expect(done).toBe(false);
    expect(ran).toEqual([0, 1, 2]);
  });

  it("runInSlices rejects with the error a slice throws", async () => {
    function* failing() {
      yield;
      throw new Error("slice 2 failed");
    }
    await expect(runInSlices(failing(), () => true, async () => undefined)).rejects.toThrow("slice 2 failed");
  });
});
