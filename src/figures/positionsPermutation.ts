import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { smallMultiples } from "../plots/smallMultiples";
import { formatValue } from "../plots/formatValue";
import { translationExample } from "../examples/translationExample";
import { permutationEffect, type Shuffled } from "../examples/permutationEffect";
import { defineFigure } from "./figureDefinition";

const example = translationExample();
const Lq = example.target.length;
const Lk = example.source.length;
const dimLabels = Array.from({ length: example.v.cols }, (_, c) => String(c + 1));

/** The shuffles a reader can pick, each a function of the number of rows it reorders. */
export const shuffleOrders = {
  reverse: { label: "Reverse", order: (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i) },
  rotate: { label: "Move up by one", order: (n: number) => Array.from({ length: n }, (_, i) => (i + 1) % n) },
  swap: { label: "Swap the first two", order: (n: number) => Array.from({ length: n }, (_, i) => (i < 2 ? 1 - i : i)) },
} as const;

type OrderName = keyof typeof shuffleOrders;

const shuffledLabels: Record<Shuffled, string> = {
  "keys-values": "Keys and values",
  keys: "Keys only",
  queries: "Queries",
};

interface State {
  [key: string]: string;
  shuffled: Shuffled;
  order: OrderName;
}

/** The positions lesson: the running example before and after a shuffle of the source or target rows. */
export default defineFigure<State>({
  controls: [
    { kind: "select", name: "shuffled", label: "Shuffle", options: Object.entries(shuffledLabels).map(([value, label]) => ({ value, label })) },
    { kind: "select", name: "order", label: "Order", options: Object.entries(shuffleOrders).map(([value, { label }]) => ({ value, label })) },
  ],
  initial: { shuffled: "keys-values", order: "reverse" },
  render(state, document) {
    const shuffle = shuffleOrders[state.order];
    if (!shuffle || !(state.shuffled in shuffledLabels)) throw new Error(`Pick what to shuffle and how from the two lists (got “${state.shuffled}”, “${state.order}”).`);
    const order = shuffle.order(state.shuffled === "queries" ? Lq : Lk);
    const effect = permutationEffect(example.q, example.k, example.v, state.shuffled, order);
    const rowsAfter = state.shuffled === "queries" ? order.map((i) => example.target[i]) : example.target;
    // Column j of the shuffled weights scores key order[j]; with the keys shuffled alone it mixes value j.
    const colsAfter =
      state.shuffled === "keys"
        ? order.map((r, j) => `${example.source[r]}/${example.source[j]}`)
        : state.shuffled === "keys-values"
          ? order.map((r) => example.source[r])
          : example.source;
    const what = { "keys-values": "keys and values together", keys: "keys alone", queries: "queries" }[state.shuffled];
    const how = shuffle.label.toLowerCase();
    const weights = heatmap(effect.after.weights, {
      rowLabels: rowsAfter,
      colLabels: colsAfter,
      rowTitle: "query (target)",
      colTitle: state.shuffled === "keys" ? "key / the value it now mixes" : "key (source)",
      shape: ["Lq", "Lk"],
      // "noir/chat" needs a wider column than a single token.
      ...(state.shuffled === "keys" ? { cellSize: 64 } : {}),
      ariaLabel: `Attention weights after shuffling the ${what} (${how}): ${Lq} queries by ${Lk} keys`,
      document,
    });
    const outputs = smallMultiples(
      [
        { title: "Output before", m: effect.before.output, ariaLabel: `Cross-attention output before the shuffle, ${Lq} target tokens by ${dimLabels.length} dimensions` },
        { title: "Output after", m: effect.after.output, rowLabels: rowsAfter, ariaLabel: `Output after shuffling the ${what}, rows in the order computed` },
        {
          title: state.shuffled === "queries" ? "After (rows put back) − before" : "After − before",
          m: effect.change,
          ariaLabel: `Change in the output; the largest is ${formatValue(effect.largestChange, 3)}`,
        },
      ],
      { rowLabels: example.target, colLabels: dimLabels, kind: "diverging", rowTitle: "target", colTitle: "dimension", document },
    );
    const tables = [
      numbersTable(effect.after.weights, { rowLabels: rowsAfter, colLabels: colsAfter, caption: `Weights after shuffling the ${what} (${how})`, corner: "query \\ key", document }),
      numbersTable(effect.before.output, { rowLabels: example.target, colLabels: dimLabels, caption: "Output before the shuffle", corner: "target \\ dim", document }),
      numbersTable(effect.after.output, { rowLabels: rowsAfter, colLabels: dimLabels, caption: "Output after the shuffle, rows in the order computed", corner: "target \\ dim", document }),
      numbersTable(effect.change, { rowLabels: example.target, colLabels: dimLabels, caption: "Change in the output (after − before)", corner: "target \\ dim", document }),
    ];
    const largest = formatValue(effect.largestChange, 3);
    const readout =
      state.shuffled === "keys-values"
        ? `Keys and values shuffled together: every query finds the same (key, value) pairs, so the output is unchanged (largest change ${largest}).`
        : state.shuffled === "keys"
          ? `Keys shuffled alone: each weight now lands on another token's value, so the output changes by up to ${largest}.`
          : `Queries shuffled: the output rows come out shuffled the same way; put back in order, the largest change is ${largest}.`;
    return { plots: [weights, outputs], tables, readout };
  },
});
