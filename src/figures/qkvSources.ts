import { type Matrix } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { crossAttentionInputs, encoderDecoderExample } from "../examples/encoderDecoderExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";

const example = encoderDecoderExample();
const columns = (n: number, name: string) => Array.from({ length: n }, (_, c) => `${name}${c + 1}`);

interface State {
  [key: string]: number;
  /** Decoder layer, counting from 1 as the prose does. */
  layer: number;
}

/** The queries-keys-values lesson: one encoder memory, and the K and V that each decoder layer makes from it with its own W_K, W_V. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      {
        kind: "select",
        name: "layer",
        label: t.qsLayer,
        options: example.layers.map((_, l) => ({ value: String(l + 1), label: t.qsLayerOf(l + 1, example.layers.length) })),
      },
    ],
    initial: { layer: 1 },
    render(state, document) {
      const l = state.layer - 1;
      const { q, k, v } = crossAttentionInputs(example, l);
      const panel = (m: Matrix, rows: string[], cols: string[], shape: [string, string], ariaLabel: string, rowTitle: string) =>
        heatmap(m, { rowLabels: rows, colLabels: cols, kind: "diverging", shape, ariaLabel, rowTitle, marginLeft: 72, document, lang });
      const panels = [
        panel(example.memory, example.source, columns(example.dModel, "m"), ["Lk", "d_model"], t.qsMemoryAria(example.memory.rows, example.dModel), t.qsMemoryTitle),
        panel(k, example.source, columns(example.dk, "k"), ["Lk", "d_k"], t.qsKAria(state.layer, k.rows, k.cols), t.qsPanelTitle("K", state.layer)),
        panel(v, example.source, columns(example.dv, "v"), ["Lk", "d_v"], t.qsVAria(state.layer, v.rows, v.cols), t.qsPanelTitle("V", state.layer)),
        panel(q, example.target, columns(example.dk, "q"), ["Lq", "d_k"], t.qsQAria(state.layer, q.rows, q.cols), t.qsPanelTitle("Q", state.layer)),
      ];
      // Side by side where the page is wide enough, so the memory and what this layer makes of it compare at a glance.
      const row = document.createElement("div");
      row.setAttribute("role", "group");
      row.setAttribute("aria-label", t.qsGroupAria(state.layer));
      row.setAttribute("style", "display:flex;flex-wrap:wrap;gap:0.5rem 1.5rem;align-items:flex-start");
      row.append(...panels);
      const table = (m: Matrix, rows: string[], name: string, caption: string) =>
        numbersTable(m, { rowLabels: rows, colLabels: columns(m.cols, name), caption, corner: t.qsToken, document });
      const tables = [
        table(example.memory, example.source, "m", t.qsMemoryCaption(example.memory.rows, example.memory.cols)),
        table(k, example.source, "k", t.qsCaption("K", state.layer, "Lk × d_k", k.rows, k.cols)),
        table(v, example.source, "v", t.qsCaption("V", state.layer, "Lk × d_v", v.rows, v.cols)),
        table(q, example.target, "q", t.qsCaption("Q", state.layer, "Lq × d_k", q.rows, q.cols)),
      ];
      const other = crossAttentionInputs(example, l === 0 ? 1 : 0);
      const readout = t.qsReadout(
        state.layer,
        example.source[0],
        Array.from(k.data.subarray(0, k.cols), (x) => formatValue(x, 2)).join(", "),
        Array.from(other.k.data.subarray(0, k.cols), (x) => formatValue(x, 2)).join(", "),
        l === 0 ? 2 : 1,
      );
      return { plots: [row], tables, readout };
    },
  };
});
