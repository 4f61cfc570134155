import { matrix, multiHeadCrossAttention } from "../core";
import { formatValue } from "../plots/formatValue";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { ballPatches, imagePatchExample } from "../examples/imagePatchExample";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: number;
  /** Index of the caption token (query) to show on the patch grid. */
  token: number;
}

const example = imagePatchExample();
const { caption, patches, gridSize, text, image, params } = example;

/** The in-the-wild lesson: caption tokens (queries, width 4) attend over image patches (keys and values, width 6). */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [{ kind: "select", name: "token", label: t.wipToken, options: caption.map((token, i) => ({ value: String(i), label: token })) }],
    initial: { token: 2 },
    render(state, document) {
      const trace = multiHeadCrossAttention(text, image, image, params); // text (5, 4), image (16, 6) -> (5, 4)
      const { weights } = trace.perHead[0].attention; // (Lq, Lk) = (5, 16)
      const row = weights.data.subarray(state.token * weights.cols, (state.token + 1) * weights.cols);
      const grid = matrix(gridSize, gridSize, row); // the 16 weights laid back on the 4 x 4 picture
      const rowNames = Array.from({ length: gridSize }, (_, r) => t.wipRow(r));
      const colNames = Array.from({ length: gridSize }, (_, c) => t.wipCol(c));
      const word = caption[state.token];
      const plots = [
        heatmap(grid, {
          rowLabels: rowNames,
          colLabels: colNames,
          rowTitle: t.wipPatchRow,
          colTitle: t.wipPatchColumn,
          ariaLabel: t.wipGridAria(word),
          document,
          lang,
        }),
        heatmap(weights, {
          rowLabels: caption,
          colLabels: patches,
          rowTitle: t.wipTokenTitle,
          colTitle: t.wipPatchTitle,
          ariaLabel: t.wipAria(caption.length, patches.length),
          highlightRow: state.token,
          document,
          lang,
        }),
      ];
      const tables = [
        numbersTable(weights, { rowLabels: caption, colLabels: patches, caption: t.wipCaption, corner: t.wipCorner, document }),
      ];
      const onBall = ballPatches.reduce((s, j) => s + row[j], 0);
      const readout = t.wipReadout(word, formatValue(onBall * 100, 0));
      return { plots, tables, readout };
    },
  };
});
