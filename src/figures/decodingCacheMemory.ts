import { decodingCacheCost } from "../model/decodingCacheCost";
import { formatCount } from "../plots/formatCount";
import { lineChart } from "../plots/lineChart";
import { textTable } from "../plots/textTable";
import { decodingModel, decodingModelControls } from "./decodingModels";
import { defineFigure } from "./figureDefinition";
import { fastDecodingText } from "../i18n/fastDecodingText";

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
export default defineFigure<State>((lang) => {
  const t = fastDecodingText[lang];
  return {
    controls: [
      ...decodingModelControls<State>(lang),
      { kind: "range", name: "beams", label: t.dmBeams, min: 1, max: 8, step: 1 },
      { kind: "range", name: "step", label: t.dmStep, min: 1, max: MEMORY_STEPS, step: 1 },
    ],
    initial: { model: "lab", sourceLength: 7, beams: 1, step: 8 },
    render(state, document) {
      const model = decodingModel(state.model, lang);
      const { sourceLength, beams, step } = state;
      const at = (steps: number) => decodingCacheCost(model, { sourceLength, steps, beams });
      const steps = Array.from({ length: MEMORY_STEPS }, (_, s) => s + 1);
      const now = at(step);
      const plots = [
        lineChart(
          [
            { name: t.dmSelfSeries(beams), points: steps.map((s) => ({ x: s, y: at(s).selfCacheNumbers })) },
            { name: t.dmCrossSeries, points: steps.map((s) => ({ x: s, y: at(s).crossCacheNumbers })) },
          ],
          {
            ariaLabel: t.dmAria(model.label, sourceLength, beams, step, formatCount(now.selfCacheNumbers), formatCount(now.crossCacheNumbers)),
            xLabel: t.dmXLabel,
            yLabel: t.dmYLabel,
            marker: step,
            document,
          },
        ),
      ];
      const tables = () => [
        textTable(
          document,
          t.dmCaption(model.label, sourceLength, beams),
          t.dmHead,
          steps.map((s) => [String(s), formatCount(at(s).selfCacheNumbers), formatCount(at(s).crossCacheNumbers)]),
        ),
      ];
      const readout = t.dmReadout(step, sourceLength, beams, formatCount(now.selfCacheNumbers), formatCount(now.crossCacheNumbers));
      return { plots, tables, readout };
    },
  };
});
