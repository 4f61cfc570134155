import { tablesOf, type Figure, type FigureState } from "../../../src/figures/figureDefinition";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import type { Lang } from "../../../src/i18n/lang";

/** What a reader sees of one render: the readout, each plot's name and texts, and the first table. */
export function seen<S extends FigureState>(figure: Figure<S>, state: S, lang: Lang) {
  let readout = "";
  let plots: { label: string; texts: string[] }[] = [];
  let caption = "";
  let head: string[] = [];
  let rows: string[][] = [];
  renderToHtml((document) => {
    const out = figure[lang].render(state, document);
    readout = out.readout ?? "";
    plots = out.plots.map((p) => ({ label: p.getAttribute("aria-label") ?? "", texts: [...p.querySelectorAll("text")].map((t) => t.textContent ?? "") }));
    const [table] = tablesOf(out);
    caption = table.querySelector("caption")?.textContent ?? "";
    head = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
    rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));
    return document.createElement("div");
  }, lang);
  return { readout, plots, caption, head, rows };
}
