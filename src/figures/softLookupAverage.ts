import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { matrix, toRows } from "../core";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { softLookupExample } from "../examples/softLookupExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";
import { softLookup, softLookupControls, softLookupInitial, type SoftLookupState } from "./softLookupWeights";

const example = softLookupExample();
const valueRows = toRows(example.values);

/** The soft-lookup lesson: the output as a weighted average of the values, drawn as a point among them. */
export default defineFigure<SoftLookupState>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: softLookupControls(lang),
    initial: softLookupInitial,
    render(state, document) {
      const { weights, output } = softLookup(state);
      const [ox, oy] = toRows(output)[0]; // (1, dv) with dv = 2
      const values = example.names.map((name, j) => ({ name, x: valueRows[j][0], y: valueRows[j][1], weight: weights.data[j] }));
      // The values' outline (a square here): every weighted average with weights >= 0 summing to 1 lies inside it.
      const hull = [values[2], values[3], values[1], values[0], values[2]];
      const plot = plotChart({
        document,
        // The marks are hidden from assistive tech (a bare <circle> may not carry a label); the values are in this name and the table.
        ariaLabel: t.slaAria(values.map((v) => t.slaValueAt(v.name, v.x, v.y, formatValue(v.weight, 2))), formatValue(ox, 2), formatValue(oy, 2)),
        width: 360,
        height: 320,
        x: { domain: [0.5, 3.5], label: t.slaComponent(1) },
        y: { domain: [0.5, 3.5], label: t.slaComponent(2) },
        r: { domain: [0, 1], range: [0, 22] },
        marks: [
          Plot.line(hull, { x: "x", y: "y", stroke: "#999", strokeDasharray: "4 3", ariaHidden: "true" }),
          Plot.dot(values, { x: "x", y: "y", r: "weight", fill: "#0072B2", fillOpacity: 0.5, stroke: "#0072B2", ariaHidden: "true" }),
          Plot.text(values, { x: "x", y: "y", text: (d) => `${d.name} ${formatValue(d.weight, 2)}`, dy: -26, ariaHidden: "true" }),
          Plot.dot([{ x: ox, y: oy }], { x: "x", y: "y", symbol: "cross", r: 7, fill: "#D55E00", stroke: "black", ariaHidden: "true" }),
          Plot.text([{ x: ox, y: oy }], { x: "x", y: "y", text: () => t.slaOutput, dy: 16, fill: "#D55E00", fontWeight: "bold", ariaHidden: "true" }),
        ],
      });
      // (Lk + 1, 3): each value with its weight, then the output row (its weight column is the sum, 1).
      const numbers = matrix(values.length + 1, 3, [
        ...values.flatMap((v) => [v.x, v.y, v.weight]),
        ox,
        oy,
        values.reduce((s, v) => s + v.weight, 0),
      ]);
      const table = numbersTable(numbers, {
        rowLabels: [...example.names.map((n) => t.slaValueOf(n)), t.slaOutputRow],
        colLabels: [t.slaColumn(1), t.slaColumn(2), t.slkWeight],
        caption: t.slaCaption(state.angle, state.sharpness),
        corner: t.slaRow,
        document,
      });
      const terms = values.map((v) => `${formatValue(v.weight, 2)} × v(${v.name})`).join(" + ");
      const readout = t.slaReadout(formatValue(ox, 2), formatValue(oy, 2), terms);
      return { plots: [plot], tables: [table], readout };
    },
  };
});
