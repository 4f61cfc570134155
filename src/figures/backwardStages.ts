import { createRandom, randomMatrix, scaledDotProductAttentionBackward, type AttentionGradients, type HeadTrace, type Matrix } from "../core";
import { formatSignificant } from "../plots/formatSignificant";
import { formatValue } from "../plots/formatValue";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { defineFigure } from "./figureDefinition";
import { defaultSettings } from "./stepperSettings";
import { stages as forwardStages, stepperContext, type StepperContext } from "./stepperStages";

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

type StageName = "dO" | "dV" | "dA" | "dS" | "dQ" | "dK";

interface State {
  [key: string]: string | boolean;
  stage: StageName;
  /** Mask the <pad> keys, as the forward stepper does by default. */
  mask: boolean;
}

/** One matrix a stage shows, as in the forward stepper. */
interface Shown {
  name: string;
  m: Matrix;
  rows: string[];
  cols: string[];
  shape: [string, string];
  kind: "sequential" | "diverging";
}

/** "the stage 7 (Weights times values)" of the forward stepper, named from its own titles. */
const forward = (...ns: number[]) => ns.map((n) => `stage ${n} (${forwardStages[n - 1].title})`).join(" and ");
const dims = (n: number) => Array.from({ length: n }, (_, j) => String(j + 1));
const exactly = (x: number) => (x === 0 ? "exactly 0" : `not 0 (largest |entry| ${formatSignificant(x)})`);

const backwardStages: Record<StageName, { label: string; reverses: string; shows: (b: BackwardStagesContext) => Shown[]; sentence: (b: BackwardStagesContext, mask: boolean) => string }> = {
  dO: {
    label: "1. dO, the gradient at the output",
    reverses: forward(7),
    shows: ({ c, head, dOutput }) => [
      { name: "O = A V", m: head.attention.output, rows: c.target, cols: dims(head.v.cols), shape: ["Lq", "d_v"], kind: "diverging" },
      { name: "dO", m: dOutput, rows: c.target, cols: dims(head.v.cols), shape: ["Lq", "d_v"], kind: "diverging" },
    ],
    sentence: ({ c, head }) =>
      `dO is what the layers above send back: one entry per entry of the output, ${c.Lq} × ${head.v.cols}. Here it is a fixed random matrix, as for the loss L = sum(G ∘ O) with G = dO.`,
  },
  dV: {
    label: "2. dV = Aᵀ dO",
    reverses: forward(7),
    shows: ({ c, head, dOutput, gradients }) => [
      { name: "A", m: head.attention.weights, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "sequential" },
      { name: "dO", m: dOutput, rows: c.target, cols: dims(head.v.cols), shape: ["Lq", "d_v"], kind: "diverging" },
      { name: "dV = Aᵀ dO", m: gradients.dV, rows: c.source, cols: dims(head.v.cols), shape: ["Lk", "d_v"], kind: "diverging" },
    ],
    sentence: ({ gradients, pads }, mask) =>
      `Value row j receives every query's dO, weighted by that query's weight on key j. The rows of dV for the ${pads.length} <pad> keys are ${exactly(largestIn(gradients.dV, "rows", pads))}${mask ? ": no query puts weight on them" : ": unmasked, they take weight, so their values learn from padding"}.`,
  },
  dA: {
    label: "3. dA = dO Vᵀ",
    reverses: forward(7),
    shows: ({ c, head, dOutput, gradients }) => [
      { name: "dO", m: dOutput, rows: c.target, cols: dims(head.v.cols), shape: ["Lq", "d_v"], kind: "diverging" },
      { name: "V", m: head.v, rows: c.source, cols: dims(head.v.cols), shape: ["Lk", "d_v"], kind: "diverging" },
      { name: "dA = dO Vᵀ", m: gradients.dWeights, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
    ],
    sentence: ({ gradients, pads }) =>
      `dA(i, j) = dO_i · v_j: how the loss would change if query i put more weight on key j. It knows nothing of the mask: in the <pad> columns it is ${exactly(largestIn(gradients.dWeights, "cols", pads))}; the softmax's backward, next, decides what gets through.`,
  },
  dS: {
    label: "4. dS = A ∘ (dA − rowsum(dA ∘ A))",
    reverses: forward(6, 5),
    shows: ({ c, head, gradients }) => [
      { name: "A", m: head.attention.weights, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "sequential" },
      { name: "dA", m: gradients.dWeights, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
      { name: "dS", m: gradients.dScaled, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
    ],
    sentence: ({ gradients, pads }, mask) =>
      `Through the softmax: dS is A times how much dA beats the row's weighted average. In the <pad> columns it is ${exactly(largestIn(gradients.dScaled, "cols", pads))}${mask ? ", because their weights are 0" : ""}. Every row of dS sums to 0, up to rounding: adding a constant to a row of scores changes no weight.`,
  },
  dQ: {
    label: "5. dQ = dS K / √d_k",
    reverses: forward(4, 3),
    shows: ({ c, head, gradients }) => [
      { name: "dS", m: gradients.dScaled, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
      { name: "K", m: head.k, rows: c.source, cols: dims(head.k.cols), shape: ["Lk", "d_k"], kind: "diverging" },
      { name: "dQ = dS K / √d_k", m: gradients.dQ, rows: c.target, cols: dims(head.q.cols), shape: ["Lq", "d_k"], kind: "diverging" },
    ],
    sentence: ({ head }, mask) =>
      `Query i's gradient mixes the key rows with its row of dS as weights, then the scale multiplies it again: 1/√${head.q.cols} = ${formatValue(head.attention.scale, 3)}. ${mask ? "The <pad> keys' rows of K add nothing: their dS is 0." : "Unmasked, the <pad> keys' rows of K are mixed in too."}`,
  },
  dK: {
    label: "6. dK = dSᵀ Q / √d_k",
    reverses: forward(4, 3),
    shows: ({ c, head, gradients }) => [
      { name: "dS", m: gradients.dScaled, rows: c.target, cols: c.source, shape: ["Lq", "Lk"], kind: "diverging" },
      { name: "Q", m: head.q, rows: c.target, cols: dims(head.q.cols), shape: ["Lq", "d_k"], kind: "diverging" },
      { name: "dK = dSᵀ Q / √d_k", m: gradients.dK, rows: c.source, cols: dims(head.k.cols), shape: ["Lk", "d_k"], kind: "diverging" },
    ],
    sentence: ({ gradients, pads }, mask) =>
      `Key j's gradient mixes the query rows with column j of dS, times the same scale. The rows of dK for the <pad> keys are ${exactly(largestIn(gradients.dK, "rows", pads))}${mask ? ": a key that every query masks gets no gradient at all" : ""}.`,
  },
};

/** The backward-pass lesson: the backward pass of the forward stepper's head 1, stage by stage, from dO back to dQ and dK. */
export default defineFigure<State>({
  controls: [
    { kind: "select", name: "stage", label: "Backward stage", options: Object.entries(backwardStages).map(([value, s]) => ({ value, label: s.label })) },
    { kind: "checkbox", name: "mask", label: "Mask the <pad> keys" },
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
      box.append(name, heatmap(s.m, { rowLabels: s.rows, colLabels: s.cols, kind: s.kind, ariaLabel: `${s.name}, ${s.m.rows} × ${s.m.cols}`, shape: s.shape, marginLeft: 70, document }));
      return box;
    });
    const tables = () => shown.map((s) => numbersTable(s.m, { rowLabels: s.rows, colLabels: s.cols, caption: `${s.name} (${s.m.rows} × ${s.m.cols})`, document }));
    return { plots, tables, readout: `${stage.label}, the reverse of the forward ${stage.reverses}. ${stage.sentence(b, state.mask)}` };
  },
});
