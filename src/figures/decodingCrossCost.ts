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
  steps: number;
}

/**
 * The decoding lesson: multiply-adds spent projecting the cross-attention K and V, summed up to each
 * step of a decode, with the cache (once per layer) and without it (again at every step). Counts
 * from src/model/decodingCacheCost, which a unit test checks against the core's products.
 */
export default defineFigure<State>({
  controls: [
    { kind: "select", name: "model", label: "Model", options: decodingModelOptions },
    { kind: "range", name: "sourceLength", label: "Source tokens L_k", min: 1, max: 50, step: 1 },
    { kind: "range", name: "steps", label: "Tokens decoded (steps)", min: 1, max: 50, step: 1 },
  ],
  initial: { model: "lab", sourceLength: 7, steps: 8 },
  render(state, document) {
    const model = decodingModel(state.model);
    const { sourceLength, steps } = state;
    const upTo = Array.from({ length: steps }, (_, s) => decodingCacheCost(model, { sourceLength, steps: s + 1 }));
    const total = upTo[steps - 1];
    const plots = [
      lineChart(
        [
          { name: "without the cache: again every step", points: upTo.map((c, s) => ({ x: s + 1, y: c.crossWithoutCache })) },
          { name: "with the cache: once per layer", points: upTo.map((c, s) => ({ x: s + 1, y: c.crossWithCache })) },
        ],
        {
          ariaLabel:
            `Multiply-adds of the cross-attention K and V projections up to each step, ${model.label}, ${sourceLength} source tokens: ` +
            `after ${steps} steps ${formatCount(total.crossWithoutCache)} without the cache, ${formatCount(total.crossWithCache)} with it`,
          xLabel: "decoding step",
          yLabel: "multiply-adds so far",
          document,
        },
      ),
    ];
    const tables = () => [
      textTable(
        document,
        `Multiply-adds of the cross-attention K and V projections up to each step: ${model.label}, ${sourceLength} source tokens`,
        ["step", "without the cache", "with the cache"],
        upTo.map((c, s) => [String(s + 1), formatCount(c.crossWithoutCache), formatCount(c.crossWithCache)]),
      ),
    ];
    const layers = `${model.decoderLayers} layer${model.decoderLayers === 1 ? "" : "s"}`;
    const readout =
      `Decoding ${steps} token${steps === 1 ? "" : "s"} from ${sourceLength} source tokens: projecting K and V at every step costs ${formatCount(total.crossWithoutCache)} multiply-adds, ` +
      `once per layer (${layers}) ${formatCount(total.crossWithCache)}. The cache saves ${formatCount(total.saved)} and holds ${formatCount(total.crossCacheNumbers)} numbers.`;
    return { plots, tables, readout };
  },
});
