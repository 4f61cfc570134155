import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { smallMultiples } from "../plots/smallMultiples";
import { formatValue } from "../plots/formatValue";
import { sentenceExample, type SentenceSettings } from "../examples/sentenceExample";
import type { ControlOption, FigureControl } from "./figureDefinition";
import { headChoices } from "./headChoices";
import { explorerText } from "../i18n/explorerText";
import type { Lang } from "../i18n/lang";

/** The widths the explorer offers. */
export const dModelChoices = [8, 12, 16, 24, 32, 48, 64] as const;
const maxHeads = 8;

/** The head counts offered for a d_model: only those that divide it, each with its d_k. */
export function headOptions(dModel: number): ControlOption[] {
  return headChoices(dModel, maxHeads).map((h) => ({ value: String(h), label: `${h} (d_k = ${dModel / h})` }));
}

/** The heads menu as a figure control, so settleControls moves it when d_model changes. */
export const headsControl: FigureControl<{ dModel: number; heads: number }> = {
  kind: "select",
  name: "heads",
  label: "heads h",
  options: (s) => headOptions(s.dModel),
};

/** Why the heads menu moved from `before` when d_model changed, in the reader's language, for beside it. */
export function headsMovedNote(before: number, after: number, dModel: number, lang: Lang): string {
  const text = explorerText[lang];
  return text.headsMoved(text.headsLabel, headOptions(dModel).find((o) => o.value === String(after))?.label ?? String(after), text.headsDoNotFit(before, dModel));
}

/** The explorer's first settings: the edition's example sentences. */
export function initialSentences(lang: Lang): SentenceSettings {
  return { source: explorerText[lang].initialSource, target: explorerText[lang].initialTarget, dModel: 16, heads: 2, seed: 1, swap: false };
}

/**
 * The explorer's figures for the reader's sentences: each head's weights (cells focusable), the
 * output, and the tables (built on demand: the page builds them only while "Show the numbers" is open).
 */
export function renderSentences(s: SentenceSettings, document: Document, lang: Lang): { plots: Element[]; tables: () => HTMLTableElement[]; readout: string; queryTokens: string[]; keyTokens: string[] } {
  const text = explorerText[lang];
  const { queryTokens, keyTokens, trace } = sentenceExample(s, lang);
  const Lq = queryTokens.length;
  const Lk = keyTokens.length;
  const qSide = text.sentenceName[s.swap ? "source" : "target"];
  const kSide = text.sentenceName[s.swap ? "target" : "source"];
  // Small panels (22 px) leave the values to hover, focus and the tables: fewer nodes to redraw.
  const heads = smallMultiples(
    trace.perHead.map((h, n) => ({ title: text.headTitle(n + 1), m: h.attention.weights, ariaLabel: text.headWeightsLabel(n + 1, Lq, qSide, Lk, kSide) })),
    { rowLabels: queryTokens, colLabels: keyTokens, shape: ["Lq", "Lk"], focusable: true, cellSize: Lk > 8 || s.heads > 2 ? 22 : 40, rowTitle: text.querySide(qSide), colTitle: text.keySide(kSide), document },
  );
  const output = heatmap(trace.output, {
    rowLabels: queryTokens,
    colLabels: Array.from({ length: trace.dModel }, (_, j) => String(j + 1)),
    kind: "diverging",
    shape: ["Lq", "d_model"],
    ariaLabel: text.outputLabel(Lq, trace.dModel, qSide),
    document,
  });
  const tables = () => [
    ...trace.perHead.map((h, n) => numbersTable(h.attention.weights, { rowLabels: queryTokens, colLabels: keyTokens, caption: text.headWeightsCaption(n + 1, Lq, Lk), corner: text.queryKeyCorner, document })),
    numbersTable(trace.output, { rowLabels: queryTokens, colLabels: Array.from({ length: trace.dModel }, (_, j) => String(j + 1)), caption: text.outputCaption(Lq, trace.dModel), document }),
  ];
  const w = trace.perHead[0].attention.weights;
  const best = Array.from({ length: w.cols }, (_, j) => w.data[j]).reduce((b, x, j, row) => (x > row[b] ? j : b), 0);
  const readout = text.sentencesReadout(Lq, Lk, trace.dModel, trace.heads, trace.dk, queryTokens[0], keyTokens[best], formatValue(w.data[best], 2));
  return { plots: [heads, output], tables, readout, queryTokens, keyTokens };
}
