import { argmaxRows, multiHeadCrossAttention, type MultiHeadTrace } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { multiHeadExample } from "../examples/multiHeadExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: number;
  /** h, a divisor of dModel = 8. */
  heads: number;
  /** Index of the target token (query row) to outline. */
  query: number;
}

const dModel = 8;

/** Runs the core on the multi-head example with h heads of width dModel / h. */
function trace(heads: number): { trace: MultiHeadTrace; source: string[]; target: string[] } {
  const example = multiHeadExample({ dModel, heads });
  return { trace: multiHeadCrossAttention(example.query, example.memory, example.memory, example.params), source: example.source, target: example.target };
}

/** The multi-head lesson: one (Lq, Lk) weight map per head, each from its own slices of W_Q, W_K, W_V. */
export default defineFigure<State>((lang) => {
  const w = figureLabelsText[lang];
  return {
    controls: [
      { kind: "select", name: "heads", label: w.mhhHeads, options: [1, 2, 4, 8].map((h) => ({ value: String(h), label: `${h} (d_k = ${dModel / h})` })) },
      { kind: "select", name: "query", label: w.wtQuery, options: multiHeadExample().target.map((token, i) => ({ value: String(i), label: token })) },
    ],
    initial: { heads: 2, query: 2 },
    render(state, document) {
      const { trace: t, source, target } = trace(state.heads);
      const plots = t.perHead.map((head, n) =>
        heatmap(head.attention.weights, {
          rowLabels: target,
          colLabels: source,
          rowTitle: w.mhhRowTitle(n + 1),
          colTitle: w.colTitleKeySource,
          ariaLabel: w.mhhAria(n + 1, t.heads, target.length, source.length, t.dk),
          highlightRow: state.query,
          document,
          lang,
        }),
      );
      const tables = t.perHead.map((head, n) =>
        numbersTable(head.attention.weights, {
          rowLabels: target,
          colLabels: source,
          caption: w.mhhCaption(n + 1, t.heads, t.dk),
          corner: w.cornerQueryKey,
          document,
        }),
      );
      const picks = t.perHead.map((head, n) => w.mhhPick(n + 1, source[argmaxRows(head.attention.weights)[state.query]]));
      const readout = w.mhhReadout(t.heads, t.dk, target[state.query], picks, target.length, t.concat.rows, t.concat.cols, dModel);
      return { plots, tables, readout };
    },
  };
});
