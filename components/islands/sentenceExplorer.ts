import { renderSentences } from "../../src/figures/sentenceExplorer";
import type { SentenceSettings } from "../../src/examples/sentenceExample";
import { linkCells, markLinked } from "./linkCells";
import { RedrawScope } from "../../src/plots/RedrawScope";
import { morphChildren } from "../../src/site/morphChildren";
import { fillWhileOpen } from "../../src/site/fillWhileOpen";

/** Wires the sentence inputs -> core -> every head's heatmap; on bad input, says why and keeps the last drawing and the typed text. */
export function mount(root: HTMLElement): void {
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
  const render = () => {
    const settings: SentenceSettings = {
      source: input("source").value,
      target: input("target").value,
      dModel: Number(input("dModel").value),
      heads: Number(input("heads").value),
      seed: Number(input("seed").value),
      swap: input("swap").checked,
    };
    try {
      if (!Number.isInteger(settings.seed) || settings.seed < 0) throw new Error(`The seed must be a whole number of 0 or more; "${input("seed").value}" is not.`);
      const out = scope.run(() => renderSentences(settings, document));
      morphChildren(plots, out.plots);
      fillNumbers(out.tables);
      readout.textContent = out.readout;
      tokens = { query: out.queryTokens, key: out.keyTokens };
      list(queryList, out.queryTokens);
      list(keyList, out.keyTokens);
      error.hidden = true;
      error.textContent = "";
    } catch (e) {
      // The core's messages are written for students: show them as they are, as text.
      error.textContent = e instanceof Error ? e.message : String(e);
      error.hidden = false;
    }
  };

  for (const name of ["source", "target", "seed"]) input(name).addEventListener("input", render);
  for (const name of ["dModel", "heads", "swap"]) input(name).addEventListener("change", render);
  linkCells(plots, (i, j, svg) => {
    markLinked(root, [`[data-tokens="query"] [data-token="${i}"]`, `[data-tokens="key"] [data-token="${j}"]`].join(", "));
    const rect = svg.querySelector(`rect[data-i="${i}"][data-j="${j}"]`);
    rect?.setAttribute("data-linked", "");
    readout.textContent = `${rect?.getAttribute("aria-label") ?? ""}: how much “${tokens.query[i]}” draws from “${tokens.key[j]}”.`;
  });
  // Seed the token lists' indices from the build (they are already in the static HTML).
  tokens = {
    query: Array.from(queryList.querySelectorAll("[data-token]"), (li) => li.textContent ?? ""),
    key: Array.from(keyList.querySelectorAll("[data-token]"), (li) => li.textContent ?? ""),
  };
}
