import * as Plot from "@observablehq/plot";
import { decoderBlockExample, maxDecoderLayers } from "../examples/decoderBlockExample";
import { residualStreamRms, type StreamPoint } from "../examples/residualStreamRms";
import { formatValue } from "../plots/formatValue";
import { plotChart } from "../plots/plotChart";
import { textTable } from "../plots/textTable";
import { figureLabelsText, type FigureLabels } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: number | string;
  /** Decoder layers in the stack. */
  layers: number;
  /** "mean" over the target positions, or one position's index as a string. */
  token: string;
}

/** Okabe-Ito blue (post-norm, solid) and vermilion (pre-norm, dashed): told apart without colour too. */
const arrangements = [
  { normFirst: false, name: "post-norm", stroke: "#0072B2", dash: "none" },
  { normFirst: true, name: "pre-norm", stroke: "#D55E00", dash: "6 3" },
] as const;

interface StreamSeries {
  name: string;
  points: StreamPoint[];
}

/** The stream's row RMS along the stack in both arrangements, same parameters, `layers` decoder layers. */
function streamSeries(layers: number): StreamSeries[] {
  return arrangements.map((a) => ({ name: a.name, points: residualStreamRms(decoderBlockExample({ normFirst: a.normFirst, decoderLayers: layers }).trace) }));
}

/** One position's RMS, or the mean over positions. */
function pick(point: StreamPoint, token: string): number {
  return token === "mean" ? point.rms.reduce((s, r) => s + r, 0) / point.rms.length : point.rms[Number(token)];
}

const where = (t: FigureLabels, p: StreamPoint) => (p.stage === "input" || p.stage === "finalNorm" ? t.dsnStage(p.stage) : t.dsnLayerStage(p.layer, t.dsnStage(p.stage)));

/** Decoder-block lesson: the residual stream's size after every sublayer, post-norm against pre-norm. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "range", name: "layers", label: t.dsnLayers, min: 4, max: maxDecoderLayers, step: 1 },
      {
        kind: "select",
        name: "token",
        label: t.dsnPosition,
        options: [
          { value: "mean", label: t.dsnMeanOption },
          ...decoderBlockExample({ normFirst: false }).targetIn.map((token, i) => ({ value: String(i), label: `${i + 1}: ${token}` })),
        ],
      },
    ],
    initial: { layers: 6, token: "mean" },
    render(state, document) {
      const layers = state.layers;
      const series = streamSeries(layers);
      const targetIn = decoderBlockExample({ normFirst: false }).targetIn;
      const who = state.token === "mean" ? t.dsnWhoMean : t.dsnWho(Number(state.token) + 1, targetIn[Number(state.token)]);
      // The final LayerNorm is drawn a layer's width after the last sublayer, apart from the sublayers.
      const finalStep = 3 * layers + 3;
      const rows = series.flatMap((s, n) => s.points.map((p) => ({ step: p.stage === "finalNorm" ? finalStep : p.step, rms: pick(p, state.token), n })));
      const top = Math.max(...rows.map((r) => r.rms));
      // A tick at every layer boundary (every second one from 7 layers on), and one for the final norm.
      const every = Math.ceil(layers / 6);
      const ticks = [...Array.from({ length: Math.floor(layers / every) + 1 }, (_, k) => 3 * every * k), finalStep];
      const [post, pre] = series.map((s) => s.points);
      const lastSublayer = (points: StreamPoint[]) => pick(points[points.length - 2], state.token);
      const chart = plotChart({
        document,
        ariaLabel: t.dsnAria(who, layers, formatValue(lastSublayer(post), 2), formatValue(pick(pre[0], state.token), 2), formatValue(lastSublayer(pre), 2), formatValue(pick(pre[pre.length - 1], state.token), 2)),
        // Narrow, with large type, so the chart stays readable when a phone scales it down.
        width: 420,
        height: 270,
        marginLeft: 44,
        marginRight: 16,
        marginTop: 40,
        marginBottom: 44,
        style: { fontSize: "12px" },
        x: { label: t.dsnXAxis, domain: [0, finalStep], ticks, tickFormat: (x: number) => (x === finalStep ? "LN" : String(x)) },
        y: { label: t.dsnYAxis, domain: [0, Math.ceil(top * 2) / 2], grid: true },
        marks: [
          // Layer boundaries, so a reader counts layers rather than sublayers.
          Plot.ruleX(Array.from({ length: layers }, (_, l) => 3 * (l + 1)), { stroke: "currentColor", strokeOpacity: 0.15 }),
          Plot.ruleX([finalStep - 1.5], { stroke: "currentColor", strokeOpacity: 0.4, strokeDasharray: "2 3" }),
          ...arrangements.map((a, n) =>
            Plot.line(rows.filter((r) => r.n === n), { x: "step", y: "rms", stroke: a.stroke, strokeDasharray: a.dash, strokeWidth: 2, marker: "circle" }),
          ),
          // The legend above the frame: a line sample in the series' colour, the name in the text colour (for contrast).
          ...arrangements.flatMap((a, n) => [
            Plot.text([a.name], { frameAnchor: "top-left", dx: 96 + 110 * n, dy: -26, text: () => (n === 0 ? "——" : "– –"), fill: a.stroke, fontWeight: "bold", textAnchor: "start" }),
            Plot.text([a.name], { frameAnchor: "top-left", dx: 122 + 110 * n, dy: -26, text: (name: string) => name, fontWeight: "bold", textAnchor: "start" }),
          ]),
          Plot.text([t.dsnFinal], { x: finalStep, frameAnchor: "bottom", text: (name: string) => name, textAnchor: "end", dx: -6, dy: -8 }),
        ],
      });
      const table = textTable(
        document,
        t.dsnCaption(who, layers),
        [t.dsnWhere, ...series.map((s) => s.name)],
        post.map((p, k) => [where(t, p), ...series.map((s) => formatValue(pick(s.points[k], state.token), 3))]),
      );
      const growth = pick(pre[pre.length - 2], state.token) / pick(pre[0], state.token);
      const postSizes = post.slice(1, -1).map((p) => formatValue(pick(p, state.token), 2));
      const postRange = postSizes.every((size) => size === postSizes[0]) ? postSizes[0] : t.dsnBetween(postSizes.reduce((a, b) => (Number(a) < Number(b) ? a : b)), postSizes.reduce((a, b) => (Number(a) > Number(b) ? a : b)));
      const readout = t.dsnReadout(layers, who, postRange, formatValue(pick(pre[0], state.token), 2), formatValue(lastSublayer(pre), 2), formatValue(growth, 2), formatValue(pick(pre[pre.length - 1], state.token), 2));
      return { plots: [chart], tables: [table], readout };
    },
  };
});
