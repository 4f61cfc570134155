import { sinusoidalPositions } from "../core";
import { heatmap } from "../plots/heatmap";
import { lineChart } from "../plots/lineChart";
import { numbersTable } from "../plots/numbersTable";
import { textTable } from "../plots/textTable";
import { formatValue } from "../plots/formatValue";
import { positionSimilarity } from "../examples/positionSimilarity";
import { peWavelength } from "../examples/peWavelength";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";

/** The widths offered: small enough that every column stays visible. */
const widths = [4, 8, 16, 32, 64] as const;
const maxLength = 32;

interface State {
  [key: string]: number;
  length: number;
  dModel: number;
  /** The position every other position is compared with. */
  p: number;
}

/** The positions lesson: the sinusoidal encodings as a heatmap, and how alike two positions' encodings are. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "range", name: "length", label: t.psLength, min: 2, max: maxLength, step: 1 },
      { kind: "select", name: "dModel", label: t.psWidth, options: widths.map((d) => ({ value: String(d), label: String(d) })) },
      { kind: "range", name: "p", label: t.psP, min: 0, max: maxLength - 1, step: 1 },
    ],
    initial: { length: 24, dModel: 16, p: 6 },
    render(state, document) {
      const length = Number(state.length);
      const dModel = Number(state.dModel);
      const p = Number(state.p);
      if (p > length - 1) throw new Error(t.psPastEnd(p, length));
      const pe = sinusoidalPositions(length, dModel); // (length, dModel)
      const positions = Array.from({ length }, (_, pos) => String(pos));
      const columns = Array.from({ length: dModel }, (_, c) => String(c));
      // Square cells that keep the widest map about 640 px wide and still leave room for the row labels.
      const cellSize = Math.max(10, Math.min(22, Math.floor(640 / Math.max(dModel, length))));
      const map = heatmap(pe, {
        rowLabels: positions,
        colLabels: columns,
        kind: "diverging",
        rowTitle: t.psPosition,
        colTitle: t.psColumn,
        cellSize,
        highlightRow: p,
        marginLeft: 56,
        ariaLabel: t.psMapAria(length, dModel, p),
        document,
        lang,
      });
      const similarity = positionSimilarity(pe, p);
      const chart = lineChart([{ name: t.psSimilarityTo(p), points: similarity.map((y, x) => ({ x, y })) }], {
        ariaLabel: t.psChartAria(p, dModel),
        xLabel: t.psPositionJ,
        yLabel: `cos(PE[${p}], PE[j])`,
        yDomain: [-1, 1],
        marker: p,
        document,
      });
      const slowest = Math.floor(dModel / 2) - 1;
      // Sinusoidal similarity is symmetric in the offset, so either neighbour gives the same number.
      const neighbour = similarity[p + 1 < length ? p + 1 : p - 1];
      const tables = [
        numbersTable(pe, { rowLabels: positions, colLabels: columns, caption: t.psTableCaption(length, dModel), corner: t.psCorner, document }),
        textTable(document, t.psSimilarityCaption(p), [t.psPositionJ, t.psSimilarity], similarity.map((s, j) => [String(j), formatValue(s, 3)])),
      ];
      const readout = t.psReadout(dModel, formatValue(peWavelength(0, dModel), 2), 2 * slowest, formatValue(peWavelength(slowest, dModel), 0), p, formatValue(neighbour, 2), formatValue(Math.min(...similarity), 2));
      return { plots: [map, chart], tables, readout };
    },
  };
});
