import { scaledDotProductAttention, type AttentionTrace, type Matrix, matrix } from "../core";
import { heatmap } from "../plots/heatmap";
import { weightBars } from "../plots/weightBars";
import { vectorStrip } from "../plots/vectorStrip";
import { formatValue } from "../plots/formatValue";
import { explorerText } from "../i18n/explorerText";
import type { Lang } from "../i18n/lang";

/** One attention example to follow: tokens, Q (Lq, dk) from the target, K (Lk, dk) and V (Lk, dv) from the source. */
export interface FollowExample {
  target: readonly string[];
  source: readonly string[];
  q: Matrix;
  k: Matrix;
  v: Matrix;
}

/** The example's trace (one call of the core, shared by every part below). */
export function followTrace(example: FollowExample): AttentionTrace {
  return scaledDotProductAttention(example.q, example.k, example.v);
}

/** The weights heatmap, cells focusable so a reader can follow weight (i, j) by keyboard too. */
export function followWeights(example: FollowExample, trace: AttentionTrace, document: Document, lang: Lang): Element {
  const text = explorerText[lang];
  return heatmap(trace.weights, {
    rowLabels: example.target,
    colLabels: example.source,
    rowTitle: text.queryTitle,
    colTitle: text.keyTitle,
    shape: ["Lq", "Lk"],
    focusable: true,
    ariaLabel: text.followWeightsLabel(example.target.length, example.source.length),
    document,
  });
}

/** w_ij v_j for every key j (Lk, dv), with their sum, output row i, as the last row: (Lk + 1, dv). */
function contributions(example: FollowExample, trace: AttentionTrace, i: number): Matrix {
  const { v } = example;
  const out = matrix(v.rows + 1, v.cols);
  for (let j = 0; j < v.rows; j++) {
    const w = trace.weights.data[i * trace.weights.cols + j];
    for (let c = 0; c < v.cols; c++) out.data[j * v.cols + c] = w * v.data[j * v.cols + c]; // weight x row j of V
  }
  out.data.set(trace.output.data.subarray(i * v.cols, (i + 1) * v.cols), v.rows * v.cols); // Σ_j w_ij v_j = output row i
  return out;
}

/**
 * Query i's path through every stage: its vector q_i as a strip, its weights as bars, each key's share w_ij v_j of the output
 * as a heatmap whose last row is their sum, and a table with the exact numbers at every stage
 * (score, scaled score, weight, contribution), one row per key (tr[data-j]) so an island can link it.
 */
export function followQuery(example: FollowExample, trace: AttentionTrace, i: number, document: Document, lang: Lang): { plots: Element[]; table: HTMLTableElement; readout: string } {
  const { target, source, q, v } = example;
  if (!Number.isInteger(i) || i < 0 || i >= target.length) throw new RangeError(`followQuery: query ${i} is not one of the ${target.length} target tokens`);
  const text = explorerText[lang];
  const Lk = source.length;
  const dk = q.cols;
  const row = (m: Matrix, r: number) => Array.from(m.data.subarray(r * m.cols, (r + 1) * m.cols));
  const weights = row(trace.weights, i);
  const token = target[i];
  const query = vectorStrip(row(q, i), { name: `q “${token}”`, lengthName: "d_k", ariaLabel: text.queryVectorLabel(token, i + 1, dk), document });
  const bars = weightBars(weights, { labels: source, ariaLabel: text.queryBarsLabel(token, Lk), document, lang });
  const parts = heatmap(contributions(example, trace, i), {
    rowLabels: [...source.map((s) => `w·v ${s}`), text.sumRowShort],
    colLabels: Array.from({ length: v.cols }, (_, c) => String(c + 1)),
    kind: "diverging",
    shape: ["(Lk + 1)", "d_v"],
    focusable: true,
    marginLeft: 90,
    ariaLabel: text.contributionsLabel(token),
    document,
  });

  const table = document.createElement("table");
  table.className = "numbers follow-table";
  const caption = document.createElement("caption");
  caption.textContent = text.followTableCaption(token, row(q, i).map((x) => formatValue(x, 3)).join(", "), dk, formatValue(Math.sqrt(dk), 3));
  const cell = (tag: "th" | "td", text: string, scope?: string) => {
    const c = document.createElement(tag);
    c.textContent = text;
    if (scope) c.setAttribute("scope", scope);
    return c;
  };
  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  headRow.append(
    ...[...text.followHeaders, ...Array.from({ length: v.cols }, (_, c) => `w_j · v_j[${c + 1}]`)].map((t) => cell("th", t, "col")),
  );
  head.append(headRow);
  const body = document.createElement("tbody");
  for (let j = 0; j < Lk; j++) {
    const tr = document.createElement("tr");
    tr.dataset.j = String(j);
    const w = weights[j];
    tr.append(
      cell("th", source[j], "row"),
      cell("td", formatValue(trace.scores.data[i * Lk + j], 3)),
      cell("td", formatValue(trace.scaled.data[i * Lk + j], 3)),
      cell("td", formatValue(w, 3)),
      ...row(v, j).map((x) => cell("td", formatValue(w * x, 3))),
    );
    body.append(tr);
  }
  const sum = document.createElement("tr");
  sum.append(cell("th", text.sumRow, "row"), cell("td", ""), cell("td", ""), cell("td", formatValue(weights.reduce((a, b) => a + b, 0), 3)), ...row(trace.output, i).map((x) => cell("td", formatValue(x, 3))));
  body.append(sum);
  table.append(caption, head, body);

  const best = weights.indexOf(Math.max(...weights));
  const readout = text.followReadout(token, formatValue(weights[best] * 100, 0), source[best]);
  return { plots: [query, bars, parts], table, readout };
}
