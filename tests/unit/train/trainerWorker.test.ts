import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkpointModel,
  createTranslator,
  DEFAULT_TRANSLATOR_SETTINGS,
  labDataset,
  labProbes,
  trainTranslator,
  translateSteps,
  type LabCheckpoint,
  type TrainerCommand,
  type TrainerReply,
  type TrainerRequest,
  type TrainerSnapshot,
} from "../../../src/train";
import type { Lang } from "../../../src/i18n/lang";

// The worker module talks to `self`; here `self` is an event target whose postMessage records the replies.
const replies: TrainerReply[] = [];
const worker = Object.assign(new EventTarget(), { postMessage: (reply: TrainerReply) => replies.push(structuredClone(reply)) });
const send = (command: TrainerCommand, lang: Lang = "en") => {
  const request: TrainerRequest = { ...command, lang };
  return worker.dispatchEvent(new MessageEvent("message", { data: request }));
};
const checkpointFile = resolve(import.meta.dirname, "../../../src/train/checkpoint/default.json");
const realFetch = globalThis.fetch;

/** Waits (polling) for a reply after index `from` that passes `test`. */
async function reply<T extends TrainerReply>(test: (r: TrainerReply) => r is T, from: number, timeoutMs = 60_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const found = replies.slice(from).find(test);
    if (found) return found;
    if (Date.now() - start > timeoutMs) throw new Error(`no matching reply in ${timeoutMs} ms; got ${replies.slice(from).map((r) => r.type).join(", ")}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const snapshot = (test: (s: TrainerSnapshot) => boolean) => (r: TrainerReply): r is TrainerSnapshot => r.type === "snapshot" && test(r);

beforeAll(async () => {
  (globalThis as unknown as { self: unknown }).self = worker;
  globalThis.fetch = (async (url: string) => {
    if (!String(url).endsWith("/default.json")) return new Response("missing", { status: 404 });
    return new Response(readFileSync(checkpointFile, "utf8"));
  }) as typeof fetch;
  await import("../../../src/train/trainerWorker");
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

describe("trainerWorker", () => {
  const dataset = labDataset();

  it("trainerWorker refuses training before a run exists, and a reset with bad settings, in the reader's words", async () => {
    let from = replies.length;
    send({ type: "train" });
    expect(await reply((r): r is TrainerReply => r.type === "refused", from)).toEqual({ type: "refused", request: "train", message: "there is no run yet; the page starts one with Reset" });
    from = replies.length;
    send({ type: "reset", settings: { ...DEFAULT_TRANSLATOR_SETTINGS, lr: 2 }, probe: 0 });
    const refused = await reply((r): r is TrainerReply => r.type === "refused", from);
    expect(refused).toMatchObject({ request: "reset", message: expect.stringContaining("the learning rate is 2") });
  });

  it("trainerWorker: reset gives step 0 (idle) with its evaluation and the probe's maps; Step trains exactly one batch, as trainTranslator does", async () => {
    let from = replies.length;
    send({ type: "reset", settings: DEFAULT_TRANSLATOR_SETTINGS, probe: 0 });
    const fresh = await reply(snapshot((s) => s.step === 0), from);
    expect(fresh.status).toBe("idle");
    expect(fresh.evaluations.map((e) => e.step)).toEqual([0]);
    expect(fresh.maps.heads).toHaveLength(DEFAULT_TRANSLATOR_SETTINGS.heads);
    expect(fresh.maps.heads[0]).toHaveLength(labProbes(dataset)[0].french.length + 1);
    from = replies.length;
    send({ type: "step" });
    const one = await reply(snapshot((s) => s.step === 1), from);
    expect(one.status).toBe("paused");
    expect(one.trainLoss).toEqual([trainTranslator(createTranslator(DEFAULT_TRANSLATOR_SETTINGS, dataset), dataset).loss]);
  }, 120_000);

  it("trainerWorker: Train runs step after step, and Pause stops it: no snapshot after the pause's shows a later step", async () => {
    let from = replies.length;
    send({ type: "train" });
    await reply(snapshot((s) => s.status === "training" && s.step >= 3), from, 120_000);
    from = replies.length;
    send({ type: "pause" });
    const paused = await reply(snapshot((s) => s.status === "paused"), from);
    const at = replies.length;
    await new Promise((r) => setTimeout(r, 500));
    expect(replies.slice(at).filter((r) => r.type === "snapshot")).toEqual([]);
    // The same steps as training alone: the run is reproducible whatever the pauses.
    let run = createTranslator(DEFAULT_TRANSLATOR_SETTINGS, dataset);
    const losses: number[] = [];
    for (let s = 0; s < paused.step; ++s) {
      const next = trainTranslator(run, dataset);
      losses.push(next.loss);
      run = next.run;
    }
    expect(paused.trainLoss).toEqual(losses);
  }, 240_000);

  it("trainerWorker: another probe sentence gets its maps; one that does not exist is refused", async () => {
    let from = replies.length;
    send({ type: "probe", probe: 2 });
    const probe = await reply(snapshot((s) => s.probe === 2), from);
    expect(probe.maps.heads[0]).toHaveLength(labProbes(dataset)[2].french.length + 1);
    from = replies.length;
    send({ type: "probe", probe: 9 });
    expect(await reply((r): r is TrainerReply => r.type === "refused", from)).toMatchObject({ request: "probe", message: "there is no probe sentence 9; choose one of the 4 listed." });
    from = replies.length;
    send({ type: "probe", probe: 9 }, "zh");
    expect(await reply((r): r is TrainerReply => r.type === "refused", from)).toMatchObject({ request: "probe", message: "没有第 9 个探针句；请从列出的 4 个中选择。" });
  }, 60_000);

  it("trainerWorker translates with the reader's run or with the checkpoint it fetches, as translateSteps does, and says when the checkpoint cannot be loaded", async () => {
    const english = ["the", "black", "cat"];
    let from = replies.length;
    send({ type: "translate", id: 6, english, model: "checkpoint", checkpointUrl: "http://example.test/missing.json" });
    expect(await reply((r): r is TrainerReply => r.type === "refused", from)).toEqual({
      type: "refused",
      id: 6,
      request: "translate",
      message: "the checkpoint could not be loaded (HTTP 404 for http://example.test/missing.json).",
    });
    from = replies.length;
    send({ type: "translate", id: 6, english, model: "checkpoint", checkpointUrl: "http://example.test/missing.json" }, "zh");
    expect(await reply((r): r is TrainerReply => r.type === "refused", from)).toMatchObject({
      message: "无法加载检查点（http://example.test/missing.json 返回 HTTP 404）。",
    });
    from = replies.length;
    send({ type: "translate", id: 7, english, model: "checkpoint", checkpointUrl: "http://example.test/_astro/default.json" });
    const fromCheckpoint = await reply((r): r is Extract<TrainerReply, { type: "translation" }> => r.type === "translation" && r.id === 7, from);
    const checkpoint = JSON.parse(readFileSync(checkpointFile, "utf8")) as LabCheckpoint;
    expect(fromCheckpoint.translation).toEqual(translateSteps(checkpointModel(checkpoint, dataset), dataset, english));
    from = replies.length;
    send({ type: "translate", id: 8, english, model: "run", checkpointUrl: "" });
    const fromRun = await reply((r): r is Extract<TrainerReply, { type: "translation" }> => r.type === "translation" && r.id === 8, from);
    expect(fromRun.translation.english).toEqual(english);
  }, 60_000);
});
