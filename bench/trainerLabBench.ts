// The training lab in headless Chromium on a served build (DIST_DIR, default dist/; build first),
// run by `npm run bench:trainer` alone and by `npm run bench:train` after its Node sections. Opens
// the training lesson, presses Train with the default settings and reads the lab's own hooks
// (data-step, the readout of the latest evaluation) until the validation exact match first reaches
// 90% or TRAINER_BENCH_SECONDS pass (default 300). Prints:
//   training steps per second, seconds from Train until exact match >= 0.90 (and at which step),
//   and the main thread's tasks over 50 ms meanwhile, in wall time (PerformanceObserver "longtask",
//   what a reader feels) and in the main thread's own CPU time (a Chromium trace of the first
//   TRACE_SECONDS of training, default 15): on a loaded machine the first grows with the load.
// Times depend on the machine and its load: report them, do not assert them.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../tests/e2e/browser";
import { startStaticServer } from "../scripts/staticServer";
import { normalizeBasePath } from "../src/site/normalizeBasePath.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const target = 0.9;

/** Where the build is and how long to watch, from the environment. */
export interface TrainerLabSettings {
  dist: string;
  limitSeconds: number;
  traceSeconds: number;
}

/** The settings from DIST_DIR, TRAINER_BENCH_SECONDS and TRACE_SECONDS; refuses a folder without a build, naming it. */
export function trainerLabSettings(bench: string): TrainerLabSettings {
  const dist = path.resolve(process.env.DIST_DIR ?? path.join(root, "dist"));
  if (!existsSync(path.join(dist, "index.html"))) throw new Error(`${bench}: ${dist}/index.html is missing; build first (npm run build), or point DIST_DIR at a build`);
  return { dist, limitSeconds: Number(process.env.TRAINER_BENCH_SECONDS ?? 300), traceSeconds: Number(process.env.TRACE_SECONDS ?? 15) };
}

/** Runs the lab in Chromium and prints what it measured; returns the two summary lines (steps per second, seconds until 90%). */
export async function trainerLabBench({ dist, limitSeconds, traceSeconds }: TrainerLabSettings): Promise<string[]> {
  const server = await startStaticServer(dist, normalizeBasePath(process.env.BASE_PATH));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(new URL("lessons/training-translator/", server.url).href, { waitUntil: "load" });
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: "longtask" });
    });
    await page.locator("[data-trainer]").scrollIntoViewIfNeeded();
    await page.locator("trainer-lab[data-ready='true']").waitFor({ timeout: 60_000 });
    const read = () =>
      page.evaluate(() => {
        const lab = document.querySelector<HTMLElement>("[data-trainer]")!;
        const match = /exact match (\d+\.\d+)/.exec(lab.querySelector("[data-readout]")?.textContent ?? "");
        const at = /evaluated at step (\d+)/.exec(lab.querySelector("[data-readout]")?.textContent ?? "");
        return { step: Number(lab.dataset.step), status: lab.dataset.status, exactMatch: match ? Number(match[1]) : 0, evaluatedAt: at ? Number(at[1]) : 0 };
      });
    // A trace of the main thread's tasks (the renderer's main thread), for their CPU time.
    const cdp = await page.context().newCDPSession(page);
    const events: { name: string; ph: string; tid: number; dur?: number; tdur?: number; args?: { name?: string } }[] = [];
    cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as typeof events)));
    const traced = new Promise((done) => cdp.once("Tracing.tracingComplete", done));
    await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline", transferMode: "ReportEvents" });
    const stopTrace = setTimeout(() => void cdp.send("Tracing.end"), traceSeconds * 1000);
    await page.getByRole("button", { name: "Train" }).click();
    const started = Date.now();
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>("[data-trainer]")!.dataset.step) >= 1, undefined, { timeout: 60_000 });
    const firstStep = { at: Date.now(), ...(await read()) };
    let reached: { seconds: number; step: number } | undefined;
    let now = await read();
    while ((Date.now() - started) / 1000 < limitSeconds && now.status !== "done") {
      now = await read();
      if (now.evaluatedAt > 0 && now.exactMatch >= target) {
        reached = { seconds: (Date.now() - started) / 1000, step: now.evaluatedAt };
        break;
      }
      await page.waitForTimeout(100);
    }
    const end = { at: Date.now(), ...(await read()) };
    await page.getByRole("button", { name: "Pause" }).click();
    const stepsPerSecond = (end.step - firstStep.step) / ((end.at - firstStep.at) / 1000);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    if ((Date.now() - started) / 1000 < traceSeconds) {
      clearTimeout(stopTrace);
      await cdp.send("Tracing.end");
    }
    await traced;
    const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")?.tid;
    const tasks = events.filter((e) => e.tid === main && e.name === "RunTask" && e.ph === "X");
    const cpu = tasks.map((e) => (e.tdur ?? 0) / 1000);
    const wall = tasks.map((e) => (e.dur ?? 0) / 1000);
    const summary = [
      `training lab (default settings, headless Chromium): ${stepsPerSecond.toFixed(2)} steps/s over ${end.step - firstStep.step} steps`,
      reached
        ? `exact match >= ${target} first at step ${reached.step}, ${reached.seconds.toFixed(1)} s after Train`
        : `exact match stayed below ${target} for ${limitSeconds} s (step ${end.step}, last ${now.exactMatch})`,
    ];
    for (const line of summary) console.log(line);
    console.log(`main-thread tasks over 50 ms of wall time meanwhile: ${longTasks.length}${longTasks.length ? `, longest ${Math.round(Math.max(...longTasks))} ms` : ""}`);
    console.log(
      `first ${traceSeconds} s traced: ${tasks.length} main-thread tasks, ${cpu.filter((t) => t > 50).length} over 50 ms of CPU (longest ${Math.round(Math.max(0, ...cpu))} ms CPU, ` +
        `${Math.round(Math.max(0, ...wall))} ms wall); main thread busy ${Math.round(cpu.reduce((a, b) => a + b, 0))} ms of CPU in ${traceSeconds} s`,
    );
    return summary;
  } finally {
    await browser.close();
    await server.close();
  }
}
