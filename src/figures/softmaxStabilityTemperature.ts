import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { entropyRows, matrix, softmaxVector } from "../core";
import { formatValue } from "../plots/formatValue";
import { translationExample } from "../examples/translationExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";
import { shiftQuery, shiftScores } from "./softmaxStabilityShift";
import { textTable } from "../plots/textTable";

interface State {
  [key: string]: number;
  /** τ in softmax(s / τ). */
  temperature: number;
}

const source = translationExample().source;
const taus = Array.from({ length: 100 }, (_, t) => 0.05 + t * 0.05); // 0.05 .. 5

/** Weights (Lk) of the row at temperature τ and their entropy in nats. */
export function temperatureWeights(tau: number): { weights: Float64Array; entropy: number } {
  const weights = softmaxVector(shiftScores.map((s) => s / tau));
  return { weights, entropy: entropyRows(matrix(1, weights.length, weights))[0] };
}

/** The softmax-stability lesson: dividing the scores by τ sharpens (τ < 1) or flattens (τ > 1) the weights. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [{ kind: "range", name: "temperature", label: t.wtTemperature, min: 0.05, max: 5, step: 0.05, format: (x) => x.toFixed(2) }],
    initial: { temperature: 1 },
    render(state, document) {
      const tau = state.temperature;
      const { weights, entropy } = temperatureWeights(tau);
      const bars = plotChart({
        document,
        ariaLabel: t.sstAria(shiftQuery, tau.toFixed(2), Array.from(weights, (w) => formatValue(w, 2))),
        height: 200,
        marginLeft: 44,
        x: { label: t.colTitleKeySource, domain: source },
        y: { label: t.slkWeight, domain: [0, 1], grid: true },
        marks: [
          Plot.barY(Array.from(weights), { x: (_: number, j: number) => source[j], y: (w: number) => w, fill: "#0072B2" }),
          Plot.text(Array.from(weights), { x: (_: number, j: number) => source[j], y: (w: number) => w, text: (w: number) => formatValue(w, 2), dy: -8 }),
          Plot.ruleY([0]),
        ],
      });
      const curve = taus.map((x) => ({ tau: x, h: temperatureWeights(x).entropy }));
      const line = plotChart({
        document,
        ariaLabel: t.sstEntropyAria(formatValue(curve[0].h, 2), source.length, formatValue(Math.log(source.length), 2), formatValue(entropy, 2), tau.toFixed(2)),
        height: 200,
        marginLeft: 44,
        x: { label: t.sstTemperatureAxis, domain: [0, 5] },
        y: { label: t.slEntropyAxis, domain: [0, Math.log(source.length) * 1.05], grid: true },
        marks: [
          Plot.ruleY([Math.log(source.length)], { strokeDasharray: "2 3" }),
          Plot.line(curve, { x: "tau", y: "h", stroke: "#0072B2", strokeWidth: 2 }),
          Plot.dot([{ tau, h: entropy }], { x: "tau", y: "h", r: 5, fill: "#D55E00" }),
        ],
      });
      const table = textTable(
        document,
        t.sstCaption(shiftQuery, tau.toFixed(2), formatValue(entropy, 3)),
        [t.slkKey, t.sstScore, `${t.sstScore} / τ`, t.slkWeight],
        source.map((key, j) => [key, formatValue(shiftScores[j], 3), formatValue(shiftScores[j] / tau, 3), formatValue(weights[j], 3)]),
      );
      const best = weights.indexOf(Math.max(...weights));
      const readout = t.sstReadout(tau.toFixed(2), shiftQuery, formatValue(weights[best] * 100, 0), source[best], formatValue(entropy, 2), formatValue(Math.log(source.length), 2));
      return { plots: [bars, line], tables: [table], readout };
    },
  };
});
