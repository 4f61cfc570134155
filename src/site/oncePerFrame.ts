import { postTask } from "./postTask";

/** How oncePerFrame waits: for the next frame, and for a task of its own. */
export interface FrameScheduler {
  frame(callback: () => void): void;
  task(callback: () => void): void;
}

const browserScheduler: FrameScheduler = {
  frame: (callback) => requestAnimationFrame(() => callback()),
  task: postTask,
};

/**
 * Coalesces requests into at most one `run` per frame, each in a task of its own. A dragged slider
 * or a held arrow key fires input faster than a slow phone redraws a figure; drawing each value in
 * turn queues work the reader never sees. Here every request made while a run is queued joins it,
 * and a run never shares its task with the frame's style, layout and paint (as it would inside a
 * requestAnimationFrame callback), so neither makes the other a longer task. The first request
 * after a quiet spell runs at once, in the next task; later ones wait for the next frame.
 */
export function oncePerFrame(run: () => void, scheduler: FrameScheduler = browserScheduler): () => void {
  let queued = false;
  let ranThisFrame = false;
  const fire = () => {
    queued = false;
    ranThisFrame = true;
    scheduler.frame(() => (ranThisFrame = false));
    run();
  };
  return () => {
    if (queued) return;
    queued = true;
    if (ranThisFrame) scheduler.frame(() => scheduler.task(fire));
    else scheduler.task(fire);
  };
}
