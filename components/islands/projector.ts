// Projector mode (?present=1 on a lesson): the lesson's title, then each figure, stepper stage, cell
// and exercise in reading order, one at a time in large type. Arrow keys, PageUp/PageDown (a
// clicker), Home/End and the bar's buttons move; Escape leaves; ?slide=N keeps the place. Nothing
// is moved in the page: the other blocks are only hidden, so every figure and cell keeps working.
import { langOfTag } from "../../src/i18n/lang";
import { projectorText } from "../../src/i18n/projectorText";

type Text = (typeof projectorText)["en"];

interface Slide {
  element: HTMLElement;
  /** What the bar shows and a screen reader hears. */
  label: string;
  /** For a stepper's stages: its island element and the stage (1-based). */
  stepper?: HTMLElement;
  stage?: number;
}

const off = "data-present-off";
const current = "data-slide-current";
const maxZoom = 3;
/** A slide is drawn as on a screen this wide, then zoomed to the real one: large type on any projector. */
const designWidth = 1000;

/** The first sentence of a caption (ended by ". " or a Chinese full stop), at most about 120 characters. */
export function shortText(text: string): string {
  const first = text.trim().replace(/\s+/g, " ").split(/(?<=\.)\s|(?<=[。！？])/)[0];
  return first.length > 120 ? `${first.slice(0, 117)}…` : first;
}

/** A stage heading without its "Stage 2:" (or "第 2 步：") label: the bar says the stage itself. */
export function stageTitle(heading: string): string {
  return heading.replace(/^[^:：\d]*\d+\s*[^\s:：\d]{0,3}\s*[:：]\s*/, "").trim();
}

function slidesOf(article: HTMLElement, text: Text): Slide[] {
  const title = article.querySelector<HTMLElement>(".lesson-header")!;
  const slides: Slide[] = [{ element: title, label: text.titleSlide(title.querySelector("h1")?.textContent?.trim() ?? "") }];
  const blocks = "figure[data-figure], section[data-cell], section[data-exercise]";
  for (const element of article.querySelectorAll<HTMLElement>(blocks)) {
    if (element.parentElement?.closest(blocks)) continue;
    if (element.matches("section[data-cell]")) {
      const name = element.getAttribute("aria-label") ?? text.codeCell;
      slides.push({ element, label: name.startsWith(text.codeCell) ? name : text.codeCellNamed(name) });
    }
    else if (element.matches("section[data-exercise]")) slides.push({ element, label: element.querySelector("h3")?.textContent?.trim() ?? text.exercise });
    else if (element.matches(".stepper")) {
      const stepper = element.closest<HTMLElement>("stepper-figure")!;
      const stages = [...element.querySelectorAll<HTMLElement>("section[data-stage]")];
      stages.forEach((section, n) =>
        slides.push({ element, stepper, stage: n + 1, label: text.stageSlide(n + 1, stages.length, stageTitle(section.querySelector("h3")?.textContent ?? "")) }),
      );
    } else slides.push({ element, label: text.figureSlide(shortText(element.querySelector("figcaption")?.textContent ?? "")) });
  }
  return slides;
}

/** Resolves once an island element has mounted (data-ready), or at once if it already has. */
function whenReady(host: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    if (host.dataset.ready) return resolve();
    const observer = new MutationObserver(() => {
      if (!host.dataset.ready) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(host, { attributes: true, attributeFilter: ["data-ready"] });
  });
}

/** Keys a focused control keeps for itself: text entry keeps every key, other controls and heatmap cells keep the arrows. */
function keptByTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest("textarea, [contenteditable='true'], [contenteditable=''], .cm-editor, input:not([type='range'], [type='checkbox'], [type='radio'])")) return true;
  return key.startsWith("Arrow") && target.closest("input, select, [data-i], [role='slider']") !== null;
}

export function startProjector(): void {
  const root = document.documentElement;
  const main = document.querySelector<HTMLElement>("main")!;
  const article = main.querySelector<HTMLElement>("article.lesson");
  if (!article) return root.classList.remove("present");
  const text = projectorText[langOfTag(root.lang)];
  const slides = slidesOf(article, text);

  const bar = document.createElement("nav");
  bar.className = "projector-bar";
  bar.setAttribute("aria-label", text.barLabel);
  const button = (text: string, title: string) => Object.assign(document.createElement("button"), { type: "button", textContent: text, title });
  const previous = button(text.previous, text.previousHint);
  const next = button(text.next, text.nextHint);
  const leave = button(text.leave, text.leaveHint);
  const status = Object.assign(document.createElement("p"), { className: "projector-status" });
  status.setAttribute("role", "status");
  bar.append(previous, status, next, leave);
  document.body.append(bar);

  let index = 0;
  let active = true;

  const writeUrl = (params: URLSearchParams) => history.replaceState(history.state, "", `${location.pathname}${params.size ? `?${params}` : ""}${location.hash}`);

  /**
   * Zooms the slide as a whole (text, controls and drawings alike) to fill the room above the bar:
   * at least as if the screen were `designWidth` pixels wide, more while it still fits, at most maxZoom.
   */
  const fit = () => {
    const slide = slides[index].element;
    slide.style.zoom = "";
    const box = slide.getBoundingClientRect();
    const room = { width: main.clientWidth - 32, height: innerHeight - bar.offsetHeight - 32 };
    const least = Math.max(1, innerWidth / designWidth);
    const zoom = Math.min(maxZoom, Math.max(least, Math.min(room.width / box.width, room.height / box.height)));
    if (zoom > 1.02) slide.style.zoom = zoom.toFixed(3);
  };

  const show = async (n: number, focus = true) => {
    index = Math.min(slides.length - 1, Math.max(0, n));
    const slide = slides[index];
    for (const el of document.querySelectorAll(`[${off}], [${current}]`)) {
      el.removeAttribute(off);
      el.removeAttribute(current);
      (el as HTMLElement).style.zoom = "";
    }
    for (let node: HTMLElement = slide.element; node !== main && node.parentElement; node = node.parentElement) {
      for (const sibling of node.parentElement.children) if (sibling !== node) sibling.setAttribute(off, "");
    }
    slide.element.setAttribute(current, "");
    previous.disabled = index === 0;
    next.disabled = index === slides.length - 1;
    status.textContent = text.slideStatus(index + 1, slides.length, slide.label);
    const params = new URLSearchParams(location.search);
    params.set("present", "1");
    params.set("slide", String(index + 1));
    writeUrl(params);
    scrollTo(0, 0);
    if (focus) {
      const target = slide.element.matches(".lesson-header") ? slide.element.querySelector<HTMLElement>("h1")! : slide.element;
      if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
      target.focus({ preventScroll: true });
    }
    requestAnimationFrame(fit);
    if (slide.stepper && slide.stage) {
      const wanted = index;
      await whenReady(slide.stepper);
      if (index === wanted && active) slide.stepper.dispatchEvent(new CustomEvent("stepper:show", { detail: slide.stage }));
      requestAnimationFrame(fit);
    }
  };

  const stop = () => {
    active = false;
    const slide = slides[index];
    for (const el of document.querySelectorAll(`[${off}], [${current}]`)) {
      el.removeAttribute(off);
      el.removeAttribute(current);
      (el as HTMLElement).style.zoom = "";
    }
    root.classList.remove("present");
    bar.remove();
    const params = new URLSearchParams(location.search);
    params.delete("present");
    params.delete("slide");
    writeUrl(params);
    document.removeEventListener("keydown", onKey, true);
    slide.element.scrollIntoView({ block: "start" });
    const target = slide.element.matches(".lesson-header") ? slide.element.querySelector<HTMLElement>("h1")! : slide.element;
    if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || keptByTarget(event.target, event.key)) return;
    const moves: Record<string, () => number> = {
      ArrowRight: () => index + 1,
      PageDown: () => index + 1,
      ArrowLeft: () => index - 1,
      PageUp: () => index - 1,
      Home: () => 0,
      End: () => slides.length - 1,
    };
    if (event.key === "Escape") stop();
    else if (moves[event.key]) void show(moves[event.key]());
    else return;
    // The stepper's own arrow keys would move its stage a second time.
    event.preventDefault();
    event.stopPropagation();
  };

  document.addEventListener("keydown", onKey, true);
  previous.addEventListener("click", () => void show(index - 1, false));
  next.addEventListener("click", () => void show(index + 1, false));
  leave.addEventListener("click", stop);
  addEventListener("resize", () => active && fit());
  // A figure redrawn by its island, or a stepper moved by its own buttons: fit again, follow the stage.
  new MutationObserver((records) => {
    if (!active) return;
    const slide = slides[index];
    for (const record of records) {
      const host = record.target as HTMLElement;
      // Only once the stepper has mounted: mounting writes its starting stage, which is not a move.
      if (record.attributeName === "data-step" && slide.stepper === host && host.dataset.ready === "true") {
        const stage = slides.findIndex((s) => s.stepper === host && s.stage === Number(host.dataset.step));
        if (stage >= 0 && stage !== index) void show(stage, false);
      }
    }
    requestAnimationFrame(fit);
  }).observe(article, { attributes: true, subtree: true, attributeFilter: ["data-step", "data-ready"] });

  const asked = Number(new URLSearchParams(location.search).get("slide") ?? "1");
  void show(Number.isInteger(asked) ? asked - 1 : 0);
}
