import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { argmaxRows, scaledDotProductAttention } from "../core";
import { matrixCells } from "../plots/matrixCells";
import { formatValue } from "../plots/formatValue";
import { numbersTable } from "../plots/numbersTable";
import { perceiverExample } from "../examples/perceiverExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";
import { textTable } from "../plots/textTable";
import { formatCount } from "../plots/formatCount";

interface State {
  [key: string]: number;
  /** N, the latent queries. */
  latents: number;
  /** M, the input elements (keys and values). */
  inputs: number;
}

/** The in-the-wild lesson: N latents attend over M inputs; the score matrix is N x M, not M x M. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "range", name: "latents", label: t.wpLatents, min: 2, max: 16, step: 1 },
      { kind: "range", name: "inputs", label: t.wpInputs, min: 16, max: 128, step: 16 },
    ],
    initial: { latents: 4, inputs: 48 },
    render(state, document) {
      const N = state.latents;
      const M = state.inputs;
      const { latents, inputs } = perceiverExample(N, M);
      const { weights } = scaledDotProductAttention(latents, inputs, inputs); // (N, d) x (d, M) -> (N, M)
      // Too many keys for a labelled cell per entry: a compact raster, numbers in the table.
      const raster = plotChart({
        document,
        ariaLabel: t.wpRasterAria(N, M),
        width: 640,
        height: 60 + 22 * N,
        marginLeft: 70,
        // A band scale labels every column unless told: one tick per 8 inputs keeps them readable.
        x: { label: t.wpInputAxis, ticks: Array.from({ length: M }, (_, j) => j).filter((j) => j % 8 === 0) },
        y: { label: t.wpLatentAxis, tickFormat: (i: number) => t.wpLatent(i + 1) },
        color: { type: "linear", scheme: "viridis", domain: [0, Math.max(...weights.data)] },
        marks: [Plot.cell(matrixCells(weights), { x: "j", y: "i", fill: "value", inset: 0 })],
      });
      const full = M * M;
      const cross = N * M;
      const bars = plotChart({
        document,
        ariaLabel: t.wpEntriesAria(formatCount(cross), N, M, formatCount(full)),
        width: 560,
        height: 110,
        marginLeft: 190,
        x: { label: t.wpEntriesAxis, grid: true },
        y: { label: null },
        marks: [
          Plot.barX([
            { label: t.wpCrossBar, n: cross },
            { label: t.wpSelfBar, n: full },
          ], { x: "n", y: "label", fill: "#0072b2" }),
          Plot.ruleX([0]),
        ],
      });
      const best = argmaxRows(weights);
      const tables = [
        textTable(document, t.wpTableCaption(N, M), [t.wpAttention, t.wpScoreMatrix, t.wpEntries], [
          [t.wpCrossRow, `${N}x${M}`, formatCount(cross)],
          [t.wpSelfRow, `${M}x${M}`, formatCount(full)],
        ]),
        numbersTable(weights, {
          rowLabels: Array.from({ length: N }, (_, i) => t.wpLatent(i + 1)),
          colLabels: Array.from({ length: M }, (_, j) => String(j)),
          caption: t.wpWeightsCaption(N, M),
          corner: t.wpCorner,
          digits: 2,
          document,
        }),
      ];
      const readout =
        t.wpReadout(N, M, formatCount(cross), formatCount(full), formatValue(full / cross, 1), best[0], best[N - 1]);
      return { plots: [raster, bars], tables, readout };
    },
  };
});
