import * as Plot from "@observablehq/plot";
import { multiHeadCrossAttentionBatch, type Matrix, type MultiHeadTrace } from "../core";
import { paddedBatchExample } from "../examples/paddedBatchExample";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { plotChart } from "../plots/plotChart";
import { textTable } from "../plots/textTable";
import { lessonFiguresText, shapeTuple as tuple, type LessonFiguresText, type ShapeSizes, type ShapeStepKey } from "../i18n/lessonFiguresText";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: number;
  B: number;
  Lq: number;
  Lk: number;
  dModel: number;
  heads: number;
  /** 1-based, as the reader counts the steps. */
  step: number;
  /** The (batch item, head) slice drawn, 0-based like a PyTorch index. */
  item: number;
  head: number;
}

/** The axes a tensor of the computation can have; "1" is a size-1 axis added for broadcasting. */
type AxisName = keyof ShapeSizes;
type Sizes = ShapeSizes;

/**
 * Okabe-Ito colours, one per axis, so an axis keeps its colour as it moves; the text in each cell
 * names the axis too, and black text on every one of these fills has a contrast of at least 4.5:1.
 */
const axisFill: Record<AxisName, string> = {
  B: "#E69F00",
  h: "#56B4E9",
  Lq: "#009E73",
  Lk: "#F0E442",
  d_k: "#CC79A7",
  d_model: "#D55E00",
  "1": "#eeeeee",
};

interface Row {
  /** The tensor, as the code names it (or, where it needs words, as the edition does). */
  label: string | ((t: LessonFiguresText) => string);
  axes: AxisName[];
}

/** What one (batch item, head) slice of a step's result is, taken from the core's trace of that item. */
interface Slice {
  matrix: Matrix;
  /** How PyTorch indexes it, e.g. "q[1, 0]". */
  index: string;
  /** Whether the columns are feature columns of the model width (true) or keys. */
  columns: "features" | "head features" | "keys";
  kind: "sequential" | "diverging";
}

interface Step {
  /** Which step it is, for its words in lessonFiguresText. */
  key: ShapeStepKey;
  /** Its name as the code calls it; an edition may name it in its own words (ptsStepName). */
  name: string;
  /** The PyTorch line of this step (nn.MultiheadAttention's computation, written out). */
  code: string;
  rows: Row[];
  /** Broadcasting lines shapes up from the right; the other steps read best from the left. */
  alignRight?: boolean;
  slice(t: MultiHeadTrace, b: number, i: number): Slice;
}

/** The steps in order; the lesson names a step by its number, found here by name. */
export const steps: Step[] = [
  {
    key: "project",
    name: "project",
    code: "q = q_proj(query); k = k_proj(memory); v = v_proj(memory)",
    rows: [
      { label: "q", axes: ["B", "Lq", "d_model"] },
      { label: "k", axes: ["B", "Lk", "d_model"] },
      { label: "v", axes: ["B", "Lk", "d_model"] },
    ],
    slice: (t, b) => ({ matrix: t.q, index: `q[${b}]`, columns: "features", kind: "diverging" }),
  },
  {
    key: "view",
    name: "view",
    code: "q = q.view(B, Lq, h, d_k)",
    rows: [
      { label: "q", axes: ["B", "Lq", "d_model"] },
      { label: "q.view(…)", axes: ["B", "Lq", "h", "d_k"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].q, index: `q[${b}, :, ${i}, :]`, columns: "head features", kind: "diverging" }),
  },
  {
    key: "transpose",
    name: "transpose(1, 2)",
    code: "q = q.transpose(1, 2)",
    rows: [
      { label: "q.view(…)", axes: ["B", "Lq", "h", "d_k"] },
      { label: "q", axes: ["B", "h", "Lq", "d_k"] },
      { label: "k, v", axes: ["B", "h", "Lk", "d_k"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].q, index: `q[${b}, ${i}]`, columns: "head features", kind: "diverging" }),
  },
  {
    key: "scores",
    name: "scores",
    code: "scores = q @ k.transpose(-2, -1) / d_k ** 0.5",
    rows: [
      { label: "q", axes: ["B", "h", "Lq", "d_k"] },
      { label: "k.transpose", axes: ["B", "h", "d_k", "Lk"] },
      { label: "scores", axes: ["B", "h", "Lq", "Lk"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].attention.scaled, index: `scores[${b}, ${i}]`, columns: "keys", kind: "diverging" }),
  },
  {
    key: "mask",
    name: "mask",
    code: "scores = scores.masked_fill(pad[:, None, None, :], float('-inf'))",
    alignRight: true,
    rows: [
      { label: "pad", axes: ["B", "Lk"] },
      { label: (t) => t.ptsPad4d, axes: ["B", "1", "1", "Lk"] },
      { label: "scores", axes: ["B", "h", "Lq", "Lk"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].attention.masked, index: `scores[${b}, ${i}]`, columns: "keys", kind: "diverging" }),
  },
  {
    key: "softmax",
    name: "softmax",
    code: "w = scores.softmax(dim=-1)",
    rows: [
      { label: "scores", axes: ["B", "h", "Lq", "Lk"] },
      { label: "w", axes: ["B", "h", "Lq", "Lk"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].attention.weights, index: `w[${b}, ${i}]`, columns: "keys", kind: "sequential" }),
  },
  {
    key: "weightedSum",
    name: "w @ v",
    code: "o = w @ v",
    rows: [
      { label: "w", axes: ["B", "h", "Lq", "Lk"] },
      { label: "v", axes: ["B", "h", "Lk", "d_k"] },
      { label: "o", axes: ["B", "h", "Lq", "d_k"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].attention.output, index: `o[${b}, ${i}]`, columns: "head features", kind: "diverging" }),
  },
  {
    key: "transposeBack",
    name: "transpose(1, 2)",
    code: "o = o.transpose(1, 2)",
    rows: [
      { label: "o", axes: ["B", "h", "Lq", "d_k"] },
      { label: "o.transpose", axes: ["B", "Lq", "h", "d_k"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].attention.output, index: `o[${b}, :, ${i}, :]`, columns: "head features", kind: "diverging" }),
  },
  {
    key: "reshape",
    name: "reshape",
    code: "o = o.reshape(B, Lq, d_model)",
    rows: [
      { label: "o.transpose", axes: ["B", "Lq", "h", "d_k"] },
      { label: "o", axes: ["B", "Lq", "d_model"] },
    ],
    slice: (t, b) => ({ matrix: t.concat, index: `o[${b}]`, columns: "features", kind: "diverging" }),
  },
  {
    key: "outProj",
    name: "out_proj",
    code: "out = out_proj(o)",
    rows: [
      { label: "o", axes: ["B", "Lq", "d_model"] },
      { label: "out", axes: ["B", "Lq", "d_model"] },
    ],
    slice: (t, b) => ({ matrix: t.output, index: `out[${b}]`, columns: "features", kind: "diverging" }),
  },
];

/** Item b of the batch has Lk − b real source tokens (at least one): item 0 is unpadded, later items more and more. */
function lengthOf(s: Sizes, b: number): number {
  return Math.max(1, s.Lk - b);
}

/** Draws one step's tensors as rows of coloured axis cells, each cell naming its axis and, below, its size; narrow enough for a phone. */
function shapeChart(step: Step, s: Sizes, t: LessonFiguresText, document: Document): Element {
  const labelOf = (row: Row) => (typeof row.label === "string" ? row.label : row.label(t));
  const width = Math.max(...step.rows.map((r) => r.axes.length));
  const cells = step.rows.flatMap((row) =>
    row.axes.map((axis, n) => ({
      row: labelOf(row),
      slot: step.alignRight ? width - row.axes.length + n : n,
      axis,
      text: axis === "1" ? "1" : `${axis}\n${s[axis]}`,
    })),
  );
  return plotChart({
    document,
    ariaLabel: t.ptsShapesAria(t.ptsStepName(step.key, step.name), step.rows.map((r) => `${labelOf(r)} ${tuple(r.axes, s)}`)),
    width: 336,
    height: step.rows.length * 40 + 16,
    marginLeft: 88,
    marginTop: 8,
    marginBottom: 8,
    padding: 0.08,
    x: { domain: Array.from({ length: 4 }, (_, n) => n), axis: null },
    y: { domain: step.rows.map(labelOf), label: null, tickSize: 0 },
    marks: [
      Plot.cell(cells, { x: "slot", y: "row", fill: (c: (typeof cells)[number]) => axisFill[c.axis], inset: 1 }),
      Plot.text(cells, { x: "slot", y: "row", text: "text", fill: "black", fontSize: 12, lineHeight: 1.1 }),
    ],
  });
}

const featureLabels = (n: number, from = 0) => Array.from({ length: n }, (_, c) => String(from + c));

/** The multi-head computation as PyTorch writes it on (B, h, L, d_k) tensors, one step at a time, with a slice computed by the core. */
export default defineFigure<State>((lang) => {
  const t = lessonFiguresText[lang];
  const nameOf = (step: Step) => t.ptsStepName(step.key, step.name);
  return {
    controls: [
      { kind: "range", name: "step", label: t.ptsStep, min: 1, max: steps.length, step: 1, format: (n) => `${n}. ${nameOf(steps[n - 1])}` },
      { kind: "range", name: "B", label: t.ptsBatch, min: 1, max: 4, step: 1 },
      { kind: "range", name: "Lq", label: t.ptsTarget, min: 1, max: 6, step: 1 },
      { kind: "range", name: "Lk", label: t.ptsSource, min: 1, max: 6, step: 1 },
      { kind: "select", name: "dModel", label: "d_model", options: [4, 6, 8, 12, 16].map((d) => ({ value: String(d), label: String(d) })) },
      { kind: "select", name: "heads", label: t.ptsHeads, options: [1, 2, 3, 4, 6, 8].map((h) => ({ value: String(h), label: String(h) })) },
      { kind: "range", name: "item", label: t.ptsItem, min: 0, max: 3, step: 1 },
      { kind: "range", name: "head", label: t.ptsHead, min: 0, max: 7, step: 1 },
    ],
    initial: { step: 5, B: 2, Lq: 3, Lk: 5, dModel: 8, heads: 2, item: 1, head: 0 },
    render(state, document) {
      const { B, Lq, Lk, dModel, heads, item, head } = state;
      const step = steps[state.step - 1];
      const name = nameOf(step);
      // view(B, Lq, h, d_k) needs h to divide d_model; the core refuses it too, but in its own (English) words.
      if (dModel % heads !== 0) throw new Error(t.ptsNotDivisible(dModel, heads, Array.from({ length: dModel }, (_, d) => d + 1).filter((d) => dModel % d === 0)));
      if (item >= B) throw new Error(t.ptsNoItem(item, B));
      if (head >= heads) throw new Error(t.ptsNoHead(head, heads));
      const sizes: Sizes = { B, h: heads, Lq, Lk, d_k: dModel / heads, d_model: dModel, "1": 1 };
      const keyLengths = Array.from({ length: B }, (_, b) => lengthOf(sizes, b));
      // Every length is at most Lk, so max(keyLengths) = Lk: item 0 is never padded.
      const batch = paddedBatchExample(keyLengths, heads, 13, { Lq, dModel });
      const traces = multiHeadCrossAttentionBatch(batch.queries, batch.memories, batch.memories, batch.params, { keyLengths });
      const slice = step.slice(traces[item], item, head);
      const rowLabels = Array.from({ length: Lq }, (_, l) => `t${l}`);
      const length = keyLengths[item];
      const colLabels =
        slice.columns === "keys"
          ? Array.from({ length: Lk }, (_, j) => (j < length ? `s${j}` : t.ptsPadKey(j)))
          : slice.columns === "head features"
            ? featureLabels(sizes.d_k, head * sizes.d_k)
            : featureLabels(dModel);
      const colTitle = slice.columns === "keys" ? t.ptsKeyTitle : t.ptsFeatureTitle;
      const map = heatmap(slice.matrix, {
        rowLabels,
        colLabels,
        kind: slice.kind,
        rowTitle: t.ptsQueryTitle,
        colTitle,
        shape: ["Lq", slice.columns === "keys" ? "Lk" : slice.columns === "features" ? "d_model" : "d_k"],
        ariaLabel: t.ptsSliceAria(slice.index, item, slice.columns === "features" ? null : head, name, slice.matrix.rows, slice.matrix.cols),
        document,
        lang,
      });
      const tables = [
        textTable(
          document,
          t.ptsShapesCaption(state.step, name),
          t.ptsShapesHeaders,
          step.rows.map((r) => [typeof r.label === "string" ? r.label : r.label(t), `(${r.axes.join(", ")})`, `(${r.axes.map((a) => sizes[a]).join(", ")})`]),
        ),
        numbersTable(slice.matrix, { rowLabels, colLabels, caption: t.ptsSliceCaption(slice.index, name), corner: t.ptsCorner(slice.columns === "keys"), document }),
      ];
      const readout = t.ptsReadout(state.step, steps.length, step.code, t.ptsSays(step.key, sizes, item, head, length), slice.index);
      return { plots: [shapeChart(step, sizes, t, document), map], tables, readout };
    },
  };
});
