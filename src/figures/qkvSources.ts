import { type Matrix } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { crossAttentionInputs, encoderDecoderExample } from "../examples/encoderDecoderExample";
import { defineFigure } from "./figureDefinition";

const example = encoderDecoderExample();
const columns = (n: number, name: string) => Array.from({ length: n }, (_, c) => `${name}${c + 1}`);

interface State {
  [key: string]: number;
  /** Decoder layer, counting from 1 as the prose does. */
  layer: number;
}

/** The queries-keys-values lesson: one encoder memory, and the K and V that each decoder layer makes from it with its own W_K, W_V. */
export default defineFigure<State>({
  controls: [
    {
      kind: "select",
      name: "layer",
      label: "Decoder layer",
      options: example.layers.map((_, l) => ({ value: String(l + 1), label: `layer ${l + 1} of ${example.layers.length}` })),
    },
  ],
  initial: { layer: 1 },
  render(state, document) {
    const l = state.layer - 1;
    const { q, k, v } = crossAttentionInputs(example, l);
    const panel = (m: Matrix, rows: string[], cols: string[], shape: [string, string], ariaLabel: string, rowTitle: string) =>
      heatmap(m, { rowLabels: rows, colLabels: cols, kind: "diverging", shape, ariaLabel, rowTitle, marginLeft: 72, document });
    const panels = [
      panel(example.memory, example.source, columns(example.dModel, "m"), ["Lk", "d_model"], `Encoder memory X_s, ${example.memory.rows} source tokens by d_model = ${example.dModel}; the same in every decoder layer`, "memory X_s (source)"),
      panel(k, example.source, columns(example.dk, "k"), ["Lk", "d_k"], `K = X_s W_K of decoder layer ${state.layer}: ${k.rows} by ${k.cols}`, `K, layer ${state.layer}`),
      panel(v, example.source, columns(example.dv, "v"), ["Lk", "d_v"], `V = X_s W_V of decoder layer ${state.layer}: ${v.rows} by ${v.cols}`, `V, layer ${state.layer}`),
      panel(q, example.target, columns(example.dk, "q"), ["Lq", "d_k"], `Q = X_t W_Q of decoder layer ${state.layer}: ${q.rows} target tokens by ${q.cols}`, `Q, layer ${state.layer}`),
    ];
    // Side by side where the page is wide enough, so the memory and what this layer makes of it compare at a glance.
    const row = document.createElement("div");
    row.setAttribute("role", "group");
    row.setAttribute("aria-label", `Memory, K, V and Q of decoder layer ${state.layer}`);
    row.setAttribute("style", "display:flex;flex-wrap:wrap;gap:0.5rem 1.5rem;align-items:flex-start");
    row.append(...panels);
    const table = (m: Matrix, rows: string[], name: string, caption: string) =>
      numbersTable(m, { rowLabels: rows, colLabels: columns(m.cols, name), caption, corner: "token", document });
    const tables = [
      table(example.memory, example.source, "m", `Encoder memory X_s (Lk × d_model = ${example.memory.rows} × ${example.memory.cols}), shared by every decoder layer`),
      table(k, example.source, "k", `K of decoder layer ${state.layer} (Lk × d_k = ${k.rows} × ${k.cols})`),
      table(v, example.source, "v", `V of decoder layer ${state.layer} (Lk × d_v = ${v.rows} × ${v.cols})`),
      table(q, example.target, "q", `Q of decoder layer ${state.layer} (Lq × d_k = ${q.rows} × ${q.cols})`),
    ];
    const other = crossAttentionInputs(example, l === 0 ? 1 : 0);
    const readout =
      `Layer ${state.layer} projects the same memory with its own W_K and W_V: “${example.source[0]}” gets key ` +
      `(${Array.from(k.data.subarray(0, k.cols), (x) => formatValue(x, 2)).join(", ")}) here and ` +
      `(${Array.from(other.k.data.subarray(0, k.cols), (x) => formatValue(x, 2)).join(", ")}) in layer ${l === 0 ? 2 : 1}.`;
    return { plots: [row], tables, readout };
  },
});
