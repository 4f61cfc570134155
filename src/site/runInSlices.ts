import { postTask } from "./postTask";

/** Waits for a task of its own, after the input and painting the page has queued. */
const nextTask = (): Promise<void> => new Promise((resolve) => postTask(resolve));

/**
 * Runs the rest of `slices` (a generator that yields between pieces of work of a few ms) one slice
 * per task, so a reader's input and the page's painting get in between and a slow phone sees no long
 * task. Gives up, resolving false, as soon as `isCurrent()` says a newer request took over; resolves
 * true when the work is done, and rejects with what the work threw.
 */
export async function runInSlices(slices: Iterator<unknown>, isCurrent: () => boolean, wait: () => Promise<void> = nextTask): Promise<boolean> {
  for (;;) {
    await wait();
    if (!isCurrent()) return false;
    if (slices.next().done) return true;
  }
}
