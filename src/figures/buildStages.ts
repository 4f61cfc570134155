import { keyPaddingMask, scaledDotProductAttention, type Matrix } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { paddedTranslationExample } from "../examples/paddedTranslationExample";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: string | boolean;
  stage: "scores" | "scaled" | "masked" | "weights" | "output";
  /** Block the "<pad>" keys. */
  mask: boolean;
}

const example = paddedTranslationExample(2);
const Lq = example.target.length;
const Lk = example.source.length;

const stageText: Record<State["stage"], string> = {
  scores: "1. scores Q Kᵀ",
  scaled: "2. scaled by 1/√d_k",
  masked: "3. masked (−∞ where blocked)",
  weights: "4. softmax over each row",
  output: "5. output = weights × V",
};

/** The build-it-yourself lesson: each stage of the trace the reader rebuilds in cells, on a padded source. */
export default defineFigure<State>({
  controls: [
    { kind: "select", name: "stage", label: "Stage", options: Object.entries(stageText).map(([value, label]) => ({ value, label })) },
    { kind: "checkbox", name: "mask", label: "Mask the <pad> keys" },
  ],
  initial: { stage: "weights", mask: true },
  render(state, document) {
    const allowed = state.mask ? keyPaddingMask(Lq, Lk, example.length) : undefined;
    const trace = scaledDotProductAttention(example.q, example.k, example.v, { allowed });
    const m: Matrix = trace[state.stage];
    const isOutput = state.stage === "output";
    const colLabels = isOutput ? Array.from({ length: m.cols }, (_, c) => `v${c + 1}`) : example.source;
    const plot = heatmap(m, {
      rowLabels: example.target,
      colLabels,
      kind: state.stage === "weights" ? "sequential" : "diverging",
      rowTitle: "query (target)",
      colTitle: isOutput ? "output column (d_v)" : "key (source)",
      ariaLabel: `Stage ${stageText[state.stage]}: a ${m.rows} by ${m.cols} matrix${state.mask ? ", padding masked" : ", padding not masked"}`,
      document,
    });
    const table = numbersTable(m, { rowLabels: example.target, colLabels, caption: `Stage ${stageText[state.stage]} (${m.rows}x${m.cols})`, corner: isOutput ? "query \\ column" : "query \\ key", document });
    const padWeight = Array.from({ length: Lq }, (_, i) => trace.weights.data[i * Lk + Lk - 1] + trace.weights.data[i * Lk + Lk - 2]);
    const readout =
      `${stageText[state.stage]}: ${m.rows}x${m.cols}. ` +
      (state.mask ? "The two <pad> keys get weight 0 in every row." : `Unmasked, the <pad> keys take up to ${Math.round(100 * Math.max(...padWeight))}% of a row's weight.`);
    return { plots: [plot], tables: [table], readout };
  },
});
