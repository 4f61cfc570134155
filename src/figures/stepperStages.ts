import {
  keyPaddingMask,
  maskToBias,
  matrix,
  multiHeadCrossAttention,
  randomMatrix,
  createRandom,
  allowAll,
  type Matrix,
  type MultiHeadTrace,
} from "../core";
import { multiHeadExample } from "../examples/multiHeadExample";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { smallMultiples } from "../plots/smallMultiples";
import { formatValue } from "../plots/formatValue";
import type { StepperSettings } from "./stepperSettings";

/** Padding appended to the source, as in a batch whose longest source has 6 tokens. */
const PADS = 2;

/** Everything one stepper setting computes: the inputs, the multi-head trace and the mask. */
export interface StepperContext {
  settings: StepperSettings;
  source: string[]; // Lk tokens, padding included
  target: string[]; // Lq tokens
  xt: Matrix; // (Lq, dModel) target states
  xs: Matrix; // (Lk, dModel) source memory
  wq: Matrix; // (dModel, dModel)
  wo: Matrix; // (dModel, dModel)
  /** (Lq, Lk): 0 where allowed, -Infinity where masked (all 0 with the mask off). */
  maskBias: Matrix;
  trace: MultiHeadTrace;
  dModel: number;
  Lq: number;
  Lk: number;
}

/** Runs the core on the running sentences at the reader's settings (d_model = heads x dk). */
export function stepperContext(settings: StepperSettings): StepperContext {
  const dModel = settings.heads * settings.dk;
  const example = multiHeadExample({ dModel, heads: settings.heads, seed: settings.seed });
  // The encoder still emits a vector at each <pad> position: random, so only the mask keeps it out.
  const pads = randomMatrix(createRandom(settings.seed + 1000), PADS, dModel);
  const xs = matrix(example.memory.rows + PADS, dModel, [...example.memory.data, ...pads.data]); // (Lk, dModel)
  const source = [...example.source, ...Array.from({ length: PADS }, () => "<pad>")];
  const Lq = example.target.length;
  const Lk = source.length;
  const keyLength = settings.mask ? example.source.length : Lk;
  const trace = multiHeadCrossAttention(example.query, xs, xs, example.params, { keyLength });
  return {
    settings,
    source,
    target: example.target,
    xt: example.query,
    xs,
    wq: example.params.wq,
    wo: example.params.wo,
    maskBias: maskToBias(settings.mask ? keyPaddingMask(Lq, Lk, keyLength) : allowAll(Lq, Lk)),
    trace,
    dModel,
    Lq,
    Lk,
  };
}

/** One matrix a stage shows: its name as typeset in the formula, shape names and axis labels. */
export interface Shown {
  name: string;
  m: Matrix;
  rows: string[];
  cols: string[];
  shape: [string, string];
  kind?: "sequential" | "diverging";
}

/** One stage of the stepper: its title, formula (TeX, current term in \htmlClass{hl}) and sentence. */
export interface Stage {
  title: string;
  tex: string;
  sentence(c: StepperContext): string;
  shows(c: StepperContext): Shown[] | { heads: true };
}

/** Column labels 1..n. */
const indices = (n: number) => Array.from({ length: n }, (_, j) => String(j + 1));
const head1 = (c: StepperContext) => c.trace.perHead[0];
const followed = (c: StepperContext) =>
  c.settings.heads > 1 ? ` With ${c.settings.heads} heads, stages 1–7 follow head 1, whose weights are the first d_k = ${c.settings.dk} columns of the full ones; stage 8 shows the split.` : "";

export const stages: Stage[] = [
  {
    title: "Queries from the target",
    tex: String.raw`\htmlClass{hl}{Q} = X_t\, W_Q + b_Q`,
    sentence: (c) => `Each target token's state (a row of X_t) is projected to a query: what that token is looking for in the source.${followed(c)}`,
    shows: (c) => [
      { name: "X_t", m: c.xt, rows: c.target, cols: indices(c.dModel), shape: ["Lq", "d_model"], kind: "diverging" },
      { name: "Q", m: head1(c).q, rows: c.target, cols: indices(c.settings.dk), shape: ["Lq", "d_k"], kind: "diverging" },
    ],
  },
  {
    title: "Keys and values from the source",
    tex: String.raw`\htmlClass{hl}{K} = X_s\, W_K + b_K, \qquad \htmlClass{hl}{V} = X_s\, W_V + b_V`,
    sentence: () => "The source memory (the encoder's output, one row per source token, padding included) gives both the keys, which get matched, and the values, which get mixed.",
    shows: (c) => [
      { name: "X_s", m: c.xs, rows: c.source, cols: indices(c.dModel), shape: ["Lk", "d_model"], kind: "diverging" },
      { name: "K", m: head1(c).k, rows: c.source, cols: indices(c.settings.dk), shape: ["Lk", "d_k"], kind: "diverging" },
      { name: "V", m: head1(c).v, rows: c.source, cols: indices(c.settings.dk), shape: ["Lk", "d_v"], kind: "diverging" },
    ],
  },
  {
    title: "Scores: every query against every key",
    tex: String.raw`S = \htmlClass{hl}{Q K^{\top}}`,
    sentence: (c) => `Entry (i, j) is the dot product of query i with key j. ${c.Lq} queries by ${c.Lk} keys: the score matrix is ${c.Lq} × ${c.Lk}, not square.`,
    shows: (c) => [{ name: "QKᵀ", m: head1(c).attention.scores, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" }],
  },
  {
    title: "Divide by √d_k",
    tex: String.raw`\frac{Q K^{\top}}{\htmlClass{hl}{\sqrt{d_k}}}`,
    sentence: (c) => `Dividing by √${c.settings.dk} = ${formatValue(Math.sqrt(c.settings.dk), 3)} keeps the scores' spread from growing with d_k (variance 1 when q and k have independent, zero-mean, unit-variance components), so the softmax does not saturate.`,
    shows: (c) => [{ name: "QKᵀ/√d_k", m: head1(c).attention.scaled, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" }],
  },
  {
    title: "Add the mask",
    tex: String.raw`\frac{Q K^{\top}}{\sqrt{d_k}} + \htmlClass{hl}{M}`,
    sentence: (c) =>
      c.settings.mask
        ? `M is 0 for real source tokens and −∞ for the ${PADS} <pad> keys, for every query: key padding, the mask cross-attention needs.`
        : `The mask is off: M is all zeros, so the <pad> keys keep their scores and will take weight they should not have.`,
    shows: (c) => [
      { name: "M", m: c.maskBias, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
      { name: "QKᵀ/√d_k + M", m: head1(c).attention.masked, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
    ],
  },
  {
    title: "Softmax over the keys",
    tex: String.raw`A = \htmlClass{hl}{\operatorname{softmax}}\!\left(\frac{Q K^{\top}}{\sqrt{d_k}} + M\right)`,
    sentence: () => "Softmax runs along each row, over the keys: each query's weights are positive, sum to 1, and a masked key gets exactly 0.",
    shows: (c) => [{ name: "A", m: head1(c).attention.weights, rows: c.target, cols: c.source, shape: ["Lq", "Lk"] }],
  },
  {
    title: "Weights times values",
    tex: String.raw`\operatorname{Attention}(Q, K, V) = \htmlClass{hl}{A\, V}`,
    sentence: () => "Each output row is a weighted average of the rows of V, with that query's weights: one row per target token.",
    shows: (c) => [
      { name: "A", m: head1(c).attention.weights, rows: c.target, cols: c.source, shape: ["Lq", "Lk"] },
      { name: "V", m: head1(c).v, rows: c.source, cols: indices(c.settings.dk), shape: ["Lk", "d_v"], kind: "diverging" },
      { name: "A V", m: head1(c).attention.output, rows: c.target, cols: indices(c.settings.dk), shape: ["Lq", "d_v"], kind: "diverging" },
    ],
  },
  {
    title: "Multi-head: split into heads",
    tex: String.raw`Q = \big[\, \htmlClass{hl}{Q_1} \mid Q_2 \mid \cdots \mid Q_h \,\big]`,
    sentence: (c) =>
      `The full projections are ${c.Lq} × ${c.dModel}; head i takes columns ${c.settings.dk}(i−1)+1 to ${c.settings.dk}i of Q, K and V, so h = ${c.settings.heads} heads of width d_k = ${c.settings.dk} share d_model = ${c.dModel}.`,
    shows: (c) => [
      { name: "Q (all heads)", m: c.trace.q, rows: c.target, cols: headCols(c), shape: ["Lq", "d_model"], kind: "diverging" },
      { name: "K (all heads)", m: c.trace.k, rows: c.source, cols: headCols(c), shape: ["Lk", "d_model"], kind: "diverging" },
      { name: "V (all heads)", m: c.trace.v, rows: c.source, cols: headCols(c), shape: ["Lk", "d_model"], kind: "diverging" },
    ],
  },
  {
    title: "Each head attends on its own",
    tex: String.raw`\mathrm{head}_i = \htmlClass{hl}{\operatorname{Attention}(Q_i, K_i, V_i)}`,
    sentence: (c) => `Stages 3–7 run in every head independently, each with the same mask: ${c.settings.heads} weight matrices of ${c.Lq} × ${c.Lk}, each free to look at different source tokens.`,
    shows: () => ({ heads: true }),
  },
  {
    title: "Concatenate the heads",
    tex: String.raw`\htmlClass{hl}{\operatorname{Concat}}(\mathrm{head}_1, \ldots, \mathrm{head}_h)`,
    sentence: (c) => `The heads' outputs, each ${c.Lq} × ${c.settings.dk}, are placed side by side: ${c.Lq} × ${c.dModel} again.`,
    shows: (c) => [{ name: "Concat", m: c.trace.concat, rows: c.target, cols: headCols(c), shape: ["Lq", "d_model"], kind: "diverging" }],
  },
  {
    title: "Output projection",
    tex: String.raw`\operatorname{MultiHead}(X_t, X_s) = \operatorname{Concat}(\ldots)\, \htmlClass{hl}{W_O} + b_O`,
    sentence: () => "W_O mixes what the heads found into one d_model-wide vector per target token: the layer's output, one row per query.",
    shows: (c) => [
      { name: "W_O", m: c.wo, rows: headCols(c), cols: indices(c.dModel), shape: ["d_model", "d_model"], kind: "diverging" },
      { name: "output", m: c.trace.output, rows: c.target, cols: indices(c.dModel), shape: ["Lq", "d_model"], kind: "diverging" },
    ],
  },
];

/** Column labels "h1·1 … h2·4": which head owns each of the d_model columns. */
function headCols(c: StepperContext): string[] {
  return Array.from({ length: c.dModel }, (_, j) => (c.settings.heads > 1 ? `h${Math.floor(j / c.settings.dk) + 1}·${(j % c.settings.dk) + 1}` : String(j + 1)));
}

/**
 * The plots and tables of stage `index` (0-based); `document` is linkedom's at build time. The
 * tables are built on demand: the page builds them only while "Show the numbers" is open.
 */
export function renderStage(index: number, c: StepperContext, document: Document): { plots: Element[]; tables: () => HTMLTableElement[] } {
  const shown = stages[index].shows(c);
  if ("heads" in shown) {
    const panels = c.trace.perHead.map((h, n) => ({
      title: `head ${n + 1}`,
      m: h.attention.weights,
      ariaLabel: `Attention weights of head ${n + 1}: ${c.Lq} target tokens by ${c.Lk} source tokens`,
    }));
    const plot = smallMultiples(panels, { rowLabels: c.target, colLabels: c.source, shape: ["Lq", "Lk"], cellSize: c.settings.heads > 2 ? 26 : 40, document });
    const tables = () =>
      c.trace.perHead.map((h, n) =>
        numbersTable(h.attention.weights, { rowLabels: c.target, colLabels: c.source, caption: `Head ${n + 1} weights (Lq × Lk)`, corner: "query \\ key", document }),
      );
    return { plots: [plot], tables };
  }
  const plots: Element[] = [];
  for (const s of shown) {
    const box = document.createElement("div");
    box.className = "stage-matrix";
    const name = document.createElement("p");
    name.className = "matrix-name";
    name.textContent = s.name;
    box.append(
      name,
      heatmap(s.m, {
        rowLabels: s.rows,
        colLabels: s.cols,
        kind: s.kind ?? "sequential",
        ariaLabel: `${s.name}, ${s.m.rows} × ${s.m.cols}`,
        shape: s.shape,
        marginLeft: 70,
        document,
      }),
    );
    plots.push(box);
  }
  const tables = () => shown.map((s) => numbersTable(s.m, { rowLabels: s.rows, colLabels: s.cols, caption: `${s.name} (${s.m.rows} × ${s.m.cols})`, document }));
  return { plots, tables };
}
