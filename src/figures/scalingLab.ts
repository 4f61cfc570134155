import { entropyRows, createRandom, randomMatrix, scaledDotProductAttention } from "../core";
import { dotProductSamples } from "../examples/dotProductSamples";
import { sampleMoments } from "../examples/sampleMoments";
import { scalingSweep, type ScalingPoint } from "../examples/scalingSweep";
import { histogram } from "../plots/histogram";
import { lineChart } from "../plots/lineChart";
import { formatValue } from "../plots/formatValue";
import { textTable } from "../plots/textTable";
import { labText } from "../i18n/labText";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: number | boolean;
  /** d_k = 2^log2dk, from 1 to 1024. */
  log2dk: number;
  /** Heads h, so d_model = h d_k. */
  heads: number;
  /** Scale by 1/√d_model instead of 1/√d_k: the bug this lab shows. */
  useDModel: boolean;
}

const dks = Array.from({ length: 11 }, (_, t) => 2 ** t); // 1 .. 1024
const Lk = 16;
const SAMPLES = 400;
// Fixed by the widths alone, so computed once per page, not on every slider move.
const sweep: ScalingPoint[] = scalingSweep({ dks, Lk, Lq: 16 });
const samples = new Map<number, Float64Array>();
const wrongScale = new Map<number, { x: number; maxWeight: number; entropy: number }[]>();

/** SAMPLES dot products of fresh unit-variance q, k of width dk (cached: the slider revisits widths). */
function samplesAt(dk: number): Float64Array {
  if (!samples.has(dk)) samples.set(dk, dotProductSamples(dk, SAMPLES));
  return samples.get(dk)!;
}

/** Mean largest weight and entropy when every width is scaled by 1/√(h d_k) instead of 1/√d_k. */
function wrongScaleSweep(heads: number) {
  if (!wrongScale.has(heads)) {
    wrongScale.set(
      heads,
      dks.map((dk) => {
        const rng = createRandom(3 + dk); // the sweep's own seed per width, so only the scale differs
        const q = randomMatrix(rng, 16, dk); // (Lq, dk)
        const k = randomMatrix(rng, Lk, dk); // (Lk, dk)
        const v = randomMatrix(rng, Lk, 1); // (Lk, 1)
        const { weights } = scaledDotProductAttention(q, k, v, { scale: 1 / Math.sqrt(heads * dk) });
        let maxWeight = 0;
        for (let i = 0; i < weights.rows; i++) maxWeight += Math.max(...weights.data.subarray(i * Lk, (i + 1) * Lk));
        const entropy = entropyRows(weights).reduce((a, b) => a + b, 0);
        return { x: dk, maxWeight: maxWeight / weights.rows, entropy: entropy / weights.rows };
      }),
    );
  }
  return wrongScale.get(heads)!;
}

/** The scaling lab: why divide by √d_k, and what dividing by √d_model does instead. */
export default defineFigure<State>((lang) => {
  const t = labText[lang];
  return {
    controls: [
      { kind: "range", name: "log2dk", label: "d_k", min: 0, max: 10, step: 1, format: (x) => String(2 ** x) },
      { kind: "select", name: "heads", label: t.slHeads, options: [1, 2, 4, 8, 16].map((h) => ({ value: String(h), label: String(h) })) },
      { kind: "checkbox", name: "useDModel", label: t.slUseDModel },
    ],
    initial: { log2dk: 6, heads: 8, useDModel: false },
    render(state, document) {
      const dk = 2 ** state.log2dk;
      const dModel = state.heads * dk;
      const divisor = Math.sqrt(state.useDModel ? dModel : dk);
      const raw = samplesAt(dk);
      const scaled = raw.map((x) => x / divisor);
      const rawSd = Math.sqrt(sampleMoments(raw).variance);
      const scaledSd = Math.sqrt(sampleMoments(scaled).variance);
      const wide = Math.max(4, 4 * Math.sqrt(dk));
      const divisorName = state.useDModel ? `√d_model = √${dModel}` : `√d_k = √${dk}`;
      const plots = [
        histogram(raw, { label: t.slRawAxis, domain: [-wide, wide], ariaLabel: t.slRawAria(SAMPLES, dk, formatValue(rawSd, 1)), document, lang }),
        histogram(scaled, { label: `q·k / ${divisorName.replace("d_k", "dₖ")}`, domain: [-4, 4], ariaLabel: t.slScaledAria(divisorName, formatValue(scaledSd, 2)), document, lang }),
      ];
      const wrong = wrongScaleSweep(state.heads);
      const series = (pick: (p: ScalingPoint) => number) => sweep.map((p) => ({ x: p.dk, y: pick(p) }));
      const wrongName = `÷ √d_model (h = ${state.heads})`;
      plots.push(
        lineChart(
          [
            { name: "÷ √dₖ", points: series((p) => p.maxWeightScaled) },
            { name: t.slUnscaled, points: series((p) => p.maxWeightUnscaled) },
            { name: wrongName, points: wrong.map((p) => ({ x: p.x, y: p.maxWeight })) },
          ],
          { ariaLabel: t.slPeakAria, xLabel: "dₖ", yLabel: t.slLargestWeight, xType: "log", yDomain: [0, 1], marker: dk, document },
        ),
        lineChart(
          [
            { name: "÷ √dₖ", points: series((p) => p.entropyScaled) },
            { name: t.slUnscaled, points: series((p) => p.entropyUnscaled) },
            { name: wrongName, points: wrong.map((p) => ({ x: p.x, y: p.entropy })) },
          ],
          { ariaLabel: t.slEntropyAria(Lk, formatValue(Math.log(Lk), 2)), xLabel: "dₖ", yLabel: t.slEntropyAxis, xType: "log", yDomain: [0, Math.log(Lk)], marker: dk, document },
        ),
      );
      // Built only while "Show the numbers" is open (see FigureOutput.tables).
      const tables = () => [
        textTable(
          document,
          t.slTableCaption(Lk, formatValue(Math.log(Lk), 3)),
          ["d_k", t.slLargestWeightBy("÷√d_k"), t.slLargestWeightBy(t.slUnscaled), t.slLargestWeightBy(wrongName), t.slEntropyBy("÷√d_k"), t.slEntropyBy(t.slUnscaled), t.slEntropyBy(wrongName)],
          sweep.map((p, n) => [String(p.dk), ...[p.maxWeightScaled, p.maxWeightUnscaled, wrong[n].maxWeight, p.entropyScaled, p.entropyUnscaled, wrong[n].entropy].map((x) => formatValue(x, 3))]),
        ),
      ];
      const readout = state.useDModel
        ? t.slReadoutWrong(dk, dModel, formatValue(scaledSd, 2), formatValue(Math.sqrt(state.heads), 2))
        : t.slReadout(dk, formatValue(rawSd, 1), formatValue(Math.sqrt(dk), 1), formatValue(scaledSd, 2));
      return { plots, tables, readout };
    },
  };
});
