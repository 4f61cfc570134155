import * as Plot from "@observablehq/plot";
import { lowPrecisionSoftmax } from "../examples/lowPrecisionSoftmax";
import { bfloat16, float16, float32, largestFinite, roundTo, type FloatFormat, type PrecisionName } from "../examples/roundToFloatFormat";
import { plotChart } from "../plots/plotChart";
import { formatValue } from "../plots/formatValue";
import { textTable } from "../plots/textTable";
import { defineFigure } from "./figureDefinition";
import { fastDecodingText } from "../i18n/fastDecodingText";

/** The fill a masked key's score gets: −1e9, −∞, or the format's most negative finite number. */
export type MaskFill = "minus1e9" | "minusInfinity" | "finfoMin";

interface State {
  [key: string]: string | boolean;
  format: PrecisionName;
  fill: MaskFill;
  /** Mask every key: a query with nothing to attend to (a padded position). */
  all: boolean;
  /** Add the mask twice, as when a padding mask and a causal mask are both added. */
  twice: boolean;
}

const formats: Record<PrecisionName, FloatFormat> = { float16, bfloat16, float32 };
/** One query's scaled scores against four keys; keys 2 and 4 are padding unless every key is masked. */
const rawScores = [1.2, -0.4, 2.1, 0.3];
const padding = [false, true, false, true];
const keyLabels = rawScores.map((_, j) => `k${j + 1}`);

/** The value written for a masked key before rounding, as the code would write it. */
export function fillValue(fill: MaskFill, format: PrecisionName): number {
  return fill === "minus1e9" ? -1e9 : fill === "minusInfinity" ? -Infinity : -largestFinite(formats[format]);
}

export interface MaskedRow {
  /** The fill as the format stores it. */
  fill: number;
  /** Scores after the additive mask, each addition rounded to the format (Lk). */
  masked: number[];
  /** Softmax of the masked scores, summed in float32 and stored in the format (Lk). */
  weights: number[];
  blocked: boolean[];
}

/**
 * The row through an additive mask (score + fill, as Hugging Face's masks and a float attn_mask are
 * added to the scores) with every result rounded to `format`, then the softmax.
 */
export function maskedRow(format: PrecisionName, fill: MaskFill, all: boolean, twice: boolean): MaskedRow {
  const round = roundTo[format];
  const f = round(fillValue(fill, format));
  const blocked = padding.map((pad) => all || pad);
  const masked = rawScores.map((s, j) => {
    if (!blocked[j]) return round(s);
    const once = round(round(s) + f);
    return twice ? round(once + f) : once;
  });
  return { fill: f, masked, weights: lowPrecisionSoftmax(masked, format, "float32").weights, blocked };
}

const fills: readonly MaskFill[] = ["minus1e9", "minusInfinity", "finfoMin"];
/** Full precision for a fill: −65504, −998244352, −3.4028234663852886e+38. */
const exact = (x: number) => (x === -Infinity ? "−∞" : String(x).replace("-", "−"));

/** Fast attention lesson: what a mask fill becomes in float16, bfloat16 and float32, and the weights it gives. */
export default defineFigure<State>((lang) => {
  const t = fastDecodingText[lang];
  return {
    controls: [
      { kind: "select", name: "format", label: t.fmFormat, options: (["float16", "bfloat16", "float32"] as const).map((value) => ({ value, label: value })) },
      { kind: "select", name: "fill", label: t.fmFill, options: fills.map((value) => ({ value, label: t.fmFillLabel(value) })) },
      { kind: "checkbox", name: "all", label: t.fmAll },
      { kind: "checkbox", name: "twice", label: t.fmTwice },
    ],
    initial: { format: "float16", fill: "minus1e9", all: true, twice: false },
    render(state, document) {
      const { fill, masked, weights, blocked } = maskedRow(state.format, state.fill, state.all, state.twice);
      const fillLabel = t.fmFillLabel(state.fill);
      const rows = weights.map((w, j) => ({ key: keyLabels[j], w, blocked: blocked[j] }));
      const chart = plotChart({
        document,
        ariaLabel: t.fmAria(state.format, fillLabel, state.all, state.twice, t.list(weights.map((w) => formatValue(w, 2)))),
        width: 400,
        height: 200,
        marginLeft: 44,
        marginTop: 24,
        x: { label: t.fmKeyAxis, domain: keyLabels },
        y: { label: t.fmWeight, domain: [0, 1], grid: true },
        marks: [
          // NaN bars are not drawn; their label says NaN, which is the point.
          Plot.barY(rows.filter((r) => Number.isFinite(r.w)), { x: "key", y: "w", fill: (r: (typeof rows)[number]) => (r.blocked ? "#999999" : "#0072B2") }),
          Plot.text(rows, { x: "key", y: (r: (typeof rows)[number]) => (Number.isFinite(r.w) ? r.w : 0), text: (r: (typeof rows)[number]) => formatValue(r.w, 3), dy: -8, fill: (r: (typeof rows)[number]) => (Number.isNaN(r.w) ? "#D55E00" : "currentColor") }),
          Plot.ruleY([0]),
        ],
      });
      const table = textTable(
        document,
        t.fmCaption(state.format, fillLabel, exact(fill), state.twice),
        t.fmHead,
        rawScores.map((s, j) => [keyLabels[j], formatValue(roundTo[state.format](s), 3), blocked[j] ? t.fmYes : t.fmNo, exact(masked[j]), formatValue(weights[j], 3)]),
      );
      const stored = t.fmStored(state.format, fillLabel, exact(fill));
      const maskedScores = masked.filter((_, j) => blocked[j]);
      const outcome = weights.some((w) => Number.isNaN(w))
        ? t.fmNaN
        : state.all
          ? t.fmAllFinite(exact(maskedScores[0]), new Set(maskedScores).size > 1, new Set(weights).size === 1, t.list(weights.map((w) => formatValue(w, 3))))
          : t.fmSome([...new Set(maskedScores.map(exact))], formatValue(Math.max(...weights.filter((_, j) => blocked[j])), 3), formatValue(weights[0], 3), formatValue(weights[2], 3));
      return { plots: [chart], tables: [table], readout: stored + outcome };
    },
  };
});
