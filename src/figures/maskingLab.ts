import { causalMask, createRandom, keyPaddingMask, maskToBias, randomMatrix, scaledDotProductAttention, softmaxVector, type Mask } from "../core";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { smallMultiples } from "../plots/smallMultiples";
import { formatValue } from "../plots/formatValue";
import { labText, type LabText } from "../i18n/labText";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: number | string;
  len1: number;
  len2: number;
  len3: number;
  /** Which boolean convention the mask table is written in. */
  convention: string;
  /** The additive value of a blocked key: "-inf", "-1e9" or "-1e6". */
  fill: string;
}

const Lk = 6; // the longest source in the batch
const target = ["the", "cat", "is", "asleep"]; // Lq = 4
const sourceLabels = Array.from({ length: Lk }, (_, j) => `s${j + 1}`);
const fills: Record<string, number> = { "-inf": -Infinity, "-1e9": -1e9, "-1e6": -1e6 };
const rng = createRandom(21);
// One batch: Q (Lq, dk) per item from its target, K (Lk, dk) and V (Lk, dv) from its padded source.
const batch = [0, 1, 2].map(() => ({ q: randomMatrix(rng, target.length, 4), k: randomMatrix(rng, Lk, 4), v: randomMatrix(rng, Lk, 2) }));

/** A mask as the chosen library convention writes it: True = keep (ours, JAX) or True = block (PyTorch's bool masks). */
function maskTable(mask: Mask, convention: string, caption: string, document: Document): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "numbers mask-table";
  const c = document.createElement("caption");
  c.textContent = caption;
  table.append(c);
  const head = document.createElement("tr");
  for (const label of ["", ...sourceLabels.slice(0, mask.cols)]) {
    const th = document.createElement("th");
    th.setAttribute("scope", "col");
    th.textContent = label;
    head.append(th);
  }
  table.append(head);
  for (let i = 0; i < mask.rows; i++) {
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.setAttribute("scope", "row");
    th.textContent = target[i];
    tr.append(th);
    for (let j = 0; j < mask.cols; j++) {
      const allowed = mask.allowed[i * mask.cols + j] === 1;
      const td = document.createElement("td");
      td.textContent = (convention === "keep" ? allowed : !allowed) ? "True" : "False";
      if (!allowed) td.className = "blocked";
      tr.append(td);
    }
    table.append(tr);
  }
  return table;
}

/**
 * A fully masked row of 4 keys under each convention, computed the way each one computes it:
 * additive -inf makes every exp(-inf) = 0, so a plain softmax is 0/0 = NaN (PyTorch's nn.MultiheadAttention
 * with need_weights=True; F.scaled_dot_product_attention returns zeros since 2.5); a finite
 * -1e9 or -1e6 leaves equal scores, so softmax is uniform 1/4 over keys that should get nothing; the
 * core's "zeros" policy gives zero weights and a zero output.
 */
function fullyMaskedRows(t: LabText): { name: string; values: number[]; note: string }[] {
  const n = 4;
  const exps = Array.from({ length: n }, () => Math.exp(-Infinity)); // each 0
  const sum = exps.reduce((a, b) => a + b, 0); // 0
  return [
    { name: t.mlFateInf, values: exps.map((e) => e / sum), note: t.mlFateInfNote },
    { name: t.mlAdditive("−1e9"), values: Array.from(softmaxVector(new Array(n).fill(-1e9))), note: t.mlFate1e9Note },
    { name: t.mlAdditive("−1e6"), values: Array.from(softmaxVector(new Array(n).fill(-1e6))), note: t.mlFate1e6Note },
    { name: t.mlFateCore, values: Array.from(softmaxVector(new Array(n).fill(-Infinity), { fullyMasked: "zeros" })), note: t.mlFateCoreNote },
  ];
}

/** The masking lab: key padding per batch item, conventions, additive fills, and the fully masked row. */
export default defineFigure<State>((lang) => {
  const t = labText[lang];
  return {
    controls: [
      { kind: "range", name: "len1", label: t.mlItemLength(1), min: 1, max: Lk, step: 1 },
      { kind: "range", name: "len2", label: t.mlItemLength(2), min: 1, max: Lk, step: 1 },
      { kind: "range", name: "len3", label: t.mlItemLength(3), min: 1, max: Lk, step: 1 },
      {
        kind: "select",
        name: "convention",
        label: t.mlConvention,
        options: [
          { value: "keep", label: t.mlKeepOption },
          { value: "block", label: t.mlBlockOption },
        ],
      },
      { kind: "select", name: "fill", label: t.mlFill, options: Object.keys(fills).map((f) => ({ value: f, label: f.replace("-", "−") })) },
    ],
    initial: { len1: 6, len2: 4, len3: 2, convention: "keep", fill: "-inf" },
    render(state, document) {
      const lengths = [state.len1, state.len2, state.len3];
      const fill = fills[state.fill];
      if (fill === undefined) throw new Error(t.mlUnknownFill(String(state.fill)));
      const traces = batch.map((item, b) => {
        const mask = keyPaddingMask(target.length, Lk, lengths[b]); // (Lq, Lk)
        // The scores are drawn with blocked keys at −∞ (a finite −1e9 would swamp the colour scale);
        // the weights use the reader's fill.
        const shown = scaledDotProductAttention(item.q, item.k, item.v, { allowed: mask }).masked; // (Lq, Lk)
        return { mask, shown, trace: scaledDotProductAttention(item.q, item.k, item.v, { bias: maskToBias(mask, fill) }) };
      });
      const plots: Element[] = [];
      plots.push(
        smallMultiples(
          traces.map(({ shown }, b) => ({
            title: t.mlScoresTitle(b + 1, lengths[b], Lk - lengths[b]),
            m: shown,
            ariaLabel: t.mlScoresAria(b + 1, lengths[b], Lk - lengths[b]),
          })),
          { rowLabels: target, colLabels: sourceLabels, kind: "diverging", shape: ["Lq", "Lk"], cellSize: 34, digits: 1, marginLeft: 56, document, lang },
        ),
        smallMultiples(
          traces.map(({ trace }, b) => ({ title: t.mlWeightsTitle(b + 1), m: trace.weights, ariaLabel: t.mlWeightsAria(b + 1, String(state.fill)) })),
          { rowLabels: target, colLabels: sourceLabels, shape: ["Lq", "Lk"], cellSize: 34, digits: 2, marginLeft: 56, document, lang },
        ),
        maskTable(traces[1].mask, state.convention, t.mlMaskCaption(state.convention === "keep"), document),
      );

      const fate = document.createElement("table");
      fate.className = "numbers fate-table";
      const caption = document.createElement("caption");
      caption.textContent = t.mlFateCaption;
      fate.append(caption);
      const head = document.createElement("tr");
      for (const label of [t.mlFateConvention, "w1", "w2", "w3", "w4", t.mlFateWhat]) {
        const th = document.createElement("th");
        th.setAttribute("scope", "col");
        th.textContent = label;
        head.append(th);
      }
      fate.append(head);
      for (const row of fullyMaskedRows(t)) {
        const tr = document.createElement("tr");
        const th = document.createElement("th");
        th.setAttribute("scope", "row");
        th.textContent = row.name;
        tr.append(th, ...row.values.map((w) => Object.assign(document.createElement("td"), { textContent: Number.isNaN(w) ? "NaN" : formatValue(w, 2) })));
        tr.append(Object.assign(document.createElement("td"), { textContent: row.note }));
        fate.append(tr);
      }
      plots.push(fate);

      const causal = document.createElement("div");
      causal.className = "causal-note";
      const note = document.createElement("p");
      note.textContent = t.mlCausalNote;
      causal.append(
        note,
        heatmap(maskToBias(causalMask(target.length)), {
          rowLabels: target,
          colLabels: target,
          kind: "diverging",
          shape: ["Lq", "Lq"],
          rowTitle: t.mlQueryTarget,
          colTitle: t.mlKeySameTarget,
          cellSize: 34,
          marginLeft: 56,
          ariaLabel: t.mlCausalAria,
          document,
          lang,
        }),
      );
      plots.push(causal);

      const tables = () =>
        traces.map(({ trace }, b) =>
          numbersTable(trace.weights, { rowLabels: target, colLabels: sourceLabels, caption: t.mlTableCaption(b + 1, lengths[b]), corner: t.mlCorner, digits: 4, document }),
        );
      const leak = traces.map(({ trace }, b) => {
        let w = 0;
        for (let i = 0; i < trace.weights.rows; i++) for (let j = lengths[b]; j < Lk; j++) w = Math.max(w, trace.weights.data[i * Lk + j]);
        return w;
      });
      const readout = t.mlReadout(lengths, Lk, leak.some((w) => w > 0) ? Math.max(...leak).toExponential(1) : t.mlExactlyZero, state.fill.replace("-", "−"));
      return { plots, tables, readout };
    },
  };
});
