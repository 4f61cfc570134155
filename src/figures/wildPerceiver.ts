import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { argmaxRows, scaledDotProductAttention } from "../core";
import { matrixCells } from "../plots/matrixCells";
import { formatValue } from "../plots/formatValue";
import { numbersTable } from "../plots/numbersTable";
import { perceiverExample } from "../examples/perceiverExample";
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
export default defineFigure<State>({
  controls: [
    { kind: "range", name: "latents", label: "Latents N (queries)", min: 2, max: 16, step: 1 },
    { kind: "range", name: "inputs", label: "Inputs M (keys and values)", min: 16, max: 128, step: 16 },
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
      ariaLabel: `Attention weights of ${N} latent queries over ${M} inputs: each latent's weight concentrates on its own stretch of the input`,
      width: 640,
      height: 60 + 22 * N,
      marginLeft: 70,
      // A band scale labels every column unless told: one tick per 8 inputs keeps them readable.
      x: { label: "input element (key)", ticks: Array.from({ length: M }, (_, j) => j).filter((j) => j % 8 === 0) },
      y: { label: "latent (query)", tickFormat: (i: number) => `latent ${i + 1}` },
      color: { type: "linear", scheme: "viridis", domain: [0, Math.max(...weights.data)] },
      marks: [Plot.cell(matrixCells(weights), { x: "j", y: "i", fill: "value", inset: 0 })],
    });
    const full = M * M;
    const cross = N * M;
    const bars = plotChart({
      document,
      ariaLabel: `Score entries: ${formatCount(cross)} for ${N} latents over ${M} inputs against ${formatCount(full)} for self-attention over the ${M} inputs`,
      width: 560,
      height: 110,
      marginLeft: 190,
      x: { label: "score entries (one dot product each)", grid: true },
      y: { label: null },
      marks: [
        Plot.barX([
          { label: `latents × inputs (N·M)`, n: cross },
          { label: `inputs × inputs (M²)`, n: full },
        ], { x: "n", y: "label", fill: "#0072b2" }),
        Plot.ruleX([0]),
      ],
    });
    const best = argmaxRows(weights);
    const tables = [
      textTable(document, `Score entries per attention layer (N = ${N}, M = ${M})`, ["attention", "score matrix", "entries"], [
        ["latents over inputs (cross)", `${N}x${M}`, formatCount(cross)],
        ["inputs over inputs (self)", `${M}x${M}`, formatCount(full)],
      ]),
      numbersTable(weights, {
        rowLabels: Array.from({ length: N }, (_, i) => `latent ${i + 1}`),
        colLabels: Array.from({ length: M }, (_, j) => String(j)),
        caption: `Attention weights, ${N} latents by ${M} inputs; each row sums to 1`,
        corner: "latent \\ input",
        digits: 2,
        document,
      }),
    ];
    const readout =
      `${N} latents over ${M} inputs: ${formatCount(cross)} scores instead of ${formatCount(full)} (${formatValue(full / cross, 1)} times fewer). ` +
      `Latent 1 looks most at input ${best[0]}, latent ${N} at input ${best[N - 1]}.`;
    return { plots: [raster, bars], tables, readout };
  },
});
