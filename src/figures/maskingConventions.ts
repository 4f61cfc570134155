import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { keyPaddingMask, maskToBias } from "../core";
import { formatValue } from "../plots/formatValue";
import { figureLabelsText, type FigureLabels } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";
import { textTable } from "../plots/textTable";

interface State {
  [key: string]: number;
  /** Real source tokens; the rest of the Lk positions are padding. */
  length: number;
}

const Lk = 6;
const keysIn = (t: FigureLabels) => Array.from({ length: Lk }, (_, j) => t.mcKey(j));

/**
 * One source's key padding mask written four ways, each a function of "is key j allowed?". The
 * first two rows say True/False about opposite things: that is the trap this figure shows.
 */
export const conventionRows = (t: FigureLabels) => [
  { name: t.mcCore, short: t.mcCoreShort, write: (ok: boolean) => (ok ? "true" : "false") },
  { name: t.mcMha, short: "MultiheadAttention key_padding_mask", write: (ok: boolean) => (ok ? "False" : "True") },
  { name: t.mcSdpa, short: "scaled_dot_product_attention attn_mask", write: (ok: boolean) => (ok ? "True" : "False") },
  { name: t.mcAdditive, short: t.mcAdditiveShort, write: (_ok: boolean, bias: number) => formatValue(bias, 0) },
] as const;

/** The masking lesson: the same padding mask in the core's and PyTorch's conventions. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [{ kind: "range", name: "length", label: t.mcLength, min: 1, max: Lk, step: 1 }],
    initial: { length: 4 },
    render(state, document) {
      // One row of the (Lq, Lk) mask: a key padding mask is the same for every query.
      const keys = keysIn(t);
      const rows = conventionRows(t);
      const mask = keyPaddingMask(1, Lk, state.length); // (1, Lk)
      const bias = maskToBias(mask); // (1, Lk): 0 or -Infinity
      const allowed = Array.from(mask.allowed, (x) => x === 1);
      const cells = rows.flatMap((row, r) => keys.map((_, j) => ({ r, j, ok: allowed[j], text: row.write(allowed[j], bias.data[j]) })));
      const plot = plotChart({
        document,
        ariaLabel: t.mcAria(state.length, Lk),
        width: 600,
        height: 4 * 40 + 40,
        marginLeft: 250,
        marginBottom: 30,
        padding: 0.06,
        x: { domain: keys.map((_, j) => j), tickFormat: (j: number) => keys[j], label: null, axis: "bottom" },
        y: { domain: rows.map((_, r) => r), tickFormat: (r: number) => rows[r].short, label: null },
        marks: [
          // Okabe-Ito blue for keys that take part, light grey for blocked ones; the text carries the value.
          Plot.cell(cells, { x: "j", y: "r", fill: (c) => (c.ok ? "#56B4E9" : "#d9d9d9") }),
          Plot.text(cells, { x: "j", y: "r", text: "text", fill: "black", fontSize: 12 }),
        ],
      });
      const table = textTable(
        document,
        t.mcCaption(state.length, Lk),
        [t.mlFateConventionHead, ...keys],
        rows.map((row) => [row.name, ...allowed.map((ok, j) => row.write(ok, bias.data[j]))]),
      );
      const readout =
        state.length === Lk
          ? t.mcNoPadding
          : t.mcReadout(state.length, Lk - 1);
      return { plots: [plot], tables: [table], readout };
    },
  };
});
