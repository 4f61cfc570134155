import { headOptions, headsControl, headsMovedNote, renderSentences } from "../../src/figures/sentenceExplorer";
import { explorerText } from "../../src/i18n/explorerText";
import { langOfTag } from "../../src/i18n/lang";
import { tokenize, type SentenceSettings } from "../../src/examples/sentenceExample";
import { linkCells, markLinked } from "./linkCells";
import { RedrawScope } from "../../src/plots/RedrawScope";
import { morphChildren } from "../../src/site/morphChildren";
import { fillWhileOpen } from "../../src/site/fillWhileOpen";
import { oncePerFrame } from "../../src/site/oncePerFrame";
import { settleControls } from "../../src/figures/settleControls";
import { parseSeed } from "../../src/figures/parseSeed";
import { readerMessage } from "../../src/figures/readerMessage";
import { setControlMessage } from "./controlMessage";

/**
 * Wires the sentence inputs -> core -> every head's heatmap, one redraw per frame. Bad input is
 * refused beside its box (aria-invalid), keeping the last drawing and the typed text; the heads
 * menu offers only counts that divide d_model.
 */
export function mount(root: HTMLElement): void {
  const lang = langOfTag(document.documentElement.lang);
  const input = (name: string) => root.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-setting="${name}"]`)!;
  const plots = root.querySelector<HTMLElement>("[data-plots]")!;
  const numbers = root.querySelector<HTMLElement>("[data-numbers]")!;
  const readout = root.querySelector<HTMLElement>("[data-readout]")!;
  const error = root.querySelector<HTMLElement>("[data-error]")!;
  const queryList = root.querySelector<HTMLElement>('[data-tokens="query"]')!;
  const keyList = root.querySelector<HTMLElement>('[data-tokens="key"]')!;
  let tokens = { query: [] as string[], key: [] as string[] };

  const list = (ul: HTMLElement, words: string[]) => {
    const title = ul.firstElementChild!;
    const items = words.map((w, n) => {
      const li = document.createElement("li");
      li.textContent = w;
      li.dataset.token = String(n);
      return li;
    });
    ul.replaceChildren(title, ...items);
  };

  const scope = new RedrawScope();
  const fillNumbers = fillWhileOpen(numbers);
  const message = (name: string) => root.querySelector<HTMLElement>(`[data-message="${name}"]`)!;
  let drawnSeed = Number(input("seed").value);

  /** Keeps the heads menu to the counts that divide d_model; a count taken away moves, and says why. */
  const settleHeads = () => {
    const dModel = Number(input("dModel").value);
    const heads = input("heads");
    const before = Number(heads.value);
    const { state } = settleControls([headsControl], { dModel, heads: before });
    heads.replaceChildren(...headOptions(dModel).map((o) => new Option(o.label, o.value)));
    heads.value = String(state.heads);
    setControlMessage(heads, message("heads"), state.heads === before ? "" : headsMovedNote(before, state.heads, dModel, lang));
  };

  const render = () => {
    // Each refusal stands beside its own box; the figure keeps its last drawing and the typed text.
    const problems: Record<string, string> = {};
    for (const name of ["source", "target"] as const) {
      try {
        tokenize(input(name).value, name, lang);
      } catch (e) {
        problems[name] = readerMessage(e, lang);
      }
    }
    const seed = parseSeed(input("seed").value, drawnSeed, lang);
    if ("problem" in seed) problems.seed = seed.problem;
    for (const name of ["source", "target", "seed"]) setControlMessage(input(name), message(name), problems[name] ?? "", "error");
    if (Object.keys(problems).length > 0 || !("seed" in seed)) return;
    const settings: SentenceSettings = {
      source: input("source").value,
      target: input("target").value,
      dModel: Number(input("dModel").value),
      heads: Number(input("heads").value),
      seed: seed.seed,
      swap: input("swap").checked,
    };
    try {
      const out = scope.run(() => renderSentences(settings, document, lang));
      morphChildren(plots, out.plots);
      fillNumbers(out.tables);
      readout.textContent = out.readout;
      tokens = { query: out.queryTokens, key: out.keyTokens };
      list(queryList, out.queryTokens);
      list(keyList, out.keyTokens);
      drawnSeed = settings.seed;
      error.hidden = true;
      error.textContent = "";
    } catch (e) {
      error.textContent = readerMessage(e, lang);
      error.hidden = false;
    }
  };
  const redraw = oncePerFrame(render);

  for (const name of ["source", "target", "seed"]) input(name).addEventListener("input", redraw);
  input("swap").addEventListener("change", redraw);
  input("heads").addEventListener("change", () => {
    setControlMessage(input("heads"), message("heads"), "");
    redraw();
  });
  input("dModel").addEventListener("change", () => {
    settleHeads();
    redraw();
  });
  linkCells(plots, (i, j, svg) => {
    markLinked(root, [`[data-tokens="query"] [data-token="${i}"]`, `[data-tokens="key"] [data-token="${j}"]`].join(", "));
    const rect = svg.querySelector(`rect[data-i="${i}"][data-j="${j}"]`);
    rect?.setAttribute("data-linked", "");
    readout.textContent = explorerText[lang].sentencesLinked(rect?.getAttribute("aria-label") ?? "", tokens.query[i], tokens.key[j]);
  });
  // Seed the token lists' indices from the build (they are already in the static HTML).
  tokens = {
    query: Array.from(queryList.querySelectorAll("[data-token]"), (li) => li.textContent ?? ""),
    key: Array.from(keyList.querySelectorAll("[data-token]"), (li) => li.textContent ?? ""),
  };
}
