import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { keyPaddingMask, maskToBias } from "../core";
import { formatValue } from "../plots/formatValue";
import { defineFigure } from "./figureDefinition";
import { textTable } from "../plots/textTable";

interface State {
  [key: string]: number;
  /** Real source tokens; the rest of the Lk positions are padding. */
  length: number;
}

const Lk = 6;
const keys = Array.from({ length: Lk }, (_, j) => `key ${j}`);

/**
 * One source's key padding mask written four ways, each a function of "is key j allowed?". The
 * first two rows say True/False about opposite things: that is the trap this figure shows.
 */
export const conventionRows = [
  { name: "core: allowed (true = may attend)", short: "core allowed", write: (ok: boolean) => (ok ? "true" : "false") },
  { name: "nn.MultiheadAttention key_padding_mask (True = blocked)", short: "MultiheadAttention key_padding_mask", write: (ok: boolean) => (ok ? "False" : "True") },
  { name: "F.scaled_dot_product_attention bool attn_mask (True = takes part)", short: "scaled_dot_product_attention attn_mask", write: (ok: boolean) => (ok ? "True" : "False") },
  { name: "additive float mask (added to the scores)", short: "additive float mask", write: (_ok: boolean, bias: number) => formatValue(bias, 0) },
] as const;

/** The masking lesson: the same padding mask in the core's and PyTorch's conventions. */
export default defineFigure<State>({
  controls: [{ kind: "range", name: "length", label: "Real source tokens (of 6 positions)", min: 1, max: Lk, step: 1 }],
  initial: { length: 4 },
  render(state, document) {
    // One row of the (Lq, Lk) mask: a key padding mask is the same for every query.
    const mask = keyPaddingMask(1, Lk, state.length); // (1, Lk)
    const bias = maskToBias(mask); // (1, Lk): 0 or -Infinity
    const allowed = Array.from(mask.allowed, (x) => x === 1);
    const cells = conventionRows.flatMap((row, r) => keys.map((_, j) => ({ r, j, ok: allowed[j], text: row.write(allowed[j], bias.data[j]) })));
    const plot = plotChart({
      document,
      ariaLabel: `A source of ${state.length} real tokens padded to ${Lk}, its padding mask written four ways`,
      width: 600,
      height: 4 * 40 + 40,
      marginLeft: 250,
      marginBottom: 30,
      padding: 0.06,
      x: { domain: keys.map((_, j) => j), tickFormat: (j: number) => keys[j], label: null, axis: "bottom" },
      y: { domain: conventionRows.map((_, r) => r), tickFormat: (r: number) => conventionRows[r].short, label: null },
      marks: [
        // Okabe-Ito blue for keys that take part, light grey for blocked ones; the text carries the value.
        Plot.cell(cells, { x: "j", y: "r", fill: (c) => (c.ok ? "#56B4E9" : "#d9d9d9") }),
        Plot.text(cells, { x: "j", y: "r", text: "text", fill: "black", fontSize: 12 }),
      ],
    });
    const table = textTable(
      document,
      `A source of ${state.length} real tokens padded to ${Lk}: the same mask in four conventions`,
      ["convention", ...keys],
      conventionRows.map((row) => [row.name, ...allowed.map((ok, j) => row.write(ok, bias.data[j]))]),
    );
    const readout =
      state.length === Lk
        ? `No padding: every key takes part, so key_padding_mask is all False and the scaled_dot_product_attention boolean mask all True.`
        : `Keys ${state.length} to ${Lk - 1} are padding: key_padding_mask says True there, the scaled_dot_product_attention boolean mask says False there.`;
    return { plots: [plot], tables: [table], readout };
  },
});
