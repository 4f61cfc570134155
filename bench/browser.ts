// `npm run bench:browser`: how long a control change takes to recompute and redraw every figure of
// each lab and the stepper, in Chromium, on a served build (DIST_DIR, default dist/; build first).
// Each change: t0 = performance.now(), set the control and dispatch its input/change event (the
// island recomputes with the core and redraws in the task right after it), then force style and
// layout of the whole figure, t1. t1 - t0 is the figure's own work: the target is p95 <= 16 ms. Then the next
// frame is awaited, as a reader's next input would be, and its rendering (prepaint, paint,
// layerize, commit: from the frame's requestAnimationFrame callback to the task after it) is timed
// as well. That part depends on the whole page and the machine more than on the figure, so each
// page also times it for a one-line text change, the floor any visible change pays there.
// Prints, per lab, over RUNS changes (default 40):
//   <lab>: median X ms, p95 Y ms over N changes (target p95 <= 16 ms); then the frame's paint: median P ms (P0 ms for one line of text)
//   [; cell names all written Z ms after the change (idle time)]   for labs whose large heatmaps name their cells later
//
// Then a 4x run: the renderer's CPU slowed 4x (DevTools protocol Emulation.setCPUThrottlingRate, as
// a slow phone), a reader drags each lab's sliders end to end and back with the mouse and holds the
// arrow keys on its number boxes and menus. Long tasks (> 50 ms, PerformanceObserver "longtask")
// are counted while that happens; they are wall-clock times, which a machine busy with other work
// stretches, so the same working is also traced at full speed for each main-thread task's CPU time
// (4 times it is the task at 4x on an idle machine; over 12.5 ms is over 50 ms at 4x). Each pass starts
// from a freshly loaded page, so what a figure keeps for later is counted the first time. Prints, per
// lab, then per control:
//   4x <lab>: N long tasks (> 50 ms), longest L ms; at full speed the longest task took C ms of CPU (x4 = 4C ms), K over 12.5 ms
// The target is none. BENCH_PART=changes or BENCH_PART=drag runs one part only; BENCH_LABS=<regexp>
// keeps the 4x run to the labs whose names match.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { launchBrowser } from "../tests/e2e/browser";
import { startStaticServer } from "../scripts/staticServer";
import { normalizeBasePath } from "../src/site/normalizeBasePath.mjs";
import { median } from "./median";

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.resolve(process.env.DIST_DIR ?? path.join(root, "dist"));

interface Case {
  lab: string;
  slug: string;
  /** The island's root element. */
  island: string;
  /** Put the lab in its heaviest lesson-size state before timing. */
  prepare?: (page: Page) => Promise<void>;
  /** The control to move and the values it cycles through. */
  control: string;
  values: string[];
  event: "input" | "change";
}

/** The multi-head lab at d_model 48, its largest width in the lesson. */
const multiHeadAt48 = (page: Page) => page.locator('[data-lab="multihead-lab"] [data-control="dModel"]').selectOption("48").then(() => undefined);

/** The sentence explorer at its largest: 16-word sentences ("s0 … s15", "t0 … t15"), d_model 64, h 8. */
async function sixteenWordSentences(page: Page): Promise<void> {
  const sixteen = (prefix: string) => Array.from({ length: 16 }, (_, n) => `${prefix}${n}`).join(" ");
  const lab = page.locator("sentence-explorer");
  await lab.locator('[data-setting="source"]').fill(sixteen("s"));
  await lab.locator('[data-setting="target"]').fill(sixteen("t"));
  await lab.locator('[data-setting="dModel"]').selectOption("64");
  await lab.locator('[data-setting="heads"]').selectOption("8");
}

const cases: Case[] = [
  { lab: "stepper (stage 9, all heads)", slug: "scaled-dot-product-cross-attention/?step=9&heads=8&dk=8", island: "stepper-figure", control: '[data-setting="seed"]', values: ["1", "2", "3", "4"], event: "input" },
  { lab: "follow one query", slug: "scaled-dot-product-cross-attention/", island: "follow-query", control: '[data-control="query"]', values: ["0", "1", "2", "3", "4"], event: "change" },
  { lab: "scaling lab", slug: "why-scale/", island: '[data-lab="scaling-lab"] live-figure', control: '[data-control="log2dk"]', values: ["0", "3", "6", "10", "8"], event: "input" },
  { lab: "masking lab", slug: "masking/", island: '[data-lab="masking-lab"] live-figure', control: '[data-control="len3"]', values: ["1", "2", "3", "4", "5", "6"], event: "input" },
  {
    lab: "multi-head lab (d_model 48, h changing)",
    slug: "multi-head/",
    island: '[data-lab="multihead-lab"] live-figure',
    prepare: multiHeadAt48,
    control: '[data-control="heads"]',
    values: ["1", "2", "3", "4", "6", "8"],
    event: "change",
  },
  {
    lab: "multi-head lab (d_model 48, head 2 off and on)",
    slug: "multi-head/",
    island: '[data-lab="multihead-lab"] live-figure',
    prepare: multiHeadAt48,
    control: '[data-control="off2"]',
    values: ["on", "off"],
    event: "change",
  },
  {
    lab: "your own sentences (16 x 16, d_model 64, h 8)",
    slug: "queries-keys-values/",
    island: "sentence-explorer",
    prepare: sixteenWordSentences,
    control: '[data-setting="seed"]',
    values: ["1", "2", "3", "4", "5"],
    event: "input",
  },
];

interface Timings {
  /** Per change: input event to the figure redrawn and laid out (ms). */
  work: number[];
  /** Per change: the rendering of the frame that follows (ms). */
  paint: number[];
  /** Per change of one line of the figure's caption instead: the page's floor for that rendering (ms). */
  textPaint: number[];
  /** Per change of a lab with large heatmaps: from the change to the last cell name written in idle time (ms). */
  names: number[];
}

/** Times RUNS changes of one control inside the page, each followed by a frame. */
function timeChanges(page: Page, c: Case): Promise<Timings> {
  return page.evaluate(
    async ({ island, control, values, event, runs }) => {
      const rootEl = document.querySelector<HTMLElement>(island)!;
      const input = rootEl.querySelector<HTMLInputElement | HTMLSelectElement>(control)!;
      // The frame's rendering runs right after its requestAnimationFrame callbacks, in the same task.
      const nextFrameRendering = () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const start = performance.now();
            setTimeout(() => resolve(performance.now() - start), 0);
          }),
        );
      const timings = { work: [] as number[], paint: [] as number[], textPaint: [] as number[], names: [] as number[] };
      // Sets the control to the next of its values, so any two changes in a row differ.
      let changes = 0;
      // Islands redraw in a task of their own right after the input (src/site/oncePerFrame.ts): a
      // message posted after the input is handled after that task.
      const afterRedraw = () =>
        new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        });
      const change = async () => {
        const value = values[changes++ % values.length];
        // A checkbox's values are "on" (checked) and "off".
        if (input instanceof HTMLInputElement && input.type === "checkbox") input.checked = value === "on";
        else input.value = value;
        input.dispatchEvent(new Event(event, { bubbles: true }));
        await afterRedraw();
      };
      for (let n = 0; n < runs + 3; n++) {
        const t0 = performance.now();
        await change();
        // Force style and layout of everything the change touched, as the next frame would.
        void rootEl.getBoundingClientRect().height;
        void rootEl.offsetHeight;
        const work = performance.now() - t0;
        const paint = await nextFrameRendering();
        if (n >= 3) timings.work.push(work), timings.paint.push(paint); // the first three warm the caches and the JIT
      }
      // A zero-width space changes the text and repaints it without moving anything.
      const caption = rootEl.querySelector("figcaption")!;
      const text = caption.textContent ?? "";
      for (let n = 0; n < runs; n++) {
        caption.textContent = n % 2 ? text : `${text}\u200b`;
        timings.textPaint.push(await nextFrameRendering());
      }
      caption.textContent = text;
      // Large heatmaps name their cells in idle time, aria-busy until then (src/plots/nameCellsLater.ts):
      // with the page otherwise idle, how long after a change the last name is written.
      for (let n = 0; n < Math.min(runs, 20); n++) {
        const t0 = performance.now();
        await change();
        if (!rootEl.querySelector("[aria-busy]")) break;
        while (rootEl.querySelector("[aria-busy]")) await new Promise((resolve) => setTimeout(resolve, 1));
        timings.names.push(performance.now() - t0);
      }
      return timings;
    },
    { island: c.island, control: c.control, values: c.values, event: c.event, runs: RUNS },
  );
}

/** One figure to slow down and drag: every slider, number box and menu in it. */
interface DragCase {
  lab: string;
  slug: string;
  /** A selector for the figure's island root. */
  island: string;
  /** Put the figure in a heavier state first (unthrottled). */
  prepare?: (page: Page) => Promise<void>;
}

/** The heaviest states the lessons reach, on top of every figure as its lesson shows it. */
const heavyDragCases: DragCase[] = [
  { lab: "stepper (stage 9, 8 heads of d_k 8)", slug: "scaled-dot-product-cross-attention/?step=9&heads=8&dk=8", island: "stepper-figure" },
  {
    lab: "multi-head lab (d_model 48)",
    slug: "multi-head/",
    island: '[data-lab="multihead-lab"] live-figure',
    prepare: multiHeadAt48,
  },
  {
    lab: "your own sentences (16 x 16, d_model 64, h 8)",
    slug: "queries-keys-values/",
    island: "sentence-explorer",
    prepare: sixteenWordSentences,
  },
];

/** Every figure with controls on every lesson, as the lesson shows it. */
async function everyFigure(page: Page, baseUrl: string): Promise<DragCase[]> {
  const found: DragCase[] = [];
  for (const slug of readdirSync(path.join(dist, "lessons"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${d.name}/`)) {
    await page.goto(new URL(`lessons/${slug}`, baseUrl).href);
    const ids = await page.evaluate(() =>
      Array.from(document.querySelectorAll("live-figure, stepper-figure, sentence-explorer, follow-query"))
        .filter((island) => island.querySelector("input, select"))
        .map((island) => island.querySelector("figure[id]")!.id),
    );
    for (const id of ids) found.push({ lab: `${slug.slice(0, -1)} #${id}`, slug, island: `:is(live-figure, stepper-figure, sentence-explorer, follow-query):has(figure#${id})` });
  }
  return found;
}

/** What one control's working did to the page's main thread. */
interface Worked {
  control: string;
  /** Long tasks (> 50 ms) the page saw at 4x (PerformanceObserver "longtask"), wall-clock ms. */
  long: number[];
  /** The same working at full speed, traced: each main-thread task's CPU time (thread time), ms. */
  cpu: number[];
}

/** The CPU time (ms) of each task of the renderer's main thread in a Chromium trace. */
function mainThreadTaskCpu(trace: Buffer): number[] {
  const events: { name: string; pid: number; tid: number; tdur?: number; args?: { name?: string } }[] = JSON.parse(trace.toString()).traceEvents;
  const main = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  return events.filter((e) => e.name === "RunTask" && e.tdur !== undefined && main.has(`${e.pid}:${e.tid}`)).map((e) => e.tdur! / 1000);
}

/**
 * Works every control of one figure as a reader would: drags each slider from one end to the other
 * and back, holds ArrowUp on each number box, steps each menu down and up. Twice per control: with
 * the CPU slowed 4x, counting the long tasks the page sees (wall clock, so a machine busy with other
 * work lengthens them too); then at full speed under a trace, for each task's CPU time, which the
 * machine's other work hardly changes: 4 times it is what the task would take at 4x on an idle machine.
 */
async function dragAtFourX(page: Page, c: DragCase): Promise<Worked[]> {
  const island = page.locator(c.island).first();
  // Each pass starts from a fresh page, so work a figure keeps for later (samples drawn for a width,
  // a sweep) is counted where a reader first meets it, not hidden by the pass before.
  const fresh = async () => {
    await page.reload();
    await island.scrollIntoViewIfNeeded();
    await island.locator("xpath=self::*[@data-ready='true']").waitFor({ timeout: 30_000 });
    await c.prepare?.(page);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  };
  await fresh();
  const cdp = await page.context().newCDPSession(page);
  const name = async (control: ReturnType<typeof island.locator>) =>
    control.evaluate((el) => {
      // The label's own words, not the options of a menu inside it.
      const label = (el as HTMLInputElement).labels?.[0];
      const words = label ? Array.from(label.childNodes, (n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : "")).join(" ") : el.id;
      return words!.trim().replace(/\s+/g, " ");
    });
  // Work the input started (its frames, idle-time names) belongs to it.
  const settle = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
  const work = async (control: ReturnType<typeof island.locator>, how: string, act: () => Promise<void>): Promise<Worked> => {
    await fresh();
    await control.scrollIntoViewIfNeeded();
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.evaluate(() => {
      const w = window as unknown as { benchLong: number[]; benchObserver: PerformanceObserver };
      w.benchLong = [];
      w.benchObserver = new PerformanceObserver((list) => list.getEntries().forEach((e) => w.benchLong.push(e.duration)));
      w.benchObserver.observe({ type: "longtask" });
    });
    await act();
    await settle();
    const long = await page.evaluate(() => {
      const w = window as unknown as { benchLong: number[]; benchObserver: PerformanceObserver };
      w.benchObserver.disconnect();
      return w.benchLong;
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await fresh();
    await control.scrollIntoViewIfNeeded();
    await page.context().browser()!.startTracing(page, { categories: ["disabled-by-default-devtools.timeline"] });
    await act();
    await settle();
    const cpu = mainThreadTaskCpu(await page.context().browser()!.stopTracing());
    return { control: `${await name(control)} (${how})`, long, cpu };
  };
  const worked: Worked[] = [];
  for (const slider of await island.locator('input[type="range"]:visible').all()) {
    worked.push(
      await work(slider, "drag", async () => {
        const box = (await slider.boundingBox())!;
        const y = box.y + box.height / 2;
        await page.mouse.move(box.x + 2, y);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width - 2, y, { steps: 30 });
        await page.mouse.move(box.x + 2, y, { steps: 30 });
        await page.mouse.up();
      }),
    );
  }
  for (const box of await island.locator('input[type="number"]:visible').all()) {
    worked.push(
      await work(box, "ArrowUp x20", async () => {
        await box.focus();
        for (let n = 0; n < 20; n++) await page.keyboard.press("ArrowUp");
      }),
    );
  }
  for (const menu of await island.locator("select:visible").all()) {
    worked.push(
      await work(menu, "arrows", async () => {
        const options = await menu.locator("option").count();
        await menu.focus();
        for (let n = 0; n < options; n++) await page.keyboard.press("ArrowDown");
        for (let n = 0; n < options; n++) await page.keyboard.press("ArrowUp");
      }),
    );
  }
  await cdp.detach();
  return worked;
}

/** "3 long tasks (> 50 ms), longest 80 ms; at full speed the longest task took 9.1 ms of CPU (x4 = 36 ms), 0 over 12.5 ms" */
function describeWorked(w: { long: number[]; cpu: number[] }): string {
  const cpu = Math.max(0, ...w.cpu);
  return (
    `${w.long.length} long tasks (> 50 ms), longest ${w.long.length > 0 ? `${Math.max(...w.long).toFixed(0)} ms` : "none"}; ` +
    `at full speed the longest task took ${cpu.toFixed(1)} ms of CPU (x4 = ${(4 * cpu).toFixed(0)} ms), ${w.cpu.filter((t) => t > 12.5).length} over 12.5 ms`
  );
}

if (!existsSync(path.join(dist, "index.html"))) {
  console.error(`bench:browser: ${dist}/index.html is missing; build first (npx astro build --outDir <dir>, then DIST_DIR=<dir>)`);
  process.exit(1);
}
const server = await startStaticServer(dist, normalizeBasePath(process.env.BASE_PATH));
const browser = await launchBrowser();
const lines: string[] = [];
const part = process.env.BENCH_PART ?? "all";
try {
  for (const c of part === "drag" ? [] : cases) {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(new URL(`lessons/${c.slug}`, server.url).href);
    const island = page.locator(c.island).first();
    await island.scrollIntoViewIfNeeded();
    await page.locator(`${c.island}[data-ready='true']`).first().waitFor();
    await c.prepare?.(page);
    const timings = await timeChanges(page, c);
    const times = timings.work.sort((a, b) => a - b);
    const p95 = times[Math.min(times.length - 1, Math.ceil(0.95 * times.length) - 1)];
    const error = await island.locator("[data-error]:not([hidden])").count();
    if (errors.length > 0 || error > 0) throw new Error(`${c.lab}: the figure reported an error during the benchmark: ${errors.join("; ")}`);
    lines.push(
      `${c.lab}: median ${median(times).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${times.length} changes (target p95 <= 16 ms); ` +
        `then the frame's paint: median ${median(timings.paint).toFixed(1)} ms (${median(timings.textPaint).toFixed(1)} ms for one line of text)` +
        (timings.names.length > 0 ? `; cell names all written ${median(timings.names).toFixed(1)} ms after the change (idle time)` : ""),
    );
    await page.close();
  }
  if (part !== "changes") {
    const page = await browser.newPage();
    // BENCH_LABS=<regular expression> keeps the labs whose names match, e.g. BENCH_LABS=multi-head.
    const only = new RegExp(process.env.BENCH_LABS ?? "");
    const dragCases = [...heavyDragCases, ...(await everyFigure(page, server.url))].filter((c) => only.test(c.lab));
    await page.close();
    for (const c of dragCases) {
      const page = await browser.newPage();
      await page.goto(new URL(`lessons/${c.slug}`, server.url).href);
      const worked = await dragAtFourX(page, c);
      const all = { long: worked.flatMap((w) => w.long), cpu: worked.flatMap((w) => w.cpu) };
      const line = [`4x ${c.lab}: ${describeWorked(all)}`, ...worked.map((w) => `    ${w.control}: ${describeWorked(w)}`)].join("\n");
      lines.push(line);
      console.error(line);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(lines.join("\n"));
