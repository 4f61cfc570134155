import { gradientNormSweep, type GradientNormPoint } from "../examples/gradientNormSweep";
import { formatSignificant } from "../plots/formatSignificant";
import { formatValue } from "../plots/formatValue";
import { lineChart } from "../plots/lineChart";
import { textTable } from "../plots/textTable";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: string;
  /** Which statistic of the per-query gradient norms the first chart plots. */
  statistic: "median" | "mean";
  /** Keys per query, as a string (a select's value). */
  Lk: string;
}

export const gradientNormDks = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
/** Below this ‖dQ_i‖ a query counts as getting (almost) no gradient. */
export const deadBelow = 1e-3;
const statisticText = { median: "median", mean: "mean" } as const;

/** The sweep the figure and the lesson's prose share, for L_k keys per query. */
export function gradientNorms(Lk: number): GradientNormPoint[] {
  return gradientNormSweep({ dks: gradientNormDks, Lk, deadBelow });
}

/** The backward-pass lesson: the size of the queries' gradients against d_k, from the core's backward, with and without 1/√d_k. */
export default defineFigure<State>({
  controls: [
    { kind: "select", name: "statistic", label: "Statistic of ‖dQ_i‖", options: Object.entries(statisticText).map(([value, label]) => ({ value, label })) },
    { kind: "select", name: "Lk", label: "Keys per query L_k", options: [4, 8, 16, 32].map((n) => ({ value: String(n), label: String(n) })) },
  ],
  initial: { statistic: "median", Lk: "8" },
  render(state, document) {
    const Lk = Number(state.Lk);
    if (![4, 8, 16, 32].includes(Lk)) throw new Error(`Keys per query L_k is ${state.Lk}; choose 4, 8, 16 or 32`);
    const statistic = state.statistic === "mean" ? "mean" : "median";
    const points = gradientNorms(Lk);
    const last = points[points.length - 1];
    const series = (pick: (p: GradientNormPoint, scaled: boolean) => number) => [
      { name: "with 1/√d_k", points: points.map((p) => ({ x: p.dk, y: pick(p, true) })) },
      { name: "without", points: points.map((p) => ({ x: p.dk, y: pick(p, false) })) },
    ];
    const norms = lineChart(
      series((p, scaled) => (scaled ? p.scaled : p.unscaled)[statistic]),
      {
        ariaLabel: `The ${statistic} gradient norm of a query, ‖dQ_i‖, against d_k for L_k = ${Lk}, on log axes: with the scale ${formatSignificant(last.scaled[statistic])} at d_k = 1024, without it ${formatSignificant(last.unscaled[statistic])}`,
        xLabel: "d_k",
        yLabel: `${statistic} ‖dQ_i‖`,
        xType: "log",
        yType: "log",
        document,
      },
    );
    const dead = lineChart(
      series((p, scaled) => (scaled ? p.scaled : p.unscaled).dead),
      {
        ariaLabel: `Share of queries whose gradient norm is below ${formatSignificant(deadBelow)}, against d_k for L_k = ${Lk}: with the scale ${formatValue(last.scaled.dead, 2)} at d_k = 1024, without it ${formatValue(last.unscaled.dead, 2)}`,
        xLabel: "d_k",
        yLabel: `share with ‖dQ_i‖ < ${formatSignificant(deadBelow)}`,
        xType: "log",
        yDomain: [0, 1],
        document,
      },
    );
    const table = textTable(
      document,
      `Per-query gradient norms ‖dQ_i‖ over 16 draws of 16 queries, L_k = ${Lk}, with and without dividing by √d_k`,
      ["d_k", "median, scaled", "median, unscaled", "mean, scaled", "mean, unscaled", `share < ${formatSignificant(deadBelow)}, scaled`, `share < ${formatSignificant(deadBelow)}, unscaled`],
      points.map((p) => [
        String(p.dk),
        formatSignificant(p.scaled.median, 3),
        formatSignificant(p.unscaled.median, 3),
        formatSignificant(p.scaled.mean, 3),
        formatSignificant(p.unscaled.mean, 3),
        formatValue(p.scaled.dead, 2),
        formatValue(p.unscaled.dead, 2),
      ]),
    );
    const readout =
      `At d_k = 1024 with L_k = ${Lk}, the ${statistic} ‖dQ_i‖ is ${formatSignificant(last.scaled[statistic])} with the scale and ${formatSignificant(last.unscaled[statistic])} without; ` +
      `without it ${Math.round(100 * last.unscaled.dead)}% of the queries get a gradient below ${formatSignificant(deadBelow)}.`;
    return { plots: [norms, dead], tables: [table], readout };
  },
});
