import { gradientNormSweep, type GradientNormPoint } from "../examples/gradientNormSweep";
import { formatSignificant } from "../plots/formatSignificant";
import { formatValue } from "../plots/formatValue";
import { lineChart } from "../plots/lineChart";
import { textTable } from "../plots/textTable";
import { figureLabelsText } from "../i18n/figureLabelsText";
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
const statistics = ["median", "mean"] as const;

/** The sweep the figure and the lesson's prose share, for L_k keys per query. */
export function gradientNorms(Lk: number): GradientNormPoint[] {
  return gradientNormSweep({ dks: gradientNormDks, Lk, deadBelow });
}

/** The backward-pass lesson: the size of the queries' gradients against d_k, from the core's backward, with and without 1/√d_k. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "select", name: "statistic", label: t.bgnStatistic, options: statistics.map((value) => ({ value, label: t.bgnStat(value) })) },
      { kind: "select", name: "Lk", label: t.weKeys, options: [4, 8, 16, 32].map((n) => ({ value: String(n), label: String(n) })) },
    ],
    initial: { statistic: "median", Lk: "8" },
    render(state, document) {
      const Lk = Number(state.Lk);
      if (![4, 8, 16, 32].includes(Lk)) throw new Error(t.bgnBadLk(String(state.Lk)));
      const statistic = state.statistic === "mean" ? "mean" : "median";
      const points = gradientNorms(Lk);
      const last = points[points.length - 1];
      const series = (pick: (p: GradientNormPoint, scaled: boolean) => number) => [
        { name: t.weWith, points: points.map((p) => ({ x: p.dk, y: pick(p, true) })) },
        { name: t.weWithout, points: points.map((p) => ({ x: p.dk, y: pick(p, false) })) },
      ];
      const norms = lineChart(
        series((p, scaled) => (scaled ? p.scaled : p.unscaled)[statistic]),
        {
          ariaLabel: t.bgnNormsAria(t.bgnStat(statistic), Lk, formatSignificant(last.scaled[statistic]), formatSignificant(last.unscaled[statistic])),
          xLabel: "d_k",
          yLabel: `${t.bgnStat(statistic)} ‖dQ_i‖`,
          xType: "log",
          yType: "log",
          document,
        },
      );
      const dead = lineChart(
        series((p, scaled) => (scaled ? p.scaled : p.unscaled).dead),
        {
          ariaLabel: t.bgnDeadAria(formatSignificant(deadBelow), Lk, formatValue(last.scaled.dead, 2), formatValue(last.unscaled.dead, 2)),
          xLabel: "d_k",
          yLabel: t.bgnShareAxis(formatSignificant(deadBelow)),
          xType: "log",
          yDomain: [0, 1],
          document,
        },
      );
      const table = textTable(
        document,
        t.bgnCaption(Lk),
        ["d_k", ...[t.bgnStat("median"), t.bgnStat("mean"), `${t.bgnShare} < ${formatSignificant(deadBelow)}`].flatMap((what) => [t.bgnColumn(what, true), t.bgnColumn(what, false)])],
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
      const readout = t.bgnReadout(Lk, t.bgnStat(statistic), formatSignificant(last.scaled[statistic]), formatSignificant(last.unscaled[statistic]), Math.round(100 * last.unscaled.dead), formatSignificant(deadBelow));
      return { plots: [norms, dead], tables: [table], readout };
    },
  };
});
