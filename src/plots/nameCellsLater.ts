/**
 * Accessible names for a large heatmap's cells, written in the browser's idle time after a repaint
 * rather than inside it. Writing 3,000 names (one attribute each) took about 4 ms of a control
 * change in the sentence explorer, a quarter of a frame, for something no one sees. Until its names
 * are written the drawing is `aria-busy`, which tells assistive technology to wait for it, and the
 * cell tooltip asks for its cell's name at once (`nameCellNow`), so no reader meets a stale value.
 */
interface NamingJob {
  rects: readonly Element[];
  nameOf: (n: number) => string;
  /** False once something else (a new drawing morphed in) rewrote the drawing: the job is dropped. */
  isCurrent: () => boolean;
  next: number;
}

const jobs = new Map<Element, NamingJob>();
let scheduled = false;
/** Names written per check of the idle deadline: about 0.1 ms of work. */
const chunk = 64;

/**
 * Names rect n `nameOf(n)` soon, in idle time; a newer call for the same drawing replaces this one.
 * `drawing` is aria-busy until every name is written.
 */
export function nameCellsLater(drawing: Element, rects: readonly Element[], nameOf: (n: number) => string, isCurrent: () => boolean): void {
  jobs.set(drawing, { rects, nameOf, isCurrent, next: 0 });
  if (drawing.getAttribute("aria-busy") !== "true") drawing.setAttribute("aria-busy", "true");
  schedule();
}

/** Writes the name of `cell` now if it is waiting for one (a tooltip or focus is about to show it). */
export function nameCellNow(cell: Element): void {
  for (const [drawing, job] of jobs) {
    if (!drawing.contains(cell)) continue;
    const n = job.rects.indexOf(cell);
    if (n >= 0 && job.isCurrent()) writeName(cell, job.nameOf(n));
    return;
  }
}

function writeName(rect: Element, name: string): void {
  if (rect.getAttribute("aria-label") !== name) rect.setAttribute("aria-label", name);
}

interface Deadline {
  timeRemaining(): number;
  didTimeout: boolean;
}

/**
 * requestIdleCallback where there is one; elsewhere (Safari, Node) a task given a few ms. A page
 * that is never idle (a reader dragging a slider without pause) still gets its names within a
 * second: the callback then times out and writes them all.
 */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (typeof globalThis.requestIdleCallback === "function") {
    globalThis.requestIdleCallback(work, { timeout: 1000 });
  } else {
    setTimeout(() => {
      const start = performance.now();
      work({ timeRemaining: () => 4 - (performance.now() - start), didTimeout: false });
    }, 0);
  }
}

function work(deadline: Deadline): void {
  scheduled = false;
  for (const [drawing, job] of jobs) {
    if (!job.isCurrent()) {
      jobs.delete(drawing);
      continue;
    }
    while (job.next < job.rects.length) {
      const end = Math.min(job.rects.length, job.next + chunk);
      for (let n = job.next; n < end; n++) writeName(job.rects[n], job.nameOf(n));
      job.next = end;
      if (job.next < job.rects.length && !deadline.didTimeout && deadline.timeRemaining() <= 0) return schedule();
    }
    jobs.delete(drawing);
    drawing.removeAttribute("aria-busy");
  }
}
