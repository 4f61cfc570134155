import { translationExample } from "../../src/examples/translationExample";
import { followQuery, followTrace } from "../../src/figures/followQuery";
import { formatValue } from "../../src/plots/formatValue";
import { linkCells, markLinked } from "./linkCells";
import { RedrawScope } from "../../src/plots/RedrawScope";
import { morphChildren } from "../../src/site/morphChildren";
import { explorerText } from "../../src/i18n/explorerText";
import { langOfTag } from "../../src/i18n/lang";

/** Wires the query picker and the weights' cells -> one query's stages -> the DOM, with linked highlights. */
export function mount(root: HTMLElement): void {
  const lang = langOfTag(document.documentElement.lang);
  const example = translationExample();
  const trace = followTrace(example);
  const select = root.querySelector<HTMLSelectElement>('[data-control="query"]')!;
  const plots = root.querySelector<HTMLElement>("[data-follow]")!;
  const steps = root.querySelector<HTMLElement>("[data-steps]")!;
  const readout = root.querySelector<HTMLElement>("[data-readout]")!;
  let query = Number(root.dataset.query);

  const scope = new RedrawScope();
  const follow = (i: number) => {
    query = i;
    select.value = String(i);
    const out = scope.run(() => followQuery(example, trace, i, document, lang));
    morphChildren(plots, out.plots);
    morphChildren(steps, [out.table]);
    readout.textContent = out.readout;
  };

  select.addEventListener("change", () => {
    follow(Number(select.value));
    markLinked(root, `[data-tokens="target"] [data-token="${query}"]`);
  });
  linkCells(root.querySelector<HTMLElement>("[data-weights]")!, (i, j) => {
    if (i !== query) follow(i);
    markLinked(
      root,
      [
        `[data-weights] rect[data-i="${i}"][data-j="${j}"]`,
        `[data-tokens="target"] [data-token="${i}"]`,
        `[data-tokens="source"] [data-token="${j}"]`,
        `[data-steps] tr[data-j="${j}"]`,
        `[data-follow] rect[data-i="${j}"]`,
      ].join(", "),
    );
    const w = trace.weights.data[i * trace.weights.cols + j];
    readout.textContent = explorerText[lang].followLinked(example.target[i], example.source[j], formatValue(w, 3));
  });
}
