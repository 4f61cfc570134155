import { loadFigure } from "../../src/figures/registry";
import { tablesOf, type FigureControl, type FigureState } from "../../src/figures/figureDefinition";
import { isShown, optionsOf, selectValue, settleControls } from "../../src/figures/settleControls";
import { readerMessage } from "../../src/figures/readerMessage";
import { morphChildren } from "../../src/site/morphChildren";
import { RedrawScope } from "../../src/plots/RedrawScope";
import { fillWhileOpen } from "../../src/site/fillWhileOpen";
import { oncePerFrame } from "../../src/site/oncePerFrame";
import { runInSlices } from "../../src/site/runInSlices";
import { setControlMessage } from "./controlMessage";
import { figureText } from "../../src/i18n/figureText";
import { langOfTag } from "../../src/i18n/lang";

/** One control as the page has it. */
interface Wired {
  control: FigureControl;
  input: HTMLInputElement | HTMLSelectElement;
  box: HTMLElement;
  message: HTMLElement;
  shown: HTMLOutputElement | null;
}

/**
 * Linked figures (LiveFigure's shareState): per link name, the values their shared controls hold
 * now, and each mounted figure's way to take a change. A figure mounted later starts from them.
 */
const links = new Map<string, { values: FigureState; members: Set<(values: FigureState) => void> }>();

function linkNamed(name: string) {
  let link = links.get(name);
  if (!link) links.set(name, (link = { values: {}, members: new Set() }));
  return link;
}

/** Reads a control's current value in the type the figure declared for it. */
function readControl(control: FigureControl, input: HTMLInputElement | HTMLSelectElement): number | string | boolean {
  if (control.kind === "checkbox") return (input as HTMLInputElement).checked;
  if (control.kind === "range") return Number(input.value);
  return selectValue(input.value);
}

/**
 * Wires a figure's controls -> its render (core + plots) -> the DOM. Controls always show what the
 * figure shows: a select offers only what the figure can draw, a value moved or refused says so
 * beside its control, and a change the figure cannot draw puts the control back to the drawn value.
 * Input is coalesced to one redraw per frame (oncePerFrame), so a dragged slider stays smooth on a slow phone.
 */
export async function mount(root: HTMLElement): Promise<void> {
  const lang = langOfTag(document.documentElement.lang);
  const definition = await loadFigure(root.dataset.name ?? "", lang);
  let state: FigureState = { ...definition.initial, ...JSON.parse(root.dataset.state ?? "{}") };
  const plots = root.querySelector<HTMLElement>("[data-plots]")!;
  const numbers = root.querySelector<HTMLElement>("[data-numbers]")!;
  const readout = root.querySelector<HTMLElement>("[data-readout]")!;
  const error = root.querySelector<HTMLElement>("[data-error]")!;

  const wired: Wired[] = [];
  for (const control of definition.controls) {
    const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-control="${control.name}"]`);
    if (!input) continue;
    wired.push({
      control,
      input,
      box: root.querySelector<HTMLElement>(`[data-control-box="${control.name}"]`)!,
      message: root.querySelector<HTMLElement>(`[data-message="${control.name}"]`)!,
      shown: root.querySelector<HTMLOutputElement>(`[data-output="${control.name}"]`),
    });
  }

  /** Makes every control show `state`: values, the options on offer, which controls are shown. */
  const showState = () => {
    for (const { control, input, box, shown } of wired) {
      const value = state[control.name];
      if (control.kind === "select") {
        const options = optionsOf(control, state);
        const current = Array.from((input as HTMLSelectElement).options, (o) => `${o.value}\u0000${o.text}`).join("\u0001");
        if (current !== options.map((o) => `${o.value}\u0000${o.label}`).join("\u0001")) {
          input.replaceChildren(...options.map((o) => new Option(o.label, o.value)));
        }
      }
      if (control.kind === "checkbox") (input as HTMLInputElement).checked = Boolean(value);
      else if (input.value !== String(value)) input.value = String(value);
      if (shown && control.kind === "range") shown.textContent = control.format ? control.format(Number(value)) : String(value);
      box.hidden = !isShown(control, state);
    }
  };

  const scope = new RedrawScope();
  const fillNumbers = fillWhileOpen(numbers);
  /** The state last drawn, and the controls changed since. */
  let drawn: FigureState = state;
  const changed: string[] = [];

  const draw = () => {
    try {
      const output = scope.run(() => definition.render(state, document));
      morphChildren(plots, output.plots);
      fillNumbers(() => tablesOf(output));
      readout.textContent = output.readout ?? "";
      error.hidden = true;
      error.textContent = "";
      drawn = state;
    } catch (e) {
      // Put the controls back to what the figure still shows, and say why beside the one the reader moved.
      const last = wired.find((w) => w.control.name === changed[changed.length - 1]);
      if (!last) {
        error.textContent = readerMessage(e, lang);
        error.hidden = false;
      } else {
        const backTo = drawn[last.control.name];
        state = drawn;
        showState();
        setControlMessage(last.input, last.message, figureText[lang].stillShows(readerMessage(e, lang), last.control.label, String(backTo)));
      }
    }
    changed.length = 0;
  };

  /**
   * Draws the current state, after the figure's preparation if it has one: its first slice runs now
   * (work already done ends there), the rest one slice per task while the old drawing stays, dimmed
   * and marked busy. A newer state abandons an older one's preparation; a preparation that throws
   * leaves the error to render, which meets it again and says it beside the control.
   */
  const figure = root.querySelector<HTMLElement>("figure")!;
  let preparing: FigureState | undefined;
  const prepareAndDraw = () => {
    const wanted = state;
    preparing = undefined;
    figure.removeAttribute("aria-busy");
    const slices = definition.prepare?.(wanted);
    try {
      if (!slices || slices.next().done) return draw();
    } catch {
      return draw();
    }
    preparing = wanted;
    figure.setAttribute("aria-busy", "true");
    readout.textContent = figureText[lang].working;
    const finish = () => {
      if (preparing !== wanted || state !== wanted) return;
      preparing = undefined;
      figure.removeAttribute("aria-busy");
      draw();
    };
    runInSlices(slices, () => preparing === wanted && state === wanted).then((done) => done && finish(), finish);
  };
  const redraw = oncePerFrame(prepareAndDraw);

  /** Takes new values for some controls (the reader's, or a linked figure's), and redraws. */
  const change = (values: FigureState, by: string[]) => {
    const settled = settleControls(definition.controls, { ...state, ...values }, lang);
    state = settled.state;
    for (const w of wired) setControlMessage(w.input, w.message, settled.notes[w.control.name] ?? "");
    // The reader's own control last: a refusal is said beside it.
    changed.push(...Object.keys(settled.notes), ...by);
    showState();
    redraw();
  };

  const names = new Set(wired.map((w) => w.control.name));
  const link = root.dataset.shareState ? linkNamed(root.dataset.shareState) : undefined;
  const follow = (values: FigureState) => {
    const mine = Object.fromEntries(Object.entries(values).filter(([name]) => names.has(name)));
    if (Object.keys(mine).length > 0) change(mine, Object.keys(mine));
  };
  if (link) {
    Object.assign(state, Object.fromEntries(Object.entries(link.values).filter(([name]) => names.has(name))));
    state = settleControls(definition.controls, state, lang).state;
    link.members.add(follow);
  }

  for (const { control, input } of wired) {
    input.addEventListener(control.kind === "range" ? "input" : "change", () => {
      const value = { [control.name]: readControl(control, input) };
      change(value, [control.name]);
      if (!link) return;
      Object.assign(link.values, value);
      for (const member of link.members) if (member !== follow) member(value);
    });
  }
  showState();
  prepareAndDraw();
}
