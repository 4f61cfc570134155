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
import { stepperText, type StageFacts, type StageKey } from "../i18n/stepperText";
import type { Lang } from "../i18n/lang";

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

/** One stage of the stepper: its key (naming its words in stepperText), formula (TeX, current term in \htmlClass{hl}) and matrices. */
export interface Stage {
  key: StageKey;
  tex: string;
  shows(c: StepperContext, lang: Lang): Shown[] | { heads: true };
}

/** Column labels 1..n. */
const indices = (n: number) => Array.from({ length: n }, (_, j) => String(j + 1));
const head1 = (c: StepperContext) => c.trace.perHead[0];

/** What the stages' sentences quote, from the core's results at these settings. */
function facts(c: StepperContext): StageFacts {
  const { dk, heads, mask } = c.settings;
  return { Lq: c.Lq, Lk: c.Lk, dk, heads, dModel: c.dModel, mask, pads: PADS, sqrtDk: formatValue(Math.sqrt(dk), 3) };
}

/** Stage `index`'s title (0-based) in the reader's language. */
export function stageTitle(index: number, lang: Lang): string {
  return stepperText[lang].stages[stages[index].key].title;
}

/** Stage `index`'s sentence (0-based) for these settings, in the reader's language. */
export function stageSentence(index: number, c: StepperContext, lang: Lang): string {
  const text = stepperText[lang];
  const f = facts(c);
  const sentence = text.stages[stages[index].key].sentence(f);
  // Stage 1 says which head stages 1-7 follow, once there is more than one.
  return index === 0 && c.settings.heads > 1 ? sentence + text.followsHead1(f) : sentence;
}

export const stages: Stage[] = [
  {
    key: "queries",
    tex: String.raw`\htmlClass{hl}{Q} = X_t\, W_Q + b_Q`,
    shows: (c) => [
      { name: "X_t", m: c.xt, rows: c.target, cols: indices(c.dModel), shape: ["Lq", "d_model"], kind: "diverging" },
      { name: "Q", m: head1(c).q, rows: c.target, cols: indices(c.settings.dk), shape: ["Lq", "d_k"], kind: "diverging" },
    ],
  },
  {
    key: "keysValues",
    tex: String.raw`\htmlClass{hl}{K} = X_s\, W_K + b_K, \qquad \htmlClass{hl}{V} = X_s\, W_V + b_V`,
    shows: (c) => [
      { name: "X_s", m: c.xs, rows: c.source, cols: indices(c.dModel), shape: ["Lk", "d_model"], kind: "diverging" },
      { name: "K", m: head1(c).k, rows: c.source, cols: indices(c.settings.dk), shape: ["Lk", "d_k"], kind: "diverging" },
      { name: "V", m: head1(c).v, rows: c.source, cols: indices(c.settings.dk), shape: ["Lk", "d_v"], kind: "diverging" },
    ],
  },
  {
    key: "scores",
    tex: String.raw`S = \htmlClass{hl}{Q K^{\top}}`,
    shows: (c) => [{ name: "QKᵀ", m: head1(c).attention.scores, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" }],
  },
  {
    key: "scale",
    tex: String.raw`\frac{Q K^{\top}}{\htmlClass{hl}{\sqrt{d_k}}}`,
    shows: (c) => [{ name: "QKᵀ/√d_k", m: head1(c).attention.scaled, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" }],
  },
  {
    key: "mask",
    tex: String.raw`\frac{Q K^{\top}}{\sqrt{d_k}} + \htmlClass{hl}{M}`,
    shows: (c) => [
      { name: "M", m: c.maskBias, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
      { name: "QKᵀ/√d_k + M", m: head1(c).attention.masked, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
    ],
  },
  {
    key: "softmax",
    tex: String.raw`A = \htmlClass{hl}{\operatorname{softmax}}\!\left(\frac{Q K^{\top}}{\sqrt{d_k}} + M\right)`,
    shows: (c) => [{ name: "A", m: head1(c).attention.weights, rows: c.target, cols: c.source, shape: ["Lq", "Lk"] }],
  },
  {
    key: "weightedSum",
    tex: String.raw`\operatorname{Attention}(Q, K, V) = \htmlClass{hl}{A\, V}`,
    shows: (c) => [
      { name: "A", m: head1(c).attention.weights, rows: c.target, cols: c.source, shape: ["Lq", "Lk"] },
      { name: "V", m: head1(c).v, rows: c.source, cols: indices(c.settings.dk), shape: ["Lk", "d_v"], kind: "diverging" },
      { name: "A V", m: head1(c).attention.output, rows: c.target, cols: indices(c.settings.dk), shape: ["Lq", "d_v"], kind: "diverging" },
    ],
  },
  {
    key: "split",
    tex: String.raw`Q = \big[\, \htmlClass{hl}{Q_1} \mid Q_2 \mid \cdots \mid Q_h \,\big]`,
    shows: (c, lang) => [
      { name: stepperText[lang].allHeads("Q"), m: c.trace.q, rows: c.target, cols: headCols(c), shape: ["Lq", "d_model"], kind: "diverging" },
      { name: stepperText[lang].allHeads("K"), m: c.trace.k, rows: c.source, cols: headCols(c), shape: ["Lk", "d_model"], kind: "diverging" },
      { name: stepperText[lang].allHeads("V"), m: c.trace.v, rows: c.source, cols: headCols(c), shape: ["Lk", "d_model"], kind: "diverging" },
    ],
  },
  {
    key: "perHead",
    tex: String.raw`\mathrm{head}_i = \htmlClass{hl}{\operatorname{Attention}(Q_i, K_i, V_i)}`,
    shows: () => ({ heads: true }),
  },
  {
    key: "concat",
    tex: String.raw`\htmlClass{hl}{\operatorname{Concat}}(\mathrm{head}_1, \ldots, \mathrm{head}_h)`,
    shows: (c) => [{ name: "Concat", m: c.trace.concat, rows: c.target, cols: headCols(c), shape: ["Lq", "d_model"], kind: "diverging" }],
  },
  {
    key: "output",
    tex: String.raw`\operatorname{MultiHead}(X_t, X_s) = \operatorname{Concat}(\ldots)\, \htmlClass{hl}{W_O} + b_O`,
    shows: (c, lang) => [
      { name: "W_O", m: c.wo, rows: headCols(c), cols: indices(c.dModel), shape: ["d_model", "d_model"], kind: "diverging" },
      { name: stepperText[lang].outputName, m: c.trace.output, rows: c.target, cols: indices(c.dModel), shape: ["Lq", "d_model"], kind: "diverging" },
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
export function renderStage(index: number, c: StepperContext, document: Document, lang: Lang): { plots: Element[]; tables: () => HTMLTableElement[] } {
  const text = stepperText[lang];
  const shown = stages[index].shows(c, lang);
  if ("heads" in shown) {
    const panels = c.trace.perHead.map((h, n) => ({
      title: text.headTitle(n + 1),
      m: h.attention.weights,
      ariaLabel: text.headWeightsLabel(n + 1, c.Lq, c.Lk),
    }));
    const plot = smallMultiples(panels, { rowLabels: c.target, colLabels: c.source, shape: ["Lq", "Lk"], cellSize: c.settings.heads > 2 ? 26 : 40, document, lang });
    const tables = () =>
      c.trace.perHead.map((h, n) =>
        numbersTable(h.attention.weights, { rowLabels: c.target, colLabels: c.source, caption: text.headWeightsCaption(n + 1), corner: text.queryKeyCorner, document }),
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
        lang,
      }),
    );
    plots.push(box);
  }
  const tables = () => shown.map((s) => numbersTable(s.m, { rowLabels: s.rows, colLabels: s.cols, caption: `${s.name} (${s.m.rows} × ${s.m.cols})`, document }));
  return { plots, tables };
}
