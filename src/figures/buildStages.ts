import { keyPaddingMask, scaledDotProductAttention, type Matrix } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { paddedTranslationExample } from "../examples/paddedTranslationExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
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

const stages: State["stage"][] = ["scores", "scaled", "masked", "weights", "output"];

/** The build-it-yourself lesson: each stage of the trace the reader rebuilds in cells, on a padded source. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "select", name: "stage", label: t.bsStageLabel, options: stages.map((value) => ({ value, label: t.bsStage(value) })) },
      { kind: "checkbox", name: "mask", label: t.bsMask },
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
        rowTitle: t.rowTitleQueryTarget,
        colTitle: isOutput ? t.bsOutputColumn : t.colTitleKeySource,
        ariaLabel: t.bsAria(t.bsStage(state.stage), m.rows, m.cols, Boolean(state.mask)),
        document,
        lang,
      });
      const table = numbersTable(m, { rowLabels: example.target, colLabels, caption: t.bsCaption(t.bsStage(state.stage), m.rows, m.cols), corner: isOutput ? t.bsCornerColumn : t.cornerQueryKey, document });
      const padWeight = Array.from({ length: Lq }, (_, i) => trace.weights.data[i * Lk + Lk - 1] + trace.weights.data[i * Lk + Lk - 2]);
      const readout =
        `${t.bsStage(state.stage)}: ${m.rows}x${m.cols}. ` + (state.mask ? t.bsMasked : t.bsUnmasked(Math.round(100 * Math.max(...padWeight))));
      return { plots: [plot], tables: [table], readout };
    },
  };
});
