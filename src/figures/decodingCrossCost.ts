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
  steps: number;
}

/**
 * The decoding lesson: multiply-adds spent projecting the cross-attention K and V, summed up to each
 * step of a decode, with the cache (once per layer) and without it (again at every step). Counts
 * from src/model/decodingCacheCost, which a unit test checks against the core's products.
 */
export default defineFigure<State>((lang) => {
  const t = fastDecodingText[lang];
  return {
    controls: [
      ...decodingModelControls<State>(lang),
      { kind: "range", name: "steps", label: t.dcSteps, min: 1, max: 50, step: 1 },
    ],
    initial: { model: "lab", sourceLength: 7, steps: 8 },
    render(state, document) {
      const model = decodingModel(state.model, lang);
      const { sourceLength, steps } = state;
      const upTo = Array.from({ length: steps }, (_, s) => decodingCacheCost(model, { sourceLength, steps: s + 1 }));
      const total = upTo[steps - 1];
      const plots = [
        lineChart(
          [
            { name: t.dcWithout, points: upTo.map((c, s) => ({ x: s + 1, y: c.crossWithoutCache })) },
            { name: t.dcWith, points: upTo.map((c, s) => ({ x: s + 1, y: c.crossWithCache })) },
          ],
          {
            ariaLabel: t.dcAria(model.label, sourceLength, steps, formatCount(total.crossWithoutCache), formatCount(total.crossWithCache)),
            xLabel: t.dcXLabel,
            yLabel: t.dcYLabel,
            document,
          },
        ),
      ];
      const tables = () => [
        textTable(
          document,
          t.dcCaption(model.label, sourceLength),
          t.dcHead,
          upTo.map((c, s) => [String(s + 1), formatCount(c.crossWithoutCache), formatCount(c.crossWithCache)]),
        ),
      ];
      const readout = t.dcReadout(
        steps,
        sourceLength,
        model.decoderLayers,
        formatCount(total.crossWithoutCache),
        formatCount(total.crossWithCache),
        formatCount(total.saved),
        formatCount(total.crossCacheNumbers),
      );
      return { plots, tables, readout };
    },
  };
});
