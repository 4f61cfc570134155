import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { smallMultiples } from "../plots/smallMultiples";
import { formatValue } from "../plots/formatValue";
import { translationExample } from "../examples/translationExample";
import { permutationEffect, type Shuffled } from "../examples/permutationEffect";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";

const example = translationExample();
const Lq = example.target.length;
const Lk = example.source.length;
const dimLabels = Array.from({ length: example.v.cols }, (_, c) => String(c + 1));

/** The shuffles a reader can pick, each a function of the number of rows it reorders. */
export const shuffleOrders = {
  reverse: { order: (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i) },
  rotate: { order: (n: number) => Array.from({ length: n }, (_, i) => (i + 1) % n) },
  swap: { order: (n: number) => Array.from({ length: n }, (_, i) => (i < 2 ? 1 - i : i)) },
} as const;

type OrderName = keyof typeof shuffleOrders;
const orderNames = Object.keys(shuffleOrders) as OrderName[];
const shuffledNames: Shuffled[] = ["keys-values", "keys", "queries"];


interface State {
  [key: string]: string;
  shuffled: Shuffled;
  order: OrderName;
}

/** The positions lesson: the running example before and after a shuffle of the source or target rows. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "select", name: "shuffled", label: t.ppShuffle, options: shuffledNames.map((value) => ({ value, label: t.ppShuffled(value) })) },
      { kind: "select", name: "order", label: t.ppOrder, options: orderNames.map((value) => ({ value, label: t.ppOrders(value) })) },
    ],
    initial: { shuffled: "keys-values", order: "reverse" },
    render(state, document) {
      const shuffle = shuffleOrders[state.order];
      if (!shuffle || !shuffledNames.includes(state.shuffled)) throw new Error(t.ppPick(state.shuffled, state.order));
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
      const what = t.ppWhat(state.shuffled);
      const how = t.ppOrders(state.order).toLowerCase();
      const weights = heatmap(effect.after.weights, {
        rowLabels: rowsAfter,
        colLabels: colsAfter,
        rowTitle: t.rowTitleQueryTarget,
        colTitle: state.shuffled === "keys" ? t.ppKeyMixes : t.colTitleKeySource,
        shape: ["Lq", "Lk"],
        // "noir/chat" needs a wider column than a single token.
        ...(state.shuffled === "keys" ? { cellSize: 64 } : {}),
        ariaLabel: t.ppWeightsAria(what, how, Lq, Lk),
        document,
        lang,
      });
      const outputs = smallMultiples(
        [
          { title: t.ppOutputBefore, m: effect.before.output, ariaLabel: t.ppBeforeAria(Lq, dimLabels.length) },
          { title: t.ppOutputAfter, m: effect.after.output, rowLabels: rowsAfter, ariaLabel: t.ppAfterAria(what) },
          {
            title: state.shuffled === "queries" ? t.ppChangePutBack : t.ppChange,
            m: effect.change,
            ariaLabel: t.ppChangeAria(formatValue(effect.largestChange, 3)),
          },
        ],
        { rowLabels: example.target, colLabels: dimLabels, kind: "diverging", rowTitle: t.ppTarget, colTitle: t.ppDimension, document, lang },
      );
      const tables = [
        numbersTable(effect.after.weights, { rowLabels: rowsAfter, colLabels: colsAfter, caption: t.ppWeightsCaption(what, how), corner: t.cornerQueryKey, document }),
        numbersTable(effect.before.output, { rowLabels: example.target, colLabels: dimLabels, caption: t.ppBeforeCaption, corner: t.ppCorner, document }),
        numbersTable(effect.after.output, { rowLabels: rowsAfter, colLabels: dimLabels, caption: t.ppAfterCaption, corner: t.ppCorner, document }),
        numbersTable(effect.change, { rowLabels: example.target, colLabels: dimLabels, caption: t.ppChangeCaption, corner: t.ppCorner, document }),
      ];
      const largest = formatValue(effect.largestChange, 3);
      const readout =
        state.shuffled === "keys-values"
          ? t.ppReadoutKV(largest)
          : state.shuffled === "keys"
            ? t.ppReadoutK(largest)
            : t.ppReadoutQ(largest);
      return { plots: [weights, outputs], tables, readout };
    },
  };
});
