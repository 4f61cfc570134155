import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { AttentionError, applyMask, maskFromRows, maskToBias, matrix, scaledDotProductAttention, softmaxRows, add, type Matrix } from "../core";
import { heatmap } from "../plots/heatmap";
import { formatValue } from "../plots/formatValue";
import { naiveSoftmaxRows } from "../examples/naiveSoftmaxRows";
import { translationExample } from "../examples/translationExample";
import { coreErrorMessage } from "../i18n/coreErrorMessage";
import { figureLabelsText, type FigureLabels } from "../i18n/figureLabelsText";
import type { Lang } from "../i18n/lang";
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

export const conventionNames: Convention[] = ["neg-inf", "fill", "add", "zeros", "error"];

/** What the scores (Lq, Lk) look like before the softmax, and the weights (Lq, Lk) or the error (in `lang`), under one convention. */
export function fullyMaskedWeights(convention: Convention, lang: Lang): { before: Matrix; weights?: Matrix; error?: string } {
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
    return { before: blocked, error: coreErrorMessage({ op: error.op, ...error.reason }, lang) };
  }
}

/** A weights grid that, unlike heatmap(), shows NaN: the whole point of the first convention. */
function weightsGrid(t: FigureLabels, weights: Matrix, ariaLabel: string, document: Document) {
  const cells = Array.from(weights.data, (value, n) => ({ i: Math.floor(n / Lk), j: n % Lk, value }));
  return plotChart({
    document,
    ariaLabel,
    width: 80 + 44 * Lk + 8,
    height: 8 + 44 + 44 * Lq,
    marginLeft: 80,
    marginBottom: 44,
    padding: 0.04,
    x: { domain: example.source.map((_, j) => j), tickFormat: (j: number) => example.source[j], label: t.colTitleKeySource, labelAnchor: "center" },
    y: { domain: example.target.map((_, i) => i), tickFormat: (i: number) => example.target[i], label: t.rowTitleQueryTarget, labelAnchor: "center" },
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
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [{ kind: "select", name: "convention", label: t.mfmHow, options: conventionNames.map((value) => ({ value, label: t.mfmConvention(value) })) }],
    initial: { convention: "neg-inf" },
    render(state, document) {
      const convention = state.convention;
      const label = conventionNames.includes(convention) ? t.mfmConvention(convention) : convention;
      const { before, weights, error } = fullyMaskedWeights(convention, lang);
      const query = example.target[emptyRow];
      const row = weights ? Array.from(weights.data.subarray(emptyRow * Lk, (emptyRow + 1) * Lk)) : [];
      // With an error there are no weights to draw: show the blocked scores the core refused instead.
      const plot = weights
        ? weightsGrid(t, weights, t.mfmGridAria(label, query, row.map((w) => formatValue(w, 2))), document)
        : heatmap(before, {
            rowLabels: example.target,
            colLabels: example.source,
            rowTitle: t.rowTitleQueryTarget,
            colTitle: t.colTitleKeySource,
            kind: "diverging",
            highlightRow: emptyRow,
            ariaLabel: t.mfmRefusedAria(query),
            document,
            lang,
          });
      const tables = [
        textTable(document, t.mfmScoresCaption(label), [t.cornerQueryKey, ...example.source], example.target.map((token, i) => [token, ...Array.from(before.data.subarray(i * Lk, (i + 1) * Lk), (x) => (Number.isFinite(x) && Math.abs(x) >= 1e6 ? x.toExponential(6) : formatValue(x, 2)))])),
        weights
          ? textTable(document, t.mfmWeightsCaption(label), [t.cornerQueryKey, ...example.source], example.target.map((token, i) => [token, ...Array.from(weights.data.subarray(i * Lk, (i + 1) * Lk), (x) => formatValue(x, 3))]))
          : textTable(document, t.mfmWeightsCaption(label), [t.mfmResult], [[t.mfmError(error ?? "")]]),
      ];
      const readout = error
        ? t.mfmRefuses(error)
        : t.mfmReadout(label, query, row.map((w) => formatValue(w, 3)));
      return { plots: [plot], tables, readout };
    },
  };
});
