import { createRandom, randomMatrix, scaledDotProductAttentionBackward, type AttentionGradients, type HeadTrace, type Matrix } from "../core";
import { formatSignificant } from "../plots/formatSignificant";
import { formatValue } from "../plots/formatValue";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { defineFigure, type FigureDefinition } from "./figureDefinition";
import { defaultSettings } from "./stepperSettings";
import { stageTitle, stepperContext, type Shown, type StepperContext } from "./stepperStages";
import { stepperText, type BackwardFacts, type BackwardStageKey } from "../i18n/stepperText";
import type { Lang } from "../i18n/lang";

/** The forward stepper's running example at its default settings (head 1), run backward by the core. */
export interface BackwardStagesContext {
  c: StepperContext;
  /** Head 1 of the forward trace: its Q (Lq, dk), K (Lk, dk), V (Lk, dv) and attention trace. */
  head: HeadTrace;
  /** (Lq, dv): the gradient the layers above send back to head 1's output, a fixed random matrix. */
  dOutput: Matrix;
  gradients: AttentionGradients;
  /** Indices of the <pad> keys. */
  pads: number[];
}

/** The same example as the forward stepper, with the padding mask on or off. */
export function backwardStagesContext(mask: boolean): BackwardStagesContext {
  const c = stepperContext({ ...defaultSettings, mask });
  const head = c.trace.perHead[0];
  const dOutput = randomMatrix(createRandom(c.settings.seed + 2000), c.Lq, head.v.cols); // (Lq, dv)
  const gradients = scaledDotProductAttentionBackward(head.q, head.k, head.v, head.attention, dOutput);
  const pads = c.source.flatMap((token, j) => (token === "<pad>" ? [j] : []));
  return { c, head, dOutput, gradients, pads };
}

/** Largest |entry| of m in the given rows (or columns). */
export function largestIn(m: Matrix, along: "rows" | "cols", indices: readonly number[]): number {
  let largest = 0;
  for (let i = 0; i < m.rows; i++) {
    for (let j = 0; j < m.cols; j++) {
      if (indices.includes(along === "rows" ? i : j)) largest = Math.max(largest, Math.abs(m.data[i * m.cols + j]));
    }
  }
  return largest;
}

type StageName = BackwardStageKey;

interface State {
  [key: string]: string | boolean;
  stage: StageName;
  /** Mask the <pad> keys, as the forward stepper does by default. */
  mask: boolean;
}

const dims = (n: number) => Array.from({ length: n }, (_, j) => String(j + 1));

/** Each backward stage: the forward stages it reverses (1-based), what it shows, and where its sentence looks for the <pad> entries. */
const backwardStages: Record<StageName, { reverses: number[]; shows: (b: BackwardStagesContext) => Shown[]; pads?: (b: BackwardStagesContext) => number }> = {
  dO: {
    reverses: [7],
    shows: ({ c, head, dOutput }) => [
      { name: "O = A V", m: head.attention.output, rows: c.target, cols: dims(head.v.cols), shape: ["Lq", "d_v"], kind: "diverging" },
      { name: "dO", m: dOutput, rows: c.target, cols: dims(head.v.cols), shape: ["Lq", "d_v"], kind: "diverging" },
    ],
  },
  dV: {
    reverses: [7],
    shows: ({ c, head, dOutput, gradients }) => [
      { name: "A", m: head.attention.weights, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "sequential" },
      { name: "dO", m: dOutput, rows: c.target, cols: dims(head.v.cols), shape: ["Lq", "d_v"], kind: "diverging" },
      { name: "dV = Aᵀ dO", m: gradients.dV, rows: c.source, cols: dims(head.v.cols), shape: ["Lk", "d_v"], kind: "diverging" },
    ],
    pads: ({ gradients, pads }) => largestIn(gradients.dV, "rows", pads),
  },
  dA: {
    reverses: [7],
    shows: ({ c, head, dOutput, gradients }) => [
      { name: "dO", m: dOutput, rows: c.target, cols: dims(head.v.cols), shape: ["Lq", "d_v"], kind: "diverging" },
      { name: "V", m: head.v, rows: c.source, cols: dims(head.v.cols), shape: ["Lk", "d_v"], kind: "diverging" },
      { name: "dA = dO Vᵀ", m: gradients.dWeights, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
    ],
    pads: ({ gradients, pads }) => largestIn(gradients.dWeights, "cols", pads),
  },
  dS: {
    reverses: [6, 5],
    shows: ({ c, head, gradients }) => [
      { name: "A", m: head.attention.weights, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "sequential" },
      { name: "dA", m: gradients.dWeights, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
      { name: "dS", m: gradients.dScaled, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
    ],
    pads: ({ gradients, pads }) => largestIn(gradients.dScaled, "cols", pads),
  },
  dQ: {
    reverses: [4, 3],
    shows: ({ c, head, gradients }) => [
      { name: "dS", m: gradients.dScaled, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
      { name: "K", m: head.k, rows: c.source, cols: dims(head.k.cols), shape: ["Lk", "d_k"], kind: "diverging" },
      { name: "dQ = dS K / √d_k", m: gradients.dQ, rows: c.target, cols: dims(head.q.cols), shape: ["Lq", "d_k"], kind: "diverging" },
    ],
  },
  dK: {
    reverses: [4, 3],
    shows: ({ c, head, gradients }) => [
      { name: "dS", m: gradients.dScaled, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
      { name: "Q", m: head.q, rows: c.target, cols: dims(head.q.cols), shape: ["Lq", "d_k"], kind: "diverging" },
      { name: "dK = dSᵀ Q / √d_k", m: gradients.dK, rows: c.source, cols: dims(head.k.cols), shape: ["Lk", "d_k"], kind: "diverging" },
    ],
    pads: ({ gradients, pads }) => largestIn(gradients.dK, "rows", pads),
  },
};

/** What stage `name`'s sentence quotes, computed from the backward trace. */
function backwardFacts(name: StageName, b: BackwardStagesContext, mask: boolean): BackwardFacts {
  const largest = backwardStages[name].pads?.(b) ?? 0;
  return { Lq: b.c.Lq, dv: b.head.v.cols, dk: b.head.q.cols, pads: b.pads.length, mask, largest: largest === 0 ? null : formatSignificant(largest), scale: formatValue(b.head.attention.scale, 3) };
}

/** The backward-pass lesson's figure in edition `lang`: the backward pass of the forward stepper's head 1, stage by stage, from dO back to dQ and dK. */
export function backwardStagesFigure(lang: Lang): FigureDefinition<State> {
  const text = stepperText[lang];
  /** "stage 7 (Weights times values)" of the forward stepper, named from its own titles. */
  const forward = (ns: number[]) => text.forwardStages(ns.map((n) => text.forwardStage(n, stageTitle(n - 1, lang))));
  return {
    controls: [
      { kind: "select", name: "stage", label: text.backwardStageLabel, options: (Object.keys(backwardStages) as StageName[]).map((value) => ({ value, label: text.backward[value].label })) },
      { kind: "checkbox", name: "mask", label: text.maskPads },
    ],
    initial: { stage: "dS", mask: true },
    render(state, document) {
      const stage = backwardStages[state.stage];
      if (!stage) throw new Error(`Backward stage "${state.stage}" does not exist; choose one of ${Object.keys(backwardStages).join(", ")}`);
      const b = backwardStagesContext(state.mask);
      const shown = stage.shows(b);
      const plots = shown.map((s) => {
        const box = document.createElement("div");
        box.className = "stage-matrix";
        const name = document.createElement("p");
        name.className = "matrix-name";
        name.textContent = s.name;
        box.append(name, heatmap(s.m, { rowLabels: s.rows, colLabels: s.cols, kind: s.kind, ariaLabel: `${s.name}, ${s.m.rows} × ${s.m.cols}`, shape: s.shape, marginLeft: 70, document, lang }));
        return box;
      });
      const tables = () => shown.map((s) => numbersTable(s.m, { rowLabels: s.rows, colLabels: s.cols, caption: `${s.name} (${s.m.rows} × ${s.m.cols})`, document }));
      const words = text.backward[state.stage];
      return { plots, tables, readout: text.backwardReadout(words.label, forward(stage.reverses), words.sentence(backwardFacts(state.stage, b, state.mask))) };
    },
  };
}

export default defineFigure<State>(backwardStagesFigure);
