import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { smallMultiples } from "../plots/smallMultiples";
import { formatValue } from "../plots/formatValue";
import { sentenceExample, type SentenceSettings } from "../examples/sentenceExample";
import type { ControlOption, FigureControl } from "./figureDefinition";
import { headChoices, whyHeadsDoNotFit } from "./headChoices";

/** The widths the explorer offers. */
export const dModelChoices = [8, 12, 16, 24, 32, 48, 64] as const;
const maxHeads = 8;

/** The head counts offered for a d_model: only those that divide it, each with its d_k. */
export function headOptions(dModel: number): ControlOption[] {
  return headChoices(dModel, maxHeads).map((h) => ({ value: String(h), label: `${h} (d_k = ${dModel / h})` }));
}

/** The heads menu as a figure control, so settleControls moves it (and says why) when d_model changes. */
export const headsControl: FigureControl<{ dModel: number; heads: number }> = {
  kind: "select",
  name: "heads",
  label: "heads h",
  options: (s) => headOptions(s.dModel),
  whyNotOffered: (h, s) => whyHeadsDoNotFit(h, s.dModel),
};

export const initialSentences: SentenceSettings = {
  source: "le chat noir dort sur le tapis",
  target: "the black cat sleeps",
  dModel: 16,
  heads: 2,
  seed: 1,
  swap: false,
};

/**
 * The explorer's figures for the reader's sentences: each head's weights (cells focusable), the
 * output, and the tables (built on demand: the page builds them only while "Show the numbers" is open).
 */
export function renderSentences(s: SentenceSettings, document: Document): { plots: Element[]; tables: () => HTMLTableElement[]; readout: string; queryTokens: string[]; keyTokens: string[] } {
  const { queryTokens, keyTokens, trace } = sentenceExample(s);
  const Lq = queryTokens.length;
  const Lk = keyTokens.length;
  const qSide = s.swap ? "source" : "target";
  const kSide = s.swap ? "target" : "source";
  // Small panels (22 px) leave the values to hover, focus and the tables: fewer nodes to redraw.
  const heads = smallMultiples(
    trace.perHead.map((h, n) => ({ title: `head ${n + 1}`, m: h.attention.weights, ariaLabel: `Head ${n + 1} weights: ${Lq} ${qSide} tokens by ${Lk} ${kSide} tokens; arrow keys move between cells` })),
    { rowLabels: queryTokens, colLabels: keyTokens, shape: ["Lq", "Lk"], focusable: true, cellSize: Lk > 8 || s.heads > 2 ? 22 : 40, rowTitle: `query (${qSide})`, colTitle: `key (${kSide})`, document },
  );
  const output = heatmap(trace.output, {
    rowLabels: queryTokens,
    colLabels: Array.from({ length: trace.dModel }, (_, j) => String(j + 1)),
    kind: "diverging",
    shape: ["Lq", "d_model"],
    ariaLabel: `Output, ${Lq} × ${trace.dModel}: one row per ${qSide} token`,
    document,
  });
  const tables = () => [
    ...trace.perHead.map((h, n) => numbersTable(h.attention.weights, { rowLabels: queryTokens, colLabels: keyTokens, caption: `Head ${n + 1} weights (${Lq} × ${Lk})`, corner: "query \\ key", document })),
    numbersTable(trace.output, { rowLabels: queryTokens, colLabels: Array.from({ length: trace.dModel }, (_, j) => String(j + 1)), caption: `Output (${Lq} × ${trace.dModel})`, document }),
  ];
  const w = trace.perHead[0].attention.weights;
  const best = Array.from({ length: w.cols }, (_, j) => w.data[j]).reduce((b, x, j, row) => (x > row[b] ? j : b), 0);
  const readout = `Lq × Lk = ${Lq} × ${Lk}${Lq === Lk ? " (square only because the sentences have the same length)" : ", not square"}; d_k = ${trace.dModel} / ${trace.heads} = ${trace.dk}. In head 1, “${queryTokens[0]}” looks most at “${keyTokens[best]}” (${formatValue(w.data[best], 2)}).`;
  return { plots: [heads, output], tables, readout, queryTokens, keyTokens };
}
