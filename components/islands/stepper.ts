import { stages, stepperContext, renderStage, stageSentence, stageTitle, type StepperContext } from "../../src/figures/stepperStages";
import { stepperText } from "../../src/i18n/stepperText";
import { langOfTag } from "../../src/i18n/lang";
import { RedrawScope } from "../../src/plots/RedrawScope";
import { morphChildren } from "../../src/site/morphChildren";
import { fillWhileOpen } from "../../src/site/fillWhileOpen";
import { oncePerFrame } from "../../src/site/oncePerFrame";
import { parseStepperSettings, settleStepperSettings, writeStepperSettings, type StepperSettings } from "../../src/figures/stepperSettings";
import { parseSeed } from "../../src/figures/parseSeed";
import { readerMessage } from "../../src/figures/readerMessage";
import { setControlMessage } from "./controlMessage";

/** Where arrow keys already mean something: they stay theirs, and do not change the stage. */
const ownsArrowKeys = "select, textarea, [data-i], [contenteditable], input:not([type='checkbox']):not([type='button'])";

/** Wires the stepper: URL -> settings, buttons/keys -> stage, settings -> core -> this stage's plots. */
export function mount(root: HTMLElement): void {
  const useUrl = root.dataset.urlState === "true";
  const lang = langOfTag(document.documentElement.lang);
  const text = stepperText[lang];
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const figure = q<HTMLElement>("figure");
  const notice = q<HTMLElement>("[data-notice]");
  const error = q<HTMLElement>("[data-error]");
  const prev = q<HTMLButtonElement>("[data-prev]");
  const next = q<HTMLButtonElement>("[data-next]");
  const progress = q<HTMLElement>("[data-progress]");
  const bar = q<HTMLProgressElement>("[data-progress-bar]");
  const sections = Array.from(root.querySelectorAll<HTMLElement>("section[data-stage]"));
  const input = (name: string) => q<HTMLInputElement & HTMLSelectElement>(`[data-setting="${name}"]`);
  const message = (name: string) => q<HTMLElement>(`[data-message="${name}"]`);
  const copy = root.querySelector<HTMLButtonElement>("[data-copy-link]");
  const copyStatus = root.querySelector<HTMLElement>("[data-copy-status]");

  const fromUrl = useUrl ? parseStepperSettings(location.search, stages.length, lang) : null;
  let settings: StepperSettings = fromUrl ? fromUrl.settings : { ...parseStepperSettings("", stages.length, lang).settings, step: Number(root.dataset.step) };
  if (fromUrl && fromUrl.notices.length > 0) {
    // textContent only: a hostile value is shown as the characters it is, never parsed as HTML.
    notice.textContent = fromUrl.notices.join(text.noticeGap);
    notice.hidden = false;
  }
  input("dk").value = String(settings.dk);
  input("heads").value = String(settings.heads);
  input("seed").value = String(settings.seed);
  input("mask").checked = settings.mask;

  let context: StepperContext = stepperContext(settings);
  // Stages drawn for the current settings; the build drew them all for the defaults.
  const fresh = new Set<number>();
  const defaults = parseStepperSettings("", stages.length, lang).settings;
  const sameAsBuild = (s: StepperSettings) => s.dk === defaults.dk && s.heads === defaults.heads && s.seed === defaults.seed && s.mask === defaults.mask;
  if (sameAsBuild(settings)) stages.forEach((_, n) => fresh.add(n));

  // One scope per stage: each stage repaints its own drawings in place.
  const scopes = sections.map(() => new RedrawScope());
  const fillNumbers = sections.map((section) => fillWhileOpen(section.querySelector<HTMLElement>("[data-numbers]")!));
  const draw = (n: number) => {
    if (fresh.has(n)) return;
    const section = sections[n];
    const out = scopes[n].run(() => renderStage(n, context, document, lang));
    morphChildren(section.querySelector("[data-stage-plots]")!, out.plots);
    fillNumbers[n](out.tables);
    section.querySelector("[data-sentence]")!.textContent = stageSentence(n, context, lang);
    fresh.add(n);
  };

  const show = () => {
    const n = settings.step - 1;
    draw(n);
    sections.forEach((s, k) => (s.hidden = k !== n));
    root.dataset.step = String(settings.step);
    progress.textContent = text.progress(settings.step, stages.length, stageTitle(n, lang));
    bar.value = settings.step;
    // aria-disabled keeps a focused button focused at the first and last stage (disabled would drop focus to the page).
    prev.setAttribute("aria-disabled", String(settings.step === 1));
    if (copyStatus) copyStatus.textContent = ""; // a link copied before now shows another stage or settings
    next.setAttribute("aria-disabled", String(settings.step === stages.length));
  };

  // The link follows the stage at once, and the settings once the reader pauses: replaceState costs
  // about 4 ms in Chromium, a third of a redraw, on every keystroke of a seed.
  let pendingLink: ReturnType<typeof setTimeout> | undefined;
  const remember = (afterMs = 0) => {
    if (!useUrl) return;
    clearTimeout(pendingLink);
    const write = () => history.replaceState(history.state, "", `${writeStepperSettings(location.search, settings)}${location.hash}`);
    if (afterMs === 0) write();
    else pendingLink = setTimeout(write, afterMs);
  };

  const go = (delta: number) => {
    const step = Math.min(stages.length, Math.max(1, settings.step + delta));
    if (step === settings.step) return;
    settings = { ...settings, step };
    show();
    remember();
  };

  /** Puts the controls back to what the figure shows. */
  const showSettings = () => {
    input("dk").value = String(settings.dk);
    input("heads").value = String(settings.heads);
    input("mask").checked = settings.mask;
  };

  /**
   * Reads the controls. A refused seed stays in its box, marked, and the figure keeps the last good
   * one; a d_k or head count that makes d_model too big moves the other, and says so beside it.
   */
  const changeSettings = (changed?: "dk" | "heads") => {
    const seed = parseSeed(input("seed").value, settings.seed, lang);
    setControlMessage(input("seed"), message("seed"), "problem" in seed ? seed.problem : "", "error");
    const wanted: StepperSettings = {
      ...settings,
      dk: Number(input("dk").value),
      heads: Number(input("heads").value),
      seed: "seed" in seed ? seed.seed : settings.seed,
      mask: input("mask").checked,
    };
    const settled = changed ? settleStepperSettings(wanted, changed, lang) : { settings: wanted };
    if (changed) for (const name of ["dk", "heads"] as const) setControlMessage(input(name), message(name), settled.note?.control === name ? settled.note.message : "");
    const same = (["dk", "heads", "seed", "mask"] as const).every((key) => settled.settings[key] === settings[key]);
    if (same) return showSettings();
    try {
      context = stepperContext(settled.settings);
    } catch (e) {
      error.textContent = readerMessage(e, lang);
      error.hidden = false;
      return showSettings();
    }
    error.hidden = true;
    settings = settled.settings;
    showSettings();
    fresh.clear();
    show();
    remember(300);
  };
  const redraw = oncePerFrame(() => changeSettings());

  /** The address of this stage with these settings, scrolled to this stepper. */
  const link = () => `${location.origin}${location.pathname}${writeStepperSettings(location.search, settings)}#${figure.id}`;
  if (copy && copyStatus) {
    const status = copyStatus;
    const box = q<HTMLElement>("[data-link-box]");
    const field = q<HTMLInputElement>("[data-link]");
    copy.addEventListener("click", async () => {
      const url = link();
      field.value = url;
      try {
        await navigator.clipboard.writeText(url);
        box.hidden = true;
        status.textContent = text.linkCopied(settings.step);
      } catch {
        // No clipboard (permission refused, or an insecure page): the link to copy by hand.
        box.hidden = false;
        field.select();
        status.textContent = text.copyByHand;
      }
    });
  }

  // Projector mode (components/islands/projector.ts) shows one stage per slide and asks for it by number.
  root.addEventListener("stepper:show", (event) => go((event as CustomEvent<number>).detail - settings.step));
  prev.addEventListener("click", () => go(-1));
  next.addEventListener("click", () => go(1));
  input("dk").addEventListener("change", () => changeSettings("dk"));
  input("heads").addEventListener("change", () => changeSettings("heads"));
  input("mask").addEventListener("change", () => changeSettings());
  input("seed").addEventListener("input", redraw);
  root.addEventListener("keydown", (event) => {
    if ((event.target as HTMLElement).closest(ownsArrowKeys) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "ArrowRight") go(1);
    else if (event.key === "ArrowLeft") go(-1);
    else return;
    event.preventDefault();
  });
  show();
}
