import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { formatValue } from "../plots/formatValue";
import { dotProductSampleSlices, dotProductSamples } from "../examples/dotProductSamples";
import { sampleMoments } from "../examples/sampleMoments";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { figureText } from "../i18n/figureText";
import { defineFigure } from "./figureDefinition";
import { whyScaleControls, whyScaleInitial, type WhyScaleState } from "./whyScaleControls";
import { textTable } from "../plots/textTable";

const defaults = { samples: 4000, seed: 5, halfWidth: 60, binWidth: 1 } as const;

/** The why-scale lesson: the spread of q·k grows like sqrt(dk); dividing by sqrt(dk) pins the variance at 1. */
export default defineFigure<WhyScaleState>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: whyScaleControls(lang),
    initial: whyScaleInitial,
    // 4,000 samples at d_k = 512 are 4 million normal draws, a quarter of a second at full speed.
    prepare: (state) => dotProductSampleSlices(Number(state.dk), defaults.samples, defaults.seed),
    render(state, document) {
      const dk = Number(state.dk);
      const factor = state.scaled ? 1 / Math.sqrt(dk) : 1;
      const samples = Array.from(dotProductSamples(dk, defaults.samples, defaults.seed), (x) => x * factor);
      const { mean, variance } = sampleMoments(samples);
      const predicted = state.scaled ? 1 : dk;
      const outside = samples.filter((x) => Math.abs(x) > defaults.halfWidth).length;
      const what = state.scaled ? "q·k / √d_k" : "q·k";
      // A fixed x axis, so the eye compares widths across d_k instead of reading relabelled ticks.
      const thresholds = Array.from({ length: (2 * defaults.halfWidth) / defaults.binWidth + 1 }, (_, t) => -defaults.halfWidth + t * defaults.binWidth);
      const plot = plotChart({
        document,
        ariaLabel: t.wvAria(defaults.samples, what, dk, formatValue(variance, 1)),
        height: 220,
        marginLeft: 50,
        x: { domain: [-defaults.halfWidth, defaults.halfWidth], label: what },
        y: { label: figureText[lang].histogramCount, grid: true },
        marks: [
          Plot.rectY(samples, { ...Plot.binX({ y: "count" }, { x: (d: number) => d, thresholds }), fill: "#0072B2" }),
          Plot.ruleY([0]),
          Plot.ruleX([0], { stroke: "currentColor", strokeOpacity: 0.4 }),
        ],
      });
      const table = textTable(document, t.wvCaption(what, defaults.samples, dk), [t.wvStatistic, t.wvValue], [
        ["d_k", String(dk)],
        [t.wvMean, formatValue(mean, 3)],
        [t.wvVariance, formatValue(variance, 2)],
        [t.wvPredicted, String(predicted)],
        [t.wvSd, formatValue(Math.sqrt(variance), 2)],
        [t.wvBeyond(defaults.halfWidth), String(outside)],
      ]);
      const readout = t.wvReadout(dk, what, formatValue(variance, 1), predicted, formatValue(Math.sqrt(variance), 1));
      return { plots: [plot], tables: [table], readout };
    },
  };
});
