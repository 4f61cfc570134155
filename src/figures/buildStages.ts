import { keyPaddingMask, scaledDotProductAttention, type Matrix } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { paddedTranslationExample } from "../examples/paddedTranslationExample";
import { defineFigure, type FigureDefinition } from "./figureDefinition";
import { stepperText } from "../i18n/stepperText";
import type { Lang } from "../i18n/lang";

interface State {
  [key: string]: string | boolean;
  stage: "scores" | "scaled" | "masked" | "weights" | "output";
  /** Block the "<pad>" keys. */
  mask: boolean;
}

const example = paddedTranslationExample(2);
const Lq = example.target.length;
const Lk = example.source.length;

/** The build-it-yourself lesson's figure in edition `lang`: each stage of the trace the reader rebuilds in cells, on a padded source. */
export function buildStagesFigure(lang: Lang): FigureDefinition<State> {
  const text = stepperText[lang];
  const stageText = text.buildStages;
  return {
    controls: [
      { kind: "select", name: "stage", label: text.buildStageLabel, options: Object.entries(stageText).map(([value, label]) => ({ value, label })) },
      { kind: "checkbox", name: "mask", label: text.maskPads },
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
        rowTitle: text.buildRowTitle,
        colTitle: isOutput ? text.buildColumnTitle : text.buildKeyTitle,
        ariaLabel: text.buildAria(stageText[state.stage], m.rows, m.cols, state.mask),
        document,
        lang,
      });
      const table = numbersTable(m, { rowLabels: example.target, colLabels, caption: text.buildCaption(stageText[state.stage], m.rows, m.cols), corner: isOutput ? text.buildQueryColumnCorner : text.queryKeyCorner, document });
      const padWeight = Array.from({ length: Lq }, (_, i) => trace.weights.data[i * Lk + Lk - 1] + trace.weights.data[i * Lk + Lk - 2]);
      const readout = text.buildReadout(stageText[state.stage], m.rows, m.cols, state.mask ? null : Math.round(100 * Math.max(...padWeight)));
      return { plots: [plot], tables: [table], readout };
    },
  };
}

export default defineFigure<State>(buildStagesFigure);
