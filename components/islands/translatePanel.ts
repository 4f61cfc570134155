import checkpointUrl from "../../src/train/checkpoint/default.json?url";
import { renderTranslation } from "../../src/figures/trainerLab";
import { RedrawScope } from "../../src/plots/RedrawScope";
import { fillWhileOpen } from "../../src/site/fillWhileOpen";
import { morphChildren } from "../../src/site/morphChildren";
import { labDataset } from "../../src/train/labDataset";
import { sentenceWords } from "../../src/train/sentenceWords";
import { readerMessage } from "../../src/figures/readerMessage";
import { langOfTag } from "../../src/i18n/lang";
import { trainerText } from "../../src/i18n/trainerText";
import type { TrainerCommand, TrainerReply, TrainerRequest, TranslationModel } from "../../src/train/trainerProtocol";
import type { Translation } from "../../src/train/translateSteps";

/** The worker's replies a panel answers: translations, and refused translations. */
export type TranslateReply = Extract<TrainerReply, { type: "translation" }> | (Extract<TrainerReply, { type: "refused" }> & { request: "translate" });

/** The translation panel as its owner sees it: replies from the trainer worker go in, messages come out beside the sentence. */
export interface TranslatePanel {
  /** Shows a reply that belongs to the panel (its latest translation, or why it was refused); returns whether it was one. */
  receive(reply: TrainerReply): reply is TranslateReply;
  /** Shows a message in the panel's alert, beside the sentence. */
  showError(message: string): void;
  /** Lets the reader translate (the button starts disabled, for pages without JavaScript). */
  enable(): void;
}

/**
 * Starts the trainer's Web Worker: the lab trains in it, and any panel translates in it, so the
 * page's main thread never runs the model. `onError` gets what the worker's crash said.
 */
export function startTrainerWorker(onReply: (reply: TrainerReply) => void, onError: (message: string | undefined) => void): Worker {
  const worker = new Worker(new URL("../../src/train/trainerWorker.ts", import.meta.url), { type: "module", name: "trainer" });
  worker.addEventListener("message", (event: MessageEvent<TrainerReply>) => onReply(event.data));
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    onError(event.message || undefined);
  });
  return worker;
}

/**
 * Wires a translation panel (components/TranslatePanel.astro): the typed sentence -> words -> a
 * "translate" request to the trainer worker -> the step-by-step drawing. `send` posts a request;
 * `unavailable(model)` says why a model cannot translate now (the lab: no run yet), or nothing.
 * A reply to an older request is dropped, so a slow answer never overwrites a newer one.
 */
export function wireTranslatePanel(
  panel: HTMLElement,
  send: (command: TrainerCommand) => void,
  unavailable: (model: TranslationModel) => string | undefined = () => undefined,
): TranslatePanel {
  const $ = <T extends Element>(selector: string) => panel.querySelector<T>(selector)!;
  const sentence = $<HTMLInputElement>("[data-sentence]");
  const error = $<HTMLElement>("[data-translate-error]");
  const button = $<HTMLButtonElement>('[data-action="translate"]');
  const decoding = $<HTMLElement>("[data-decoding]");
  const fillNumbers = fillWhileOpen($<HTMLElement>("[data-numbers]"));
  const scope = new RedrawScope();
  const dataset = labDataset();
  const lang = langOfTag(document.documentElement.lang);
  let latest = 0;

  const showError = (message: string | undefined) => {
    error.textContent = message ?? "";
    error.hidden = message === undefined;
  };
  const show = (translation: Translation) => {
    const part = scope.run(() => renderTranslation(translation, document, lang));
    morphChildren(decoding, part.plots);
    $<HTMLElement>("[data-translation]").textContent = translation.french.join(" ");
    $<HTMLElement>("[data-decoding-readout]").textContent = part.readout;
    fillNumbers(part.tables);
    sentence.removeAttribute("aria-invalid");
    showError(undefined);
  };
  const translate = () => {
    latest += 1;
    let english: string[];
    try {
      english = sentenceWords(sentence.value, dataset.english, "english");
    } catch (e) {
      sentence.setAttribute("aria-invalid", "true");
      showError(readerMessage(e, lang));
      return;
    }
    // Without a model choice (a panel on its own) the checkpoint translates.
    const model = (panel.querySelector<HTMLSelectElement>("[data-model]")?.value ?? "checkpoint") as TranslationModel;
    const why = unavailable(model);
    if (why) {
      showError(why);
      return;
    }
    send({ type: "translate", id: latest, english, model, checkpointUrl: new URL(checkpointUrl, document.baseURI).href });
  };

  button.addEventListener("click", translate);
  sentence.addEventListener("keydown", (event) => {
    if (event.key === "Enter") translate();
  });
  return {
    receive(reply): reply is TranslateReply {
      if (reply.type === "translation") {
        if (reply.id === latest) show(reply.translation);
        return true;
      }
      if (reply.type === "refused" && reply.request === "translate") {
        if (reply.id === latest) showError(reply.message);
        return true;
      }
      return false;
    },
    showError,
    enable: () => {
      button.disabled = false;
    },
  };
}

/** A panel on its own (not inside the lab): translates with the checkpoint in its own trainer worker, started on the first request. */
export function mount(host: HTMLElement): void {
  let worker: Worker | undefined;
  const lang = langOfTag(document.documentElement.lang);
  const panel: TranslatePanel = wireTranslatePanel(host, (command) => {
    const request: TrainerRequest = { ...command, lang };
    worker ??= startTrainerWorker(
      (reply) => panel.receive(reply),
      (message) => {
        worker = undefined;
        panel.showError(trainerText[lang].translatorStopped(message));
      },
    );
    worker.postMessage(request);
  });
  panel.enable();
}
