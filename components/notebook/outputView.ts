import type { OutputEntry } from "../../src/notebook/outputTypes";
import { langOfTag } from "../../src/i18n/lang";
import { notebookText } from "../../src/i18n/notebookText";

type Renderer = typeof import("../../src/notebook/renderOutput");
let loaded: Renderer | undefined;

/** Observable Plot and the output renderer load with the first run, not with the page. */
export async function loadRenderer(): Promise<Renderer> {
  loaded ??= await import("../../src/notebook/renderOutput");
  return loaded;
}

/**
 * How a long output shows: its first `head` and last `tail` entries, the rest behind "Show all".
 * Rendering works in slices of `sliceMs`, then yields, so no task that draws output runs much
 * past 50 ms (a long task, which a reader feels as a frozen page).
 */
const display = { head: 30, tail: 10, sliceMs: 8 } as const;

const lang = langOfTag(document.documentElement.lang);
const t = notebookText[lang];

/**
 * The output area of one cell or exercise. Every entry is kept (the worker caps how many come);
 * the first `display.head` render as they arrive, the last `display.tail` follow, and a button
 * between them shows the rest on demand, rendered slice by slice.
 */
class OutputView {
  private all: OutputEntry[] = [];
  /** Entries rendered in order at the top: the head, or everything so far once expanded. */
  private shown = 0;
  private expanded = false;
  private gap: HTMLElement | undefined;
  private tailBox: HTMLElement | undefined;
  /** all[tailFrom, all.length) are the children of tailBox. */
  private tailFrom = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastWasLate = false;

  constructor(private readonly output: HTMLElement) {}

  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.all = [];
    this.shown = 0;
    this.expanded = false;
    this.gap = this.tailBox = undefined;
    this.tailFrom = 0;
    this.lastWasLate = false;
    this.output.replaceChildren();
  }

  add(entry: OutputEntry, late = false): void {
    // Said once before output that a cell's timers or promises printed after its run ended.
    if (late && !this.lastWasLate) this.all.push({ type: "note", text: t.lateOutput });
    this.lastWasLate = late;
    this.all.push(entry);
    this.timer ??= setTimeout(() => this.update(), 0);
  }

  /** Draws everything due now, in one go: when a run ends, its output is complete on screen. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Head and tail are a few dozen entries; an expanded output keeps drawing slice by slice.
    this.update(this.expanded ? display.sliceMs : Infinity);
  }

  private render(entry: OutputEntry): Element {
    return loaded!.renderEntry(entry, document, lang);
  }

  /** Renders what is due for `budget` ms, then leaves the rest to a later task. */
  private update(budget: number = display.sliceMs): void {
    this.timer = undefined;
    const started = performance.now();
    const inTime = () => performance.now() - started < budget;
    const limit = this.expanded ? this.all.length : Math.min(display.head, this.all.length);
    while (this.shown < limit && inTime()) this.output.insertBefore(this.render(this.all[this.shown++]), this.gap ?? this.tailBox ?? null);
    if (this.shown < limit) {
      this.timer = setTimeout(() => this.update(budget), 0);
      return;
    }
    if (!this.expanded) this.updateTail();
  }

  /** The last entries, and the button for the ones between the head and them. */
  private updateTail(): void {
    const n = this.all.length;
    if (n <= display.head) return;
    if (!this.tailBox) {
      this.tailBox = document.createElement("div");
      this.tailFrom = display.head;
      this.output.append(this.tailBox);
    }
    const from = Math.max(display.head, n - display.tail);
    const drop = Math.min(from - this.tailFrom, this.tailBox.childElementCount);
    for (let i = 0; i < drop; i++) this.tailBox.firstElementChild!.remove();
    const rendered = this.tailFrom + this.tailBox.childElementCount + drop;
    for (let t = Math.max(from, rendered); t < n; t++) this.tailBox.append(this.render(this.all[t]));
    this.tailFrom = from;
    const hidden = from - display.head;
    if (hidden === 0) return;
    if (!this.gap) {
      this.gap = document.createElement("p");
      this.gap.className = "cell-gap";
      const text = document.createElement("span");
      const button = document.createElement("button");
      button.type = "button";
      button.addEventListener("click", () => this.expand());
      this.gap.append(text, " ", button);
      this.output.insertBefore(this.gap, this.tailBox);
    }
    const left = this.all.slice(display.head, from).reduce((m, e) => m + (e.type === "omitted" ? e.entries : 0), 0);
    this.gap.firstElementChild!.textContent = t.hiddenLines(hidden, left);
    this.gap.lastElementChild!.textContent = t.showAllLines(n);
  }

  /** "Show all": the hidden entries and the tail render in order, slice by slice. */
  private expand(): void {
    this.expanded = true;
    this.gap?.remove();
    this.tailBox?.remove();
    this.gap = this.tailBox = undefined;
    const first = this.shown;
    this.update();
    // The button is gone: focus goes to the first line it revealed, where the reader continues.
    const revealed = this.output.children[first] as HTMLElement | undefined;
    if (revealed) {
      revealed.tabIndex = -1;
      revealed.focus();
    }
  }
}

const views = new WeakMap<HTMLElement, OutputView>();
function view(output: HTMLElement): OutputView {
  let v = views.get(output);
  if (!v) views.set(output, (v = new OutputView(output)));
  return v;
}

/** Empties an output area once the renderer is ready for the entries that follow. */
export async function clearOutput(output: HTMLElement): Promise<void> {
  await loadRenderer();
  view(output).clear();
}

/** Adds one entry; entries keep the order they happened in (after clearOutput). */
export function appendEntry(output: HTMLElement, entry: OutputEntry): void {
  if (!loaded) throw new Error("appendEntry before clearOutput");
  view(output).add(entry);
}

/** Adds what a cell's timers or promises printed after its run ended, marked as such. */
export async function appendLate(output: HTMLElement, entries: OutputEntry[]): Promise<void> {
  await loadRenderer();
  for (const entry of entries) view(output).add(entry, true);
}

/** Draws every entry due now, so the output is complete when a run's status changes. */
export function flushOutput(output: HTMLElement): void {
  if (loaded) view(output).flush();
}
