import { renderProbeMaps, renderTrainerCurves, type TrainerPart } from "../../src/figures/trainerLab";
import { langOfTag } from "../../src/i18n/lang";
import { trainerText } from "../../src/i18n/trainerText";
import { formatSignificant } from "../../src/plots/formatSignificant";
import { RedrawScope } from "../../src/plots/RedrawScope";
import { fillWhileOpen } from "../../src/site/fillWhileOpen";
import { morphChildren } from "../../src/site/morphChildren";
import type { CrossAttentionMaps } from "../../src/train/crossAttentionMaps";
import { labDataset, labProbes } from "../../src/train/labDataset";
import { LAB_MAX_STEPS } from "../../src/train/labRun";
import { parseTrainerSettings, type TrainerFields } from "../../src/train/parseTrainerSettings";
import type { TrainerCommand, TrainerReply, TrainerRequest, TrainerSnapshot } from "../../src/train/trainerProtocol";
import type { TranslatorSettings } from "../../src/train/translator";
import { startTrainerWorker, wireTranslatePanel } from "./translatePanel";

/** Redraws at most this often while training: a few times a second is live enough, and leaves the main thread idle in between. */
const DRAW_EVERY_MS = 250;

/**
 * Wires the lab: buttons and settings -> the trainer worker -> snapshots -> the root's data-status,
 * data-step, data-loss (at once) and the figures (at most every DRAW_EVERY_MS, one figure per
 * task, so no task is long). The page never trains: the worker does.
 */
export function mount(host: HTMLElement): void {
  const lang = langOfTag(document.documentElement.lang);
  const text = trainerText[lang];
  const root = host.querySelector<HTMLElement>("[data-trainer]")!;
  const $ = <T extends Element>(selector: string, within: ParentNode = host) => within.querySelector<T>(selector)!;
  const button = (action: string) => $<HTMLButtonElement>(`[data-action="${action}"]`);
  const setting = (name: string) => $<HTMLInputElement & HTMLSelectElement>(`[data-setting="${name}"]`);
  const ablation = (name: string) => $<HTMLInputElement>(`[data-ablation="${name}"]`);
  const curves = $<HTMLElement>("[data-curves]");
  const maps = $<HTMLElement>("[data-maps]");
  const numbers = $<HTMLElement>("[data-numbers]", root);
  const probeSelect = $<HTMLSelectElement>("[data-probe]");

  const dataset = labDataset();
  const probes = labProbes(dataset);
  const checkpointProbes = JSON.parse(host.dataset.probes ?? "[]") as CrossAttentionMaps[];
  const checkpointView = host.dataset.checkpointView ?? "";

  let worker: Worker | undefined;
  let latest: TrainerSnapshot | undefined;
  /** The settings of the worker's run, once there is one. */
  let runSettings: TranslatorSettings | undefined;
  let pausedByHiding = false;
  let lastStatus = "idle";

  const scope = { curves: new RedrawScope(), maps: new RedrawScope() };
  const fillNumbers = fillWhileOpen(numbers);
  let curveTables: TrainerPart["tables"] = () => [];
  let mapTables: TrainerPart["tables"] = () => [];
  const fillLabNumbers = () => fillNumbers(() => [...curveTables(), ...mapTables()]);

  const showError = (el: HTMLElement, message: string | undefined) => {
    el.textContent = message ?? "";
    el.hidden = message === undefined;
  };

  // --- settings ---------------------------------------------------------------------------
  const fields = (): TrainerFields => ({
    seed: setting("seed").value,
    lr: setting("lr").value,
    heads: setting("heads").value,
    ablations: {
      unscaled: ablation("unscaled").checked,
      unmaskedSourcePadding: ablation("unmaskedSourcePadding").checked,
      noSourcePositions: ablation("noSourcePositions").checked,
    },
  });
  /** The settings in the controls, with each bad field's message shown beside it (the typed text stays as typed). */
  const readSettings = (): TranslatorSettings | undefined => {
    const parsed = parseTrainerSettings(fields(), lang);
    for (const name of ["seed", "lr"] as const) {
      const message = parsed.errors?.[name];
      showError($<HTMLElement>(`[data-field-error="${name}"]`), message);
      if (message) setting(name).setAttribute("aria-invalid", "true");
      else setting(name).removeAttribute("aria-invalid");
    }
    return parsed.settings;
  };
  const updatePending = () => {
    const settings = readSettings();
    $<HTMLElement>("[data-pending]").hidden = !(settings && runSettings && latest && latest.step > 0 && JSON.stringify(settings) !== JSON.stringify(runSettings));
  };

  // --- the worker ---------------------------------------------------------------------------
  const send = (command: TrainerCommand) => {
    worker ??= startTrainerWorker(receive, (message) => {
      worker = undefined;
      runSettings = undefined;
      root.dataset.status = "error";
      setButtons();
      showError($<HTMLElement>("[data-error]", root), text.workerStopped(message));
    });
    const request: TrainerRequest = { ...command, lang };
    worker.postMessage(request);
  };
  /** Starts a run with the controls' settings (if they are valid); returns whether it did. */
  const reset = (): boolean => {
    const settings = readSettings();
    if (!settings) {
      showError($<HTMLElement>("[data-error]", root), text.invalid);
      return false;
    }
    showError($<HTMLElement>("[data-error]", root), undefined);
    runSettings = settings;
    send({ type: "reset", settings, probe: Number(probeSelect.value) });
    return true;
  };
  /** A run with the current settings exists, or is started: Train and Step at step 0 pick up changed settings. */
  const ensureRun = (): boolean => {
    if (!runSettings) return reset();
    if ((latest?.step ?? 0) > 0) return true;
    const settings = readSettings();
    return (settings !== undefined && JSON.stringify(settings) === JSON.stringify(runSettings)) || reset();
  };

  // --- drawing ------------------------------------------------------------------------------
  let drawTimer: ReturnType<typeof setTimeout> | undefined;
  let lastDraw = 0;
  const drawCurves = (snapshot: TrainerSnapshot) => {
    // The step's text changes with the drawing, not with every snapshot: each change costs a frame.
    const loss = snapshot.trainLoss[snapshot.trainLoss.length - 1];
    $<HTMLElement>("[data-progress]").textContent =
      loss === undefined ? text.status.idle : text.progress(snapshot.step, formatSignificant(loss, 3));
    $<HTMLElement>("[data-view]").textContent = text.runView(snapshot.step, LAB_MAX_STEPS);
    const part = scope.curves.run(() => renderTrainerCurves(snapshot, document, lang));
    morphChildren(curves, part.plots);
    $<HTMLElement>("[data-readout]", root).textContent = part.readout;
    curveTables = part.tables;
  };
  const drawMaps = (probe: number, data: CrossAttentionMaps) => {
    const part = scope.maps.run(() => renderProbeMaps(probes[probe], data, document, lang));
    morphChildren(maps, part.plots);
    $<HTMLElement>("[data-maps-readout]").textContent = part.readout;
    mapTables = part.tables;
    fillLabNumbers();
  };
  /** Curves in one task, the maps in the next: each a fraction of the 50 ms a long task starts at. */
  const draw = () => {
    drawTimer = undefined;
    lastDraw = performance.now();
    const snapshot = latest;
    if (!snapshot) return;
    drawCurves(snapshot);
    drawTimer = setTimeout(() => {
      drawTimer = undefined;
      if (latest) drawMaps(latest.probe, latest.maps);
    }, 0);
  };
  const requestDraw = (now = false) => {
    if (drawTimer !== undefined && !now) return;
    if (drawTimer !== undefined) clearTimeout(drawTimer);
    drawTimer = setTimeout(draw, now ? 0 : Math.max(0, lastDraw + DRAW_EVERY_MS - performance.now()));
  };

  const setButtons = () => {
    const status = root.dataset.status;
    button("train").disabled = status === "training" || status === "done";
    button("pause").disabled = status !== "training";
    button("step").disabled = status === "training" || status === "done";
    button("reset").disabled = false;
  };

  const announce = (text: string) => {
    $<HTMLElement>("[data-announce]").textContent = text;
  };

  function receive(reply: TrainerReply): void {
    if (translatePanel.receive(reply)) return;
    if (reply.type === "refused") {
      showError($<HTMLElement>("[data-error]", root), reply.message);
      return;
    }
    latest = reply;
    root.dataset.status = reply.status;
    root.dataset.step = String(reply.step);
    const loss = reply.trainLoss[reply.trainLoss.length - 1];
    root.dataset.loss = loss === undefined ? "" : String(loss);
    if (reply.status === "error") showError($<HTMLElement>("[data-error]", root), reply.error);
    if (reply.status !== lastStatus || reply.status === "idle") {
      lastStatus = reply.status;
      const s = text.status;
      announce(
        reply.status === "training" ? s.training
        : reply.status === "paused" ? (pausedByHiding ? s.hidden(reply.step) : s.paused(reply.step))
        : reply.status === "done" ? s.done(reply.step)
        : reply.status === "error" ? (reply.error ?? "")
        : s.idle,
      );
    }
    setButtons();
    updatePending();
    requestDraw(reply.status !== "training");
  }

  // --- translation: the panel below the lab, translating in the same worker --------------------
  const translatePanel = wireTranslatePanel($<HTMLElement>(`#${root.id}-translate`), send, (model) =>
    model === "run" && !runSettings ? text.noRun : undefined,
  );

  // --- controls -----------------------------------------------------------------------------
  button("train").addEventListener("click", () => {
    pausedByHiding = false;
    if (ensureRun()) send({ type: "train" });
  });
  button("pause").addEventListener("click", () => {
    pausedByHiding = false;
    send({ type: "pause" });
  });
  button("step").addEventListener("click", () => {
    if (ensureRun()) send({ type: "step" });
  });
  button("reset").addEventListener("click", () => {
    pausedByHiding = false;
    reset();
  });
  for (const name of ["seed", "lr"]) setting(name).addEventListener("input", updatePending);
  setting("heads").addEventListener("change", updatePending);
  for (const name of ["unscaled", "unmaskedSourcePadding", "noSourcePositions"]) ablation(name).addEventListener("change", updatePending);
  probeSelect.addEventListener("change", () => {
    const probe = Number(probeSelect.value);
    if (latest) send({ type: "probe", probe });
    else drawMaps(probe, checkpointProbes[probe]);
  });
  // A hidden tab trains nobody's page: pause, and go on when the reader comes back.
  document.addEventListener("visibilitychange", () => {
    if (document.hidden && root.dataset.status === "training") {
      pausedByHiding = true;
      send({ type: "pause" });
    } else if (!document.hidden && pausedByHiding) {
      pausedByHiding = false;
      send({ type: "train" });
    }
  });

  $<HTMLElement>("[data-progress]").textContent = text.ready;
  $<HTMLElement>("[data-view]").textContent = checkpointView;
  for (const action of ["train", "step", "reset"]) button(action).disabled = false;
  translatePanel.enable();
}
