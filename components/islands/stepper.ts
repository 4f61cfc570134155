import { stages, stepperContext, renderStage, type StepperContext } from "../../src/figures/stepperStages";
import { RedrawScope } from "../../src/plots/RedrawScope";
import { morphChildren } from "../../src/site/morphChildren";
import { fillWhileOpen } from "../../src/site/fillWhileOpen";
import { maxDModel, parseStepperSettings, writeStepperSettings, type StepperSettings } from "../../src/figures/stepperSettings";

/** Wires the stepper: URL -> settings, buttons/keys -> stage, settings -> core -> this stage's plots. */
export function mount(root: HTMLElement): void {
  const useUrl = root.dataset.urlState === "true";
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const notice = q<HTMLElement>("[data-notice]");
  const error = q<HTMLElement>("[data-error]");
  const prev = q<HTMLButtonElement>("[data-prev]");
  const next = q<HTMLButtonElement>("[data-next]");
  const progress = q<HTMLElement>("[data-progress]");
  const bar = q<HTMLProgressElement>("[data-progress-bar]");
  const sections = Array.from(root.querySelectorAll<HTMLElement>("section[data-stage]"));
  const input = (name: string) => q<HTMLInputElement & HTMLSelectElement>(`[data-setting="${name}"]`);

  const fromUrl = useUrl ? parseStepperSettings(location.search, stages.length) : null;
  let settings: StepperSettings = fromUrl ? fromUrl.settings : { ...parseStepperSettings("", stages.length).settings, step: Number(root.dataset.step) };
  if (fromUrl && fromUrl.notices.length > 0) {
    // textContent only: a hostile value is shown as the characters it is, never parsed as HTML.
    notice.textContent = fromUrl.notices.join(" ");
    notice.hidden = false;
  }
  input("dk").value = String(settings.dk);
  input("heads").value = String(settings.heads);
  input("seed").value = String(settings.seed);
  input("mask").checked = settings.mask;

  let context: StepperContext = stepperContext(settings);
  // Stages drawn for the current settings; the build drew them all for the defaults.
  const fresh = new Set<number>();
  const defaults = parseStepperSettings("", stages.length).settings;
  const sameAsBuild = (s: StepperSettings) => s.dk === defaults.dk && s.heads === defaults.heads && s.seed === defaults.seed && s.mask === defaults.mask;
  if (sameAsBuild(settings)) stages.forEach((_, n) => fresh.add(n));

  // One scope per stage: each stage repaints its own drawings in place.
  const scopes = sections.map(() => new RedrawScope());
  const fillNumbers = sections.map((section) => fillWhileOpen(section.querySelector<HTMLElement>("[data-numbers]")!));
  const draw = (n: number) => {
    if (fresh.has(n)) return;
    const section = sections[n];
    const out = scopes[n].run(() => renderStage(n, context, document));
    morphChildren(section.querySelector("[data-stage-plots]")!, out.plots);
    fillNumbers[n](out.tables);
    section.querySelector("[data-sentence]")!.textContent = stages[n].sentence(context);
    fresh.add(n);
  };

  const show = () => {
    const n = settings.step - 1;
    draw(n);
    sections.forEach((s, k) => (s.hidden = k !== n));
    root.dataset.step = String(settings.step);
    progress.textContent = `Stage ${settings.step} of ${stages.length}: ${stages[n].title}`;
    bar.value = settings.step;
    prev.disabled = settings.step === 1;
    next.disabled = settings.step === stages.length;
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

  const changeSettings = () => {
    const seed = Number(input("seed").value);
    const wanted: StepperSettings = {
      ...settings,
      dk: Number(input("dk").value),
      heads: Number(input("heads").value),
      seed,
      mask: input("mask").checked,
    };
    // Refuse, say why, and keep the last good drawing and everything the reader chose.
    let problem = "";
    if (!Number.isInteger(seed) || seed < 0 || seed > 999999) problem = `The seed must be a whole number from 0 to 999999; "${input("seed").value}" is not.`;
    else if (wanted.dk * wanted.heads > maxDModel)
      problem = `d_model = heads × d_k = ${wanted.heads} × ${wanted.dk} = ${wanted.dk * wanted.heads} is more than this figure draws (${maxDModel}); lower d_k or the number of heads.`;
    if (!problem) {
      try {
        context = stepperContext(wanted);
      } catch (e) {
        problem = e instanceof Error ? e.message : String(e);
      }
    }
    error.textContent = problem;
    error.hidden = !problem;
    if (problem) return;
    settings = wanted;
    fresh.clear();
    show();
    remember(300);
  };

  // Projector mode (components/islands/projector.ts) shows one stage per slide and asks for it by number.
  root.addEventListener("stepper:show", (event) => go((event as CustomEvent<number>).detail - settings.step));
  prev.addEventListener("click", () => go(-1));
  next.addEventListener("click", () => go(1));
  for (const name of ["dk", "heads", "mask"]) input(name).addEventListener("change", changeSettings);
  input("seed").addEventListener("input", changeSettings);
  root.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    // Arrow keys belong to form controls and focusable heatmap cells when those have focus.
    if (target.closest("input, select, textarea, [data-i]")) return;
    if (event.key === "ArrowRight") go(1);
    else if (event.key === "ArrowLeft") go(-1);
    else return;
    event.preventDefault();
  });
  show();
}
