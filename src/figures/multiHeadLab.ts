import { linear, matrix, multiHeadCrossAttention } from "../core";
import { multiHeadExample } from "../examples/multiHeadExample";
import { multiHeadParameterCount } from "../examples/multiHeadParameterCount";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { smallMultiples } from "../plots/smallMultiples";
import { formatValue } from "../plots/formatValue";
import { labText, type LabText } from "../i18n/labText";
import { defineFigure, type FigureControl } from "./figureDefinition";
import { headChoices, whyHeadsDoNotFit } from "./headChoices";

interface State {
  [key: string]: number | boolean;
  dModel: number;
  heads: number;
  seed: number;
  off1: boolean;
  off2: boolean;
  off3: boolean;
  off4: boolean;
  off5: boolean;
  off6: boolean;
  off7: boolean;
  off8: boolean;
}

const MAX_HEADS = 8;
// A switch for each head there is: head 5's only while h >= 5.
const offControls = (t: LabText): FigureControl<State>[] =>
  Array.from({ length: MAX_HEADS }, (_, n) => ({
    kind: "checkbox",
    name: `off${n + 1}`,
    label: t.mhSwitchOff(n + 1),
    shownWhen: (s: State) => n + 1 <= s.heads,
  }));

/** The multi-head lab: heads as small multiples, heads switched off, concatenation and W_O with shapes, the parameter count. */
export default defineFigure<State>((lang) => {
  const t = labText[lang];
  return {
    controls: [
      { kind: "select", name: "dModel", label: "d_model", options: [8, 12, 16, 24, 32, 48, 64].map((d) => ({ value: String(d), label: String(d) })) },
      {
        // Only head counts that divide d_model: the figure draws every value the control offers.
        kind: "select",
        name: "heads",
        label: t.mhHeads,
        options: (s) => headChoices(s.dModel, MAX_HEADS).map((h) => ({ value: String(h), label: `${h} (d_k = ${s.dModel / h})` })),
        whyNotOffered: (h, s) => whyHeadsDoNotFit(h, s.dModel, lang),
      },
      { kind: "range", name: "seed", label: t.mhSeed, min: 1, max: 50, step: 1 },
      ...offControls(t),
    ],
    initial: { dModel: 16, heads: 4, seed: 11, off1: false, off2: false, off3: false, off4: false, off5: false, off6: false, off7: false, off8: false },
    render(state, document) {
      const { dModel, heads } = state;
      const example = multiHeadExample({ dModel, heads, seed: state.seed });
      const trace = multiHeadCrossAttention(example.query, example.memory, example.memory, example.params);
      const { dk } = trace;
      const Lq = example.target.length;
      const Lk = example.source.length;
      const off = Array.from({ length: heads }, (_, n) => Boolean(state[`off${n + 1}`]));
      // A switched-off head contributes zeros to its d_k columns of the concatenation.
      const concat = matrix(Lq, dModel, trace.concat.data);
      for (let i = 0; i < Lq; i++) for (let n = 0; n < heads; n++) if (off[n]) concat.data.fill(0, i * dModel + n * dk, i * dModel + (n + 1) * dk);
      const output = linear(concat, example.params.wo, example.params.bo); // (Lq, dModel) x (dModel, dModel) -> (Lq, dModel)
      const change = matrix(Lq, dModel, output.data.map((x, t) => x - trace.output.data[t])); // (Lq, dModel)
      const colLabels = Array.from({ length: dModel }, (_, j) => (heads > 1 ? `h${Math.floor(j / dk) + 1}·${(j % dk) + 1}` : String(j + 1)));
      const plainCols = Array.from({ length: dModel }, (_, j) => String(j + 1));
      const plots: Element[] = [
        smallMultiples(
          trace.perHead.map((h, n) => ({
            title: t.mhHeadTitle(n + 1),
            m: h.attention.weights,
            off: off[n],
            ariaLabel: t.mhHeadAria(n + 1, off[n], Lq, Lk),
          })),
          // One cell size for every h (the smallest that still prints values), so changing h adds or
          // removes panels but never re-lays out the others.
          { rowLabels: example.target, colLabels: example.source, shape: ["Lq", "Lk"], cellSize: 28, marginLeft: 64, document, lang },
        ),
        heatmap(concat, { rowLabels: example.target, colLabels, kind: "diverging", shape: ["Lq", "h·d_k"], marginLeft: 64, ariaLabel: t.mhConcatAria(heads, Lq, dModel), document, lang }),
        heatmap(output, { rowLabels: example.target, colLabels: plainCols, kind: "diverging", shape: ["Lq", "d_model"], marginLeft: 64, ariaLabel: t.mhOutputAria(Lq, dModel), document, lang }),
        heatmap(change, { rowLabels: example.target, colLabels: plainCols, kind: "diverging", shape: ["Lq", "d_model"], marginLeft: 64, ariaLabel: t.mhChangeAria(Lq, dModel), document, lang }),
      ];
      const titles = [
        t.mhEachHead,
        t.mhConcatTitle(Lq, heads, dk, dModel),
        t.mhOutputTitle(Lq, dModel),
        t.mhChangeTitle,
      ];
      const parts = plots.map((plot, n) => {
        const box = document.createElement("div");
        const title = document.createElement("p");
        title.className = "figure-part-title";
        title.textContent = titles[n];
        box.append(title, plot);
        return box;
      });

      const count = multiHeadParameterCount(example.params);
      const params = document.createElement("table");
      params.className = "numbers";
      params.append(Object.assign(document.createElement("caption"), { textContent: t.mhParamsCaption(dModel) }));
      const rows: [string, string, number][] = [
        ["W_Q", `${example.params.wq.rows} × ${example.params.wq.cols}`, count.wq],
        ["W_K", `${example.params.wk.rows} × ${example.params.wk.cols}`, count.wk],
        ["W_V", `${example.params.wv.rows} × ${example.params.wv.cols}`, count.wv],
        ["W_O", `${example.params.wo.rows} × ${example.params.wo.cols}`, count.wo],
        [t.mhBiases, `4 × ${dModel}`, count.biases],
        [t.mhTotal, `4·${dModel}² + 4·${dModel} = ${4 * dModel * dModel + 4 * dModel}`, count.total],
      ];
      for (const [name, shape, n] of rows) {
        const tr = document.createElement("tr");
        tr.append(Object.assign(document.createElement("th"), { scope: "row", textContent: name }));
        tr.append(Object.assign(document.createElement("td"), { textContent: shape }), Object.assign(document.createElement("td"), { textContent: String(n) }));
        params.append(tr);
      }
      parts.push(params);

      const tables = () => [
        ...trace.perHead.map((h, n) => numbersTable(h.attention.weights, { rowLabels: example.target, colLabels: example.source, caption: t.mhHeadTable(n + 1), corner: t.mlCorner, document })),
        numbersTable(output, { rowLabels: example.target, colLabels: plainCols, caption: t.mhOutputTable(Lq, dModel), document }),
      ];
      const offCount = off.filter(Boolean).length;
      const biggest = Math.max(...change.data.map(Math.abs));
      const readout = t.mhReadout(heads, dModel, dk, count.total, offCount, formatValue(biggest, 3));
      return { plots: parts, tables, readout };
    },
  };
});
