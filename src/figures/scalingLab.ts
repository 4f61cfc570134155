import { dotProductSampleSlices, dotProductSamples } from "../examples/dotProductSamples";
import { sampleMoments } from "../examples/sampleMoments";
import { scalingSweep, scalingSweepSlices, type ScalingPoint } from "../examples/scalingSweep";
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
const sweepOptions = { dks, Lk, Lq: 16 };
/** The sweep when every width is scaled by 1/√(h d_k) = 1/√d_model instead of 1/√d_k: its "scaled" statistics. */
const wrongScaleOptions = (heads: number) => ({ ...sweepOptions, widthFactor: heads });

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
    // The sweeps (the right scale's fixed by the widths, made once; the wrong one's per h) and 400 samples at d_k = 1024 (800,000 normal
    // draws) are each too long for one task on a slow phone; both are kept for later moves.
    *prepare(state) {
      yield* scalingSweepSlices(sweepOptions);
      yield* scalingSweepSlices(wrongScaleOptions(state.heads));
      yield* dotProductSampleSlices(2 ** state.log2dk, SAMPLES);
    },
    render(state, document) {
      const sweep = scalingSweep(sweepOptions);
      const dk = 2 ** state.log2dk;
      const dModel = state.heads * dk;
      const divisor = Math.sqrt(state.useDModel ? dModel : dk);
      const raw = dotProductSamples(dk, SAMPLES);
      const scaled = raw.map((x) => x / divisor);
      const rawSd = Math.sqrt(sampleMoments(raw).variance);
      const scaledSd = Math.sqrt(sampleMoments(scaled).variance);
      const wide = Math.max(4, 4 * Math.sqrt(dk));
      const divisorName = state.useDModel ? `√d_model = √${dModel}` : `√d_k = √${dk}`;
      const plots = [
        histogram(raw, { label: t.slRawAxis, domain: [-wide, wide], ariaLabel: t.slRawAria(SAMPLES, dk, formatValue(rawSd, 1)), document, lang }),
        histogram(scaled, { label: `q·k / ${divisorName.replace("d_k", "dₖ")}`, domain: [-4, 4], ariaLabel: t.slScaledAria(divisorName, formatValue(scaledSd, 2)), document, lang }),
      ];
      const wrong = scalingSweep(wrongScaleOptions(state.heads));
      const series = (pick: (p: ScalingPoint) => number) => sweep.map((p) => ({ x: p.dk, y: pick(p) }));
      const wrongName = `÷ √d_model (h = ${state.heads})`;
      plots.push(
        lineChart(
          [
            { name: "÷ √dₖ", points: series((p) => p.maxWeightScaled) },
            { name: t.slUnscaled, points: series((p) => p.maxWeightUnscaled) },
            { name: wrongName, points: wrong.map((p) => ({ x: p.dk, y: p.maxWeightScaled })) },
          ],
          { ariaLabel: t.slPeakAria, xLabel: "dₖ", yLabel: t.slLargestWeight, xType: "log", yDomain: [0, 1], marker: dk, document },
        ),
        lineChart(
          [
            { name: "÷ √dₖ", points: series((p) => p.entropyScaled) },
            { name: t.slUnscaled, points: series((p) => p.entropyUnscaled) },
            { name: wrongName, points: wrong.map((p) => ({ x: p.dk, y: p.entropyScaled })) },
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
          sweep.map((p, n) => [String(p.dk), ...[p.maxWeightScaled, p.maxWeightUnscaled, wrong[n].maxWeightScaled, p.entropyScaled, p.entropyUnscaled, wrong[n].entropyScaled].map((x) => formatValue(x, 3))]),
        ),
      ];
      const readout = state.useDModel
        ? t.slReadoutWrong(dk, dModel, formatValue(scaledSd, 2), formatValue(Math.sqrt(state.heads), 2))
        : t.slReadout(dk, formatValue(rawSd, 1), formatValue(Math.sqrt(dk), 1), formatValue(scaledSd, 2));
      return { plots, tables, readout };
    },
  };
});
