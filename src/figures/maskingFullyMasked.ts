import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { AttentionError, applyMask, maskFromRows, maskToBias, matrix, scaledDotProductAttention, softmaxRows, add, type Matrix } from "../core";
import { heatmap } from "../plots/heatmap";
import { formatValue } from "../plots/formatValue";
import { naiveSoftmaxRows } from "../examples/naiveSoftmaxRows";
import { translationExample } from "../examples/translationExample";
import { defineFigure } from "./figureDefinition";
import { textTable } from "../plots/textTable";

type Convention = "neg-inf" | "fill" | "add" | "zeros" | "error";

interface State {
  [key: string]: string;
  convention: Convention;
}

const example = translationExample();
const Lq = example.target.length;
const Lk = example.source.length;
/** The query with no allowed key. */
export const emptyRow = 2;
// Keys 0-2 are real for every query except one, whose row blocks everything, as a source of
// length 0 in a batch would (or a hand-made mask that leaves a query nothing).
export const fullyMaskedMask = maskFromRows(Array.from({ length: Lq }, (_, i) => Array.from({ length: Lk }, (_, j) => i !== emptyRow && j < 3)));
const scaled = scaledDotProductAttention(example.q, example.k, example.v).scaled; // (Lq, Lk)

export const conventions: { value: Convention; label: string }[] = [
  { value: "neg-inf", label: "−∞ written in, plain softmax" },
  { value: "fill", label: "−1e9 written in (masked_fill)" },
  { value: "add", label: "−1e9 added (additive mask)" },
  { value: "zeros", label: "core, fullyMasked: \"zeros\"" },
  { value: "error", label: "core, fullyMasked: \"error\" (default)" },
];

/** What the scores (Lq, Lk) look like before the softmax, and the weights (Lq, Lk) or the error, under one convention. */
export function fullyMaskedWeights(convention: Convention): { before: Matrix; weights?: Matrix; error?: string } {
  const blocked = applyMask(scaled, fullyMaskedMask); // (Lq, Lk), -Infinity where blocked
  if (convention === "neg-inf") return { before: blocked, weights: naiveSoftmaxRows(blocked) };
  if (convention === "fill") {
    const filled = matrix(Lq, Lk, blocked.data.map((x) => (x === -Infinity ? -1e9 : x)));
    return { before: filled, weights: softmaxRows(filled) };
  }
  if (convention === "add") {
    const added = add(scaled, maskToBias(fullyMaskedMask, -1e9));
    return { before: added, weights: softmaxRows(added) };
  }
  try {
    const trace = scaledDotProductAttention(example.q, example.k, example.v, { allowed: fullyMaskedMask, fullyMasked: convention });
    return { before: trace.masked, weights: trace.weights };
  } catch (error) {
    if (!(error instanceof AttentionError)) throw error;
    return { before: blocked, error: error.message };
  }
}

/** A weights grid that, unlike heatmap(), shows NaN: the whole point of the first convention. */
function weightsGrid(weights: Matrix, ariaLabel: string, document: Document) {
  const cells = Array.from(weights.data, (value, t) => ({ i: Math.floor(t / Lk), j: t % Lk, value }));
  return plotChart({
    document,
    ariaLabel,
    width: 80 + 44 * Lk + 8,
    height: 8 + 44 + 44 * Lq,
    marginLeft: 80,
    marginBottom: 44,
    padding: 0.04,
    x: { domain: example.source.map((_, j) => j), tickFormat: (j: number) => example.source[j], label: "key (source)", labelAnchor: "center" },
    y: { domain: example.target.map((_, i) => i), tickFormat: (i: number) => example.target[i], label: "query (target)", labelAnchor: "center" },
    color: { type: "linear", scheme: "viridis", domain: [0, 1] },
    marks: [
      Plot.cell(cells.filter((c) => !Number.isNaN(c.value)), { x: "j", y: "i", fill: "value" }),
      Plot.cell(cells.filter((c) => Number.isNaN(c.value)), { x: "j", y: "i", fill: "#D55E00" }),
      Plot.text(cells, { x: "j", y: "i", text: (c) => formatValue(c.value, 2), fill: (c) => (Number.isNaN(c.value) || c.value > 0.6 ? "black" : "white"), fontSize: 11 }),
      Plot.cell(cells.filter((c) => c.i === emptyRow), { x: "j", y: "i", fill: "none", stroke: "currentColor", strokeWidth: 2.5, inset: 1 }),
    ],
  });
}

/** The masking lesson: a query row with no allowed key under each way of writing the mask. */
export default defineFigure<State>({
  controls: [{ kind: "select", name: "convention", label: "How blocked keys are written", options: conventions }],
  initial: { convention: "neg-inf" },
  render(state, document) {
    const convention = state.convention;
    const label = conventions.find((c) => c.value === convention)?.label ?? convention;
    const { before, weights, error } = fullyMaskedWeights(convention);
    const query = example.target[emptyRow];
    const row = weights ? Array.from(weights.data.subarray(emptyRow * Lk, (emptyRow + 1) * Lk)) : [];
    // With an error there are no weights to draw: show the blocked scores the core refused instead.
    const plot = weights
      ? weightsGrid(weights, `Weights, ${label}; the row of “${query}” is ${row.map((w) => formatValue(w, 2)).join(", ")}`, document)
      : heatmap(before, {
          rowLabels: example.target,
          colLabels: example.source,
          rowTitle: "query (target)",
          colTitle: "key (source)",
          kind: "diverging",
          highlightRow: emptyRow,
          ariaLabel: `Masked scores the core refused: the row of “${query}” is −∞ for every key`,
          document,
        });
    const tables = [
      textTable(document, `Scores before the softmax, ${label}`, ["query \\ key", ...example.source], example.target.map((t, i) => [t, ...Array.from(before.data.subarray(i * Lk, (i + 1) * Lk), (x) => (Number.isFinite(x) && Math.abs(x) >= 1e6 ? x.toExponential(6) : formatValue(x, 2)))])),
      weights
        ? textTable(document, `Weights, ${label}`, ["query \\ key", ...example.source], example.target.map((t, i) => [t, ...Array.from(weights.data.subarray(i * Lk, (i + 1) * Lk), (x) => formatValue(x, 3))]))
        : textTable(document, `Weights, ${label}`, ["result"], [[`error: ${error}`]]),
    ];
    const readout = error
      ? `The core refuses: ${error}`
      : `${label}: the row of “${query}” becomes ${row.map((w) => formatValue(w, 3)).join(", ")}.`;
    return { plots: [plot], tables, readout };
  },
});
