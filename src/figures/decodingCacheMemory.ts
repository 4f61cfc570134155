import { decodingCacheCost } from "../model/decodingCacheCost";
import { formatCount } from "../plots/formatCount";
import { lineChart } from "../plots/lineChart";
import { textTable } from "../plots/textTable";
import { decodingModel, decodingModelOptions } from "./decodingModels";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: number | string;
  model: string;
  sourceLength: number;
  beams: number;
  step: number;
}

/** The steps every chart shows, so moving the step only moves the marker. */
export const MEMORY_STEPS = 40;

/**
 * The decoding lesson: what a decoder's caches hold at each step. The self-attention K and V grow by
 * one row per step (per layer and beam); the cross-attention K and V have one row per source token
 * from the first step on, one copy for every beam. Sizes from src/model/decodingCacheCost.
 */
export default defineFigure<State>({
  controls: [
    { kind: "select", name: "model", label: "Model", options: decodingModelOptions },
    { kind: "range", name: "sourceLength", label: "Source tokens L_k", min: 1, max: 50, step: 1 },
    { kind: "range", name: "beams", label: "Beams k (1: greedy)", min: 1, max: 8, step: 1 },
    { kind: "range", name: "step", label: "Decoding step t", min: 1, max: MEMORY_STEPS, step: 1 },
  ],
  initial: { model: "lab", sourceLength: 7, beams: 1, step: 8 },
  render(state, document) {
    const model = decodingModel(state.model);
    const { sourceLength, beams, step } = state;
    const at = (steps: number) => decodingCacheCost(model, { sourceLength, steps, beams });
    const steps = Array.from({ length: MEMORY_STEPS }, (_, s) => s + 1);
    const now = at(step);
    const beamWord = beams === 1 ? "" : ` and beam (${beams} beams)`;
    const plots = [
      lineChart(
        [
          { name: `self-attention K, V: ${beams === 1 ? "one row" : `${beams} rows`} per step`, points: steps.map((s) => ({ x: s, y: at(s).selfCacheNumbers })) },
          { name: "cross-attention K, V: fixed from step 1", points: steps.map((s) => ({ x: s, y: at(s).crossCacheNumbers })) },
        ],
        {
          ariaLabel:
            `Numbers the caches hold against the decoding step, ${model.label}, ${sourceLength} source tokens${beamWord}: ` +
            `at step ${step} the self-attention K and V hold ${formatCount(now.selfCacheNumbers)}, the cross-attention K and V ${formatCount(now.crossCacheNumbers)}`,
          xLabel: "decoding step t",
          yLabel: "numbers held",
          marker: step,
          document,
        },
      ),
    ];
    const tables = () => [
      textTable(
        document,
        `Numbers the caches hold after each step: ${model.label}, ${sourceLength} source tokens, ${beams} beam${beams === 1 ? "" : "s"}`,
        ["step t", "self-attention K, V", "cross-attention K, V"],
        steps.map((s) => [String(s), formatCount(at(s).selfCacheNumbers), formatCount(at(s).crossCacheNumbers)]),
      ),
    ];
    const readout =
      `At step ${step} the self-attention cache holds ${step} rows of K and V per layer${beamWord}: ${formatCount(now.selfCacheNumbers)} numbers. ` +
      `The cross-attention K and V hold ${sourceLength} rows per layer, projected once before step 1 and shared by every beam: ${formatCount(now.crossCacheNumbers)} numbers.`;
    return { plots, tables, readout };
  },
});
