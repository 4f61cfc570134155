import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { entropyRows, matrix, softmaxVector } from "../core";
import { formatValue } from "../plots/formatValue";
import { translationExample } from "../examples/translationExample";
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
export default defineFigure<State>({
  controls: [{ kind: "range", name: "temperature", label: "Temperature τ", min: 0.05, max: 5, step: 0.05, format: (t) => t.toFixed(2) }],
  initial: { temperature: 1 },
  render(state, document) {
    const tau = state.temperature;
    const { weights, entropy } = temperatureWeights(tau);
    const bars = plotChart({
      document,
      ariaLabel: `Weights of “${shiftQuery}” at temperature ${tau.toFixed(2)}: ${Array.from(weights, (w) => formatValue(w, 2)).join(", ")}`,
      height: 200,
      marginLeft: 44,
      x: { label: "key (source)", domain: source },
      y: { label: "weight", domain: [0, 1], grid: true },
      marks: [
        Plot.barY(Array.from(weights), { x: (_: number, j: number) => source[j], y: (w: number) => w, fill: "#0072B2" }),
        Plot.text(Array.from(weights), { x: (_: number, j: number) => source[j], y: (w: number) => w, text: (w: number) => formatValue(w, 2), dy: -8 }),
        Plot.ruleY([0]),
      ],
    });
    const curve = taus.map((t) => ({ tau: t, h: temperatureWeights(t).entropy }));
    const line = plotChart({
      document,
      ariaLabel: `Entropy of the weights against temperature, from ${formatValue(curve[0].h, 2)} nats at τ = 0.05 towards log ${source.length} = ${formatValue(Math.log(source.length), 2)}; ${formatValue(entropy, 2)} nats at τ = ${tau.toFixed(2)}`,
      height: 200,
      marginLeft: 44,
      x: { label: "temperature τ", domain: [0, 5] },
      y: { label: "entropy (nats)", domain: [0, Math.log(source.length) * 1.05], grid: true },
      marks: [
        Plot.ruleY([Math.log(source.length)], { strokeDasharray: "2 3" }),
        Plot.line(curve, { x: "tau", y: "h", stroke: "#0072B2", strokeWidth: 2 }),
        Plot.dot([{ tau, h: entropy }], { x: "tau", y: "h", r: 5, fill: "#D55E00" }),
      ],
    });
    const table = textTable(
      document,
      `Weights of “${shiftQuery}” at temperature ${tau.toFixed(2)} (entropy ${formatValue(entropy, 3)} nats)`,
      ["key", "score", "score / τ", "weight"],
      source.map((key, j) => [key, formatValue(shiftScores[j], 3), formatValue(shiftScores[j] / tau, 3), formatValue(weights[j], 3)]),
    );
    const best = weights.indexOf(Math.max(...weights));
    const readout = `At τ = ${tau.toFixed(2)} “${shiftQuery}” gives ${formatValue(weights[best] * 100, 0)}% to “${source[best]}”; entropy ${formatValue(entropy, 2)} nats (uniform: ${formatValue(Math.log(source.length), 2)}).`;
    return { plots: [bars, line], tables: [table], readout };
  },
});
