import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { formatValue } from "../plots/formatValue";
import { scalingSweep, scalingSweepSlices, type ScalingPoint } from "../examples/scalingSweep";
import { figureLabelsText, type FigureLabels } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";
import { textTable } from "../plots/textTable";

interface State {
  [key: string]: number;
  /** Keys per query. */
  Lk: number;
}

/** Okabe-Ito blue and orange, told apart by dash as well as hue. */
const seriesOf = (t: FigureLabels) =>
  [
    { name: t.weWith, stroke: "#0072B2", dash: "none" },
    { name: t.weWithout, stroke: "#E69F00", dash: "6 3" },
  ] as const;
const dks = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];

/** One line chart of a sweep statistic against dk (log axis), scaled and unscaled, labelled at the end. */
function chart(t: FigureLabels, document: Document, points: ScalingPoint[], pick: (p: ScalingPoint, scaled: boolean) => number, yLabel: string, ariaLabel: string, extra: Plot.Markish[] = []) {
  const series = seriesOf(t);
  const rows = points.flatMap((p) => series.map((s, n) => ({ dk: p.dk, value: pick(p, n === 0), series: s.name })));
  return plotChart({
    document,
    ariaLabel,
    height: 230,
    marginTop: 28,
    marginLeft: 50,
    marginRight: 90,
    x: { type: "log", base: 2, label: "d_k", ticks: dks, tickFormat: (d: number) => String(d) },
    y: { label: yLabel, grid: true, zero: true },
    marks: [
      ...extra,
      ...series.map((s) => Plot.line(rows.filter((r) => r.series === s.name), { x: "dk", y: "value", stroke: s.stroke, strokeDasharray: s.dash, strokeWidth: 2, marker: "circle" })),
      ...series.map((s) => Plot.text(rows.filter((r) => r.series === s.name && r.dk === dks[dks.length - 1]), { x: "dk", y: "value", text: () => s.name, dx: 6, textAnchor: "start", fill: s.stroke })),
    ],
  });
}

/** The why-scale lesson: entropy and largest Jacobian entry against dk; scaled stays flat, unscaled collapses. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [{ kind: "select", name: "Lk", label: t.weKeys, options: [4, 8, 16, 32].map((n) => ({ value: String(n), label: String(n) })) }],
    initial: { Lk: 8 },
    // Ten widths of 64 queries, each about 5 ms at full speed: one width per task on a slow phone.
    prepare: (state) => scalingSweepSlices({ dks, Lk: Number(state.Lk) }),
    render(state, document) {
      const Lk = Number(state.Lk);
      const points = scalingSweep({ dks, Lk });
      const last = points[points.length - 1];
      const entropy = chart(
        t,
        document,
        points,
        (p, scaled) => (scaled ? p.entropyScaled : p.entropyUnscaled),
        t.weEntropyAxis,
        t.weEntropyAria(Lk, formatValue(last.entropyScaled, 2), formatValue(last.entropyUnscaled, 2)),
        [Plot.ruleY([Math.log(Lk)], { strokeDasharray: "2 3", stroke: "currentColor" }), Plot.text([Math.log(Lk)], { x: 512, y: (h: number) => h, text: () => t.weUniform(Lk), dy: -7, textAnchor: "end" })],
      );
      const jacobian = chart(
        t,
        document,
        points,
        (p, scaled) => (scaled ? p.jacobianScaled : p.jacobianUnscaled),
        t.weJacobianAxis,
        t.weJacobianAria(Lk, formatValue(last.jacobianScaled, 3), formatValue(last.jacobianUnscaled, 3)),
      );
      const table = textTable(
        document,
        t.weCaption(Lk),
        ["d_k", t.weColumn("entropy", true), t.weColumn("entropy", false), t.weColumn("top", true), t.weColumn("top", false), t.weColumn("jacobian", true), t.weColumn("jacobian", false)],
        points.map((p) => [String(p.dk), formatValue(p.entropyScaled, 3), formatValue(p.entropyUnscaled, 3), formatValue(p.maxWeightScaled, 3), formatValue(p.maxWeightUnscaled, 3), formatValue(p.jacobianScaled, 4), formatValue(p.jacobianUnscaled, 4)]),
      );
      const readout = t.weReadout(Lk, formatValue(last.entropyScaled, 2), formatValue(last.entropyUnscaled, 2), formatValue(last.maxWeightUnscaled, 2));
      return { plots: [entropy, jacobian], tables: [table], readout };
    },
  };
});
