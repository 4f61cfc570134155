import { describe, expect, it } from "vitest";
import { oncePerFrame, type FrameScheduler } from "../../../src/site/oncePerFrame";

/** A scheduler the test drives: tasks and frames run when the test says. */
function fakeScheduler() {
  const tasks: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const scheduler: FrameScheduler = { frame: (c) => frames.push(c), task: (c) => tasks.push(c) };
  const runTasks = () => tasks.splice(0).forEach((t) => t());
  const runFrame = () => frames.splice(0).forEach((f) => f());
  return { scheduler, runTasks, runFrame, tasks };
}

describe("oncePerFrame", () => {
  it("oncePerFrame(run) runs once, in a task of its own, for many requests made before that task", () => {
    const { scheduler, runTasks } = fakeScheduler();
    let runs = 0;
    const request = oncePerFrame(() => runs++, scheduler);
    for (let n = 0; n < 20; n++) request();
    expect(runs).toBe(0); // not inside the caller's event handler
    runTasks();
    expect(runs).toBe(1);
  });

  it("oncePerFrame(run) lets a request after a run wait for the next frame, then run in a task", () => {
    const { scheduler, runTasks, runFrame, tasks } = fakeScheduler();
    let runs = 0;
    const request = oncePerFrame(() => runs++, scheduler);
    request();
    runTasks();
    request();
    request();
    runTasks();
    expect(runs).toBe(1); // same frame: waits
    runFrame();
    expect(tasks).toHaveLength(1); // its task, apart from the frame's rendering
    runTasks();
    expect(runs).toBe(2);
  });

  it("oncePerFrame(run) runs at once (next task) again after a frame passed with no request", () => {
    const { scheduler, runTasks, runFrame } = fakeScheduler();
    let runs = 0;
    const request = oncePerFrame(() => runs++, scheduler);
    request();
    runTasks();
    runFrame();
    request();
    runTasks();
    expect(runs).toBe(2);
  });
});
