import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { matrix, toRows } from "../core";
import { numbersTable } from "../plots/numbersTable";
import { formatValue } from "../plots/formatValue";
import { softLookupExample } from "../examples/softLookupExample";
import { defineFigure } from "./figureDefinition";
import { softLookup, softLookupControls, softLookupInitial, type SoftLookupState } from "./softLookupWeights";

const example = softLookupExample();
const valueRows = toRows(example.values);

/** The soft-lookup lesson: the output as a weighted average of the values, drawn as a point among them. */
export default defineFigure<SoftLookupState>({
  controls: softLookupControls,
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
      ariaLabel: `Values as points, ${values.map((v) => `${v.name} at (${v.x}, ${v.y}) with weight ${formatValue(v.weight, 2)}`).join(", ")}, and the output at (${formatValue(ox, 2)}, ${formatValue(oy, 2)}), their weighted average`,
      width: 360,
      height: 320,
      x: { domain: [0.5, 3.5], label: "value component 1" },
      y: { domain: [0.5, 3.5], label: "value component 2" },
      r: { domain: [0, 1], range: [0, 22] },
      marks: [
        Plot.line(hull, { x: "x", y: "y", stroke: "#999", strokeDasharray: "4 3", ariaHidden: "true" }),
        Plot.dot(values, { x: "x", y: "y", r: "weight", fill: "#0072B2", fillOpacity: 0.5, stroke: "#0072B2", ariaHidden: "true" }),
        Plot.text(values, { x: "x", y: "y", text: (d) => `${d.name} ${formatValue(d.weight, 2)}`, dy: -26, ariaHidden: "true" }),
        Plot.dot([{ x: ox, y: oy }], { x: "x", y: "y", symbol: "cross", r: 7, fill: "#D55E00", stroke: "black", ariaHidden: "true" }),
        Plot.text([{ x: ox, y: oy }], { x: "x", y: "y", text: () => "output", dy: 16, fill: "#D55E00", fontWeight: "bold", ariaHidden: "true" }),
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
      rowLabels: [...example.names.map((n) => `value of ${n}`), "output = Σ weight × value"],
      colLabels: ["component 1", "component 2", "weight"],
      caption: `Values, their weights and the output (their weighted average) for a query at ${state.angle}° with length ${state.sharpness}`,
      corner: "row",
      document,
    });
    const terms = values.map((v) => `${formatValue(v.weight, 2)} × v(${v.name})`).join(" + ");
    const readout = `Output (${formatValue(ox, 2)}, ${formatValue(oy, 2)}) = ${terms}: inside the square, the convex hull of the values.`;
    return { plots: [plot], tables: [table], readout };
  },
});
