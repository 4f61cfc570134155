import * as Plot from "@observablehq/plot";
import { createRandom, softmaxVector } from "../core";
import { lowPrecisionSoftmax } from "../examples/lowPrecisionSoftmax";
import { roundTo, type PrecisionName } from "../examples/roundToFloatFormat";
import { plotChart } from "../plots/plotChart";
import { formatValue } from "../plots/formatValue";
import { textTable } from "../plots/textTable";
import { defineFigure } from "./figureDefinition";
import { fastDecodingText } from "../i18n/fastDecodingText";

/** Which row of scores: all equal (a uniform row), or normal scores of standard deviation 1 or 3. */
export type ScoreKind = "equal" | "spread1" | "spread3";
/** Where the arithmetic happens: in the format the scores are stored in, or in float32. */
export type ComputeIn = "storage" | "float32";

interface State {
  [key: string]: string;
  scores: ScoreKind;
  compute: ComputeIn;
}

const formats: readonly { name: PrecisionName; stroke: string; dash: string }[] = [
  { name: "float16", stroke: "#D55E00", dash: "none" },
  { name: "bfloat16", stroke: "#0072B2", dash: "6 3" },
  { name: "float32", stroke: "#009E73", dash: "2 2" },
];
/** L_k from 4 to 16384, doubling. */
export const precisionLks = Array.from({ length: 13 }, (_, n) => 2 ** (n + 2));
/** Errors below this are drawn on it: a log axis has no 0. */
const floor = 1e-9;
/** Above the largest error possible here: weights summing to 16384 / 256 in bfloat16. */
const ceiling = 100;

export interface PrecisionPoint {
  Lk: number;
  /** Σ_j |p̂_j − p_j|: the probability mass misplaced, against the exact softmax of the stored scores. */
  error: Record<PrecisionName, number>;
  /** The denominator Σ_j e^(s_j − m) as each format added it up, and exactly. */
  sum: Record<PrecisionName, number>;
  exactSum: Record<PrecisionName, number>;
}

/** One row of Lk scores of the given kind, the same row every time for the same Lk. */
export function scoreRow(kind: ScoreKind, Lk: number): number[] {
  if (kind === "equal") return new Array<number>(Lk).fill(0);
  const rng = createRandom(Lk);
  const spread = kind === "spread1" ? 1 : 3;
  return Array.from({ length: Lk }, () => spread * rng.normal());
}

/** The softmax of one row per L_k in each format, computed in that format or in float32. */
export function precisionSweep(kind: ScoreKind, compute: ComputeIn): PrecisionPoint[] {
  return precisionLks.map((Lk) => {
    const row = scoreRow(kind, Lk);
    const point: PrecisionPoint = { Lk, error: {} as PrecisionPoint["error"], sum: {} as PrecisionPoint["sum"], exactSum: {} as PrecisionPoint["exactSum"] };
    for (const { name } of formats) {
      const stored = row.map(roundTo[name]);
      const exact = softmaxVector(stored); // in double precision
      const computed = lowPrecisionSoftmax(stored, name, compute === "storage" ? name : "float32");
      const m = Math.max(...stored);
      point.error[name] = computed.weights.reduce((total, w, j) => total + Math.abs(w - exact[j]), 0);
      point.sum[name] = computed.sum;
      point.exactSum[name] = stored.reduce((total, s) => total + Math.exp(s - m), 0);
    }
    return point;
  });
}

const scoreKinds: readonly ScoreKind[] = ["equal", "spread1", "spread3"];
const computeIns: readonly ComputeIn[] = ["storage", "float32"];
/** An error as a reader reads it: 0 for exact (`exactWord`), plain decimals from 0.01, powers of ten below. */
const errorText = (e: number, exactWord: string) => (e === 0 ? exactWord : e >= 0.01 ? formatValue(e, 2) : e.toExponential(1));
/** The L_k the readout quotes: the lesson's 4096. */
const quoted = 4096;

/** Fast attention lesson: the error of a softmax computed in float16, bfloat16 and float32, against L_k. */
export default defineFigure<State>((lang) => {
  const t = fastDecodingText[lang];
  return {
    controls: [
      { kind: "select", name: "scores", label: t.fpScores, options: scoreKinds.map((value) => ({ value, label: t.fpScoreLabel(value) })) },
      { kind: "select", name: "compute", label: t.fpCompute, options: computeIns.map((value) => ({ value, label: t.fpComputeLabel(value) })) },
    ],
    initial: { scores: "spread1", compute: "storage" },
    render(state, document) {
      const points = precisionSweep(state.scores, state.compute);
      const rows = points.flatMap((p) => formats.map((f) => ({ Lk: p.Lk, error: Math.max(p.error[f.name], floor), format: f.name })));
      const at = points.find((p) => p.Lk === quoted)!;
      const scores = t.fpScoreLabel(state.scores);
      const compute = t.fpComputeLabel(state.compute);
      const errorOf = (e: number) => errorText(e, t.fpExact);
      const chart = plotChart({
        document,
        ariaLabel: t.fpAria(scores, compute, quoted, t.list(formats.map((f) => `${f.name} ${errorOf(at.error[f.name])}`))),
        width: 560,
        height: 260,
        marginLeft: 56,
        marginTop: 28,
        marginRight: 76,
        marginBottom: 40,
        x: { type: "log", base: 2, label: t.fpXLabel, ticks: precisionLks.filter((_, n) => n % 2 === 0), tickFormat: (d: number) => String(d) },
        y: { type: "log", label: t.fpYLabel, domain: [floor, ceiling], grid: true, tickFormat: (d: number) => (d >= 0.01 ? String(d) : d.toExponential(0)) },
        marks: [
          ...formats.map((f) => Plot.line(rows.filter((r) => r.format === f.name), { x: "Lk", y: "error", stroke: f.stroke, strokeDasharray: f.dash, strokeWidth: 2, marker: "circle" })),
          ...formats.map((f) => Plot.text(rows.filter((r) => r.format === f.name && r.Lk === precisionLks[precisionLks.length - 1]), { x: "Lk", y: "error", text: () => f.name, dx: 6, textAnchor: "start", fill: f.stroke })),
        ],
      });
      const table = textTable(
        document,
        t.fpCaption(scores, compute),
        ["L_k", ...formats.map((f) => t.fpErrorHead(f.name)), ...formats.map((f) => t.fpSumHead(f.name))],
        points.map((p) => [
          String(p.Lk),
          ...formats.map((f) => errorOf(p.error[f.name])),
          ...formats.map((f) => `${formatValue(p.sum[f.name], 1)} (${formatValue(p.exactSum[f.name], 1)})`),
        ]),
      );
      const per = (f: PrecisionName) => t.fpPer(f, formatValue(at.sum[f], 1), formatValue(at.exactSum[f], 1), errorOf(at.error[f]));
      const readout = t.fpReadout(quoted, scores, compute, formats.map((f) => per(f.name)));
      return { plots: [chart], tables: [table], readout };
    },
  };
});
