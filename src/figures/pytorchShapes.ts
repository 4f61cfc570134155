import * as Plot from "@observablehq/plot";
import { multiHeadCrossAttentionBatch, type Matrix, type MultiHeadTrace } from "../core";
import { paddedBatchExample } from "../examples/paddedBatchExample";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { plotChart } from "../plots/plotChart";
import { textTable } from "../plots/textTable";
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
type AxisName = "B" | "h" | "Lq" | "Lk" | "d_k" | "d_model" | "1";
type Sizes = Record<AxisName, number>;

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
  /** The tensor, as the code names it. */
  label: string;
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
  name: string;
  /** The PyTorch line of this step (nn.MultiheadAttention's computation, written out). */
  code: string;
  rows: Row[];
  /** Broadcasting lines shapes up from the right; the other steps read best from the left. */
  alignRight?: boolean;
  slice(t: MultiHeadTrace, b: number, i: number): Slice;
  /** One sentence on what the step does to the shapes. */
  says(s: Sizes, b: number, i: number): string;
}

const tuple = (axes: AxisName[], s: Sizes) => `(${axes.join(", ")}) = (${axes.map((a) => s[a]).join(", ")})`;
const cols = (i: number, s: Sizes) => `columns ${i * s.d_k} to ${(i + 1) * s.d_k - 1}`;

/** The steps in order; the lesson names a step by its number, found here by name. */
export const steps: Step[] = [
  {
    name: "project",
    code: "q = q_proj(query); k = k_proj(memory); v = v_proj(memory)",
    rows: [
      { label: "q", axes: ["B", "Lq", "d_model"] },
      { label: "k", axes: ["B", "Lk", "d_model"] },
      { label: "v", axes: ["B", "Lk", "d_model"] },
    ],
    slice: (t, b) => ({ matrix: t.q, index: `q[${b}]`, columns: "features", kind: "diverging" }),
    says: (s) => `Each nn.Linear acts on the last axis only, so the batch rides along: q is ${tuple(["B", "Lq", "d_model"], s)} and k, v are ${tuple(["B", "Lk", "d_model"], s)}.`,
  },
  {
    name: "view",
    code: "q = q.view(B, Lq, h, d_k)",
    rows: [
      { label: "q", axes: ["B", "Lq", "d_model"] },
      { label: "q.view(…)", axes: ["B", "Lq", "h", "d_k"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].q, index: `q[${b}, :, ${i}, :]`, columns: "head features", kind: "diverging" }),
    says: (s, _b, i) =>
      `view cuts the last axis, d_model = ${s.d_model}, into h = ${s.h} heads of d_k = ${s.d_k} without moving a number: head ${i} is ${cols(i, s)} of every token. Shape ${tuple(["B", "Lq", "h", "d_k"], s)}.`,
  },
  {
    name: "transpose(1, 2)",
    code: "q = q.transpose(1, 2)",
    rows: [
      { label: "q.view(…)", axes: ["B", "Lq", "h", "d_k"] },
      { label: "q", axes: ["B", "h", "Lq", "d_k"] },
      { label: "k, v", axes: ["B", "h", "Lk", "d_k"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].q, index: `q[${b}, ${i}]`, columns: "head features", kind: "diverging" }),
    says: (s) =>
      `transpose swaps the Lq and h axes, so q[b, i] is one (Lq, d_k) matrix per item and head: ${tuple(["B", "h", "Lq", "d_k"], s)}. The numbers are the previous step's; only the order of the axes changed. k and v get the same view and transpose.`,
  },
  {
    name: "scores",
    code: "scores = q @ k.transpose(-2, -1) / d_k ** 0.5",
    rows: [
      { label: "q", axes: ["B", "h", "Lq", "d_k"] },
      { label: "k.transpose", axes: ["B", "h", "d_k", "Lk"] },
      { label: "scores", axes: ["B", "h", "Lq", "Lk"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].attention.scaled, index: `scores[${b}, ${i}]`, columns: "keys", kind: "diverging" }),
    says: (s) =>
      `@ multiplies the last two axes and treats the first two as a batch of B·h = ${s.B * s.h} independent products: (Lq, d_k) × (d_k, Lk) → ${tuple(["B", "h", "Lq", "Lk"], s)}, scaled by 1/√d_k = 1/√${s.d_k}.`,
  },
  {
    name: "mask",
    code: "scores = scores.masked_fill(pad[:, None, None, :], float('-inf'))",
    alignRight: true,
    rows: [
      { label: "pad", axes: ["B", "Lk"] },
      { label: "pad, 4-D", axes: ["B", "1", "1", "Lk"] },
      { label: "scores", axes: ["B", "h", "Lq", "Lk"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].attention.masked, index: `scores[${b}, ${i}]`, columns: "keys", kind: "diverging" }),
    says: (s, b) => {
      const length = lengthOf(s, b);
      const masked = s.Lk - length === 1 ? `its key ${length} is` : `its keys ${length} to ${s.Lk - 1} are`;
      return `The (B, Lk) padding flags get two size-1 axes, (B, 1, 1, Lk) = (${s.B}, 1, 1, ${s.Lk}), and broadcast over the h = ${s.h} heads and Lq = ${s.Lq} queries. Item ${b} has ${length} real source token${length === 1 ? "" : "s"}, so ${length === s.Lk ? "none of its keys is masked" : `${masked} −∞ in every row of every head`}.`;
    },
  },
  {
    name: "softmax",
    code: "w = scores.softmax(dim=-1)",
    rows: [
      { label: "scores", axes: ["B", "h", "Lq", "Lk"] },
      { label: "w", axes: ["B", "h", "Lq", "Lk"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].attention.weights, index: `w[${b}, ${i}]`, columns: "keys", kind: "sequential" }),
    says: (s) => `softmax over dim = -1, the Lk axis: each of the B·h·Lq = ${s.B * s.h * s.Lq} rows sums to 1 over its real keys; masked keys get exactly 0.`,
  },
  {
    name: "w @ v",
    code: "o = w @ v",
    rows: [
      { label: "w", axes: ["B", "h", "Lq", "Lk"] },
      { label: "v", axes: ["B", "h", "Lk", "d_k"] },
      { label: "o", axes: ["B", "h", "Lq", "d_k"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].attention.output, index: `o[${b}, ${i}]`, columns: "head features", kind: "diverging" }),
    says: (s) => `(Lq, Lk) × (Lk, d_k) → (Lq, d_k) for each item and head: ${tuple(["B", "h", "Lq", "d_k"], s)}.`,
  },
  {
    name: "transpose(1, 2)",
    code: "o = o.transpose(1, 2)",
    rows: [
      { label: "o", axes: ["B", "h", "Lq", "d_k"] },
      { label: "o.transpose", axes: ["B", "Lq", "h", "d_k"] },
    ],
    slice: (t, b, i) => ({ matrix: t.perHead[i].attention.output, index: `o[${b}, :, ${i}, :]`, columns: "head features", kind: "diverging" }),
    says: (s) =>
      `transpose puts the heads back next to the features of each token: ${tuple(["B", "Lq", "h", "d_k"], s)}. Same numbers; but the tensor is no longer laid out in this order in memory, which is why the next step needs reshape, not view.`,
  },
  {
    name: "reshape",
    code: "o = o.reshape(B, Lq, d_model)",
    rows: [
      { label: "o.transpose", axes: ["B", "Lq", "h", "d_k"] },
      { label: "o", axes: ["B", "Lq", "d_model"] },
    ],
    slice: (t, b) => ({ matrix: t.concat, index: `o[${b}]`, columns: "features", kind: "diverging" }),
    says: (s, _b, i) =>
      `reshape merges h and d_k back into d_model = ${s.d_model}, the concatenation of the heads: head ${i}'s output is ${cols(i, s)} again. Shape ${tuple(["B", "Lq", "d_model"], s)}.`,
  },
  {
    name: "out_proj",
    code: "out = out_proj(o)",
    rows: [
      { label: "o", axes: ["B", "Lq", "d_model"] },
      { label: "out", axes: ["B", "Lq", "d_model"] },
    ],
    slice: (t, b) => ({ matrix: t.output, index: `out[${b}]`, columns: "features", kind: "diverging" }),
    says: (s) => `One shared W_O (d_model × d_model = ${s.d_model} × ${s.d_model}) mixes every head into every output column: ${tuple(["B", "Lq", "d_model"], s)}, the shape the layer was given.`,
  },
];

/** Item b of the batch has Lk − b real source tokens (at least one): item 0 is unpadded, later items more and more. */
function lengthOf(s: Sizes, b: number): number {
  return Math.max(1, s.Lk - b);
}

/** Draws one step's tensors as rows of coloured axis cells, each cell naming its axis and, below, its size; narrow enough for a phone. */
function shapeChart(step: Step, s: Sizes, document: Document): Element {
  const width = Math.max(...step.rows.map((r) => r.axes.length));
  const cells = step.rows.flatMap((row) =>
    row.axes.map((axis, n) => ({
      row: row.label,
      slot: step.alignRight ? width - row.axes.length + n : n,
      axis,
      text: axis === "1" ? "1" : `${axis}\n${s[axis]}`,
    })),
  );
  return plotChart({
    document,
    ariaLabel: `Shapes at step “${step.name}”: ${step.rows.map((r) => `${r.label} ${tuple(r.axes, s)}`).join("; ")}`,
    width: 336,
    height: step.rows.length * 40 + 16,
    marginLeft: 88,
    marginTop: 8,
    marginBottom: 8,
    padding: 0.08,
    x: { domain: Array.from({ length: 4 }, (_, n) => n), axis: null },
    y: { domain: step.rows.map((r) => r.label), label: null, tickSize: 0 },
    marks: [
      Plot.cell(cells, { x: "slot", y: "row", fill: (c: (typeof cells)[number]) => axisFill[c.axis], inset: 1 }),
      Plot.text(cells, { x: "slot", y: "row", text: "text", fill: "black", fontSize: 12, lineHeight: 1.1 }),
    ],
  });
}

const featureLabels = (n: number, from = 0) => Array.from({ length: n }, (_, c) => String(from + c));

/** The multi-head computation as PyTorch writes it on (B, h, L, d_k) tensors, one step at a time, with a slice computed by the core. */
export default defineFigure<State>({
  controls: [
    { kind: "range", name: "step", label: "Step", min: 1, max: steps.length, step: 1, format: (n) => `${n}. ${steps[n - 1].name}` },
    { kind: "range", name: "B", label: "Batch size B", min: 1, max: 4, step: 1 },
    { kind: "range", name: "Lq", label: "Target length Lq", min: 1, max: 6, step: 1 },
    { kind: "range", name: "Lk", label: "Source length Lk", min: 1, max: 6, step: 1 },
    { kind: "select", name: "dModel", label: "d_model", options: [4, 6, 8, 12, 16].map((d) => ({ value: String(d), label: String(d) })) },
    { kind: "select", name: "heads", label: "Heads h", options: [1, 2, 3, 4, 6, 8].map((h) => ({ value: String(h), label: String(h) })) },
    { kind: "range", name: "item", label: "Show batch item b", min: 0, max: 3, step: 1 },
    { kind: "range", name: "head", label: "Show head i", min: 0, max: 7, step: 1 },
  ],
  initial: { step: 5, B: 2, Lq: 3, Lk: 5, dModel: 8, heads: 2, item: 1, head: 0 },
  render(state, document) {
    const { B, Lq, Lk, dModel, heads, item, head } = state;
    const step = steps[state.step - 1];
    if (item >= B) throw new Error(`There is no batch item b = ${item}: a batch of B = ${B} has items 0 to ${B - 1}. Lower b or raise B.`);
    if (head >= heads) throw new Error(`There is no head i = ${head}: h = ${heads} heads are numbered 0 to ${heads - 1}. Lower i or raise h.`);
    const sizes: Sizes = { B, h: heads, Lq, Lk, d_k: dModel / heads, d_model: dModel, "1": 1 };
    const keyLengths = Array.from({ length: B }, (_, b) => lengthOf(sizes, b));
    // Every length is at most Lk, so max(keyLengths) = Lk: item 0 is never padded.
    const batch = paddedBatchExample(keyLengths, heads, 13, { Lq, dModel });
    // The core refuses h that does not divide d_model with the head counts that would: the same condition view(B, Lq, h, d_k) has.
    const traces = multiHeadCrossAttentionBatch(batch.queries, batch.memories, batch.memories, batch.params, { keyLengths });
    const slice = step.slice(traces[item], item, head);
    const rowLabels = Array.from({ length: Lq }, (_, l) => `t${l}`);
    const length = keyLengths[item];
    const colLabels =
      slice.columns === "keys"
        ? Array.from({ length: Lk }, (_, j) => (j < length ? `s${j}` : `s${j} pad`))
        : slice.columns === "head features"
          ? featureLabels(sizes.d_k, head * sizes.d_k)
          : featureLabels(dModel);
    const colTitle = slice.columns === "keys" ? "key (source position)" : "feature column of d_model";
    const map = heatmap(slice.matrix, {
      rowLabels,
      colLabels,
      kind: slice.kind,
      rowTitle: "query (target position)",
      colTitle,
      shape: ["Lq", slice.columns === "keys" ? "Lk" : slice.columns === "features" ? "d_model" : "d_k"],
      ariaLabel: `${slice.index}: the slice of batch item ${item}${slice.columns === "features" ? "" : `, head ${head}`} after step “${step.name}”, ${slice.matrix.rows} by ${slice.matrix.cols}, computed by the core`,
      document,
    });
    const tables = [
      textTable(
        document,
        `Shapes at step ${state.step}, “${step.name}”`,
        ["tensor", "axes", "sizes"],
        step.rows.map((r) => [r.label, `(${r.axes.join(", ")})`, `(${r.axes.map((a) => sizes[a]).join(", ")})`]),
      ),
      numbersTable(slice.matrix, { rowLabels, colLabels, caption: `${slice.index} after step “${step.name}”, computed by the core`, corner: `query \\ ${slice.columns === "keys" ? "key" : "column"}`, document }),
    ];
    const readout = `Step ${state.step} of ${steps.length}, ${step.code}. ${step.says(sizes, item, head)} The map is ${slice.index}.`;
    return { plots: [shapeChart(step, sizes, document), map], tables, readout };
  },
});
