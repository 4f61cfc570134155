import { matrix, multiHeadCrossAttention } from "../core";
import { formatValue } from "../plots/formatValue";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { ballPatches, imagePatchExample } from "../examples/imagePatchExample";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: number;
  /** Index of the caption token (query) to show on the patch grid. */
  token: number;
}

const example = imagePatchExample();
const { caption, patches, gridSize, text, image, params } = example;

/** The in-the-wild lesson: caption tokens (queries, width 4) attend over image patches (keys and values, width 6). */
export default defineFigure<State>({
  controls: [{ kind: "select", name: "token", label: "Caption token (query)", options: caption.map((t, i) => ({ value: String(i), label: t })) }],
  initial: { token: 2 },
  render(state, document) {
    const trace = multiHeadCrossAttention(text, image, image, params); // text (5, 4), image (16, 6) -> (5, 4)
    const { weights } = trace.perHead[0].attention; // (Lq, Lk) = (5, 16)
    const row = weights.data.subarray(state.token * weights.cols, (state.token + 1) * weights.cols);
    const grid = matrix(gridSize, gridSize, row); // the 16 weights laid back on the 4 x 4 picture
    const rowNames = Array.from({ length: gridSize }, (_, r) => `row ${r}`);
    const colNames = Array.from({ length: gridSize }, (_, c) => `col ${c}`);
    const word = caption[state.token];
    const plots = [
      heatmap(grid, {
        rowLabels: rowNames,
        colLabels: colNames,
        rowTitle: "patch row",
        colTitle: "patch column",
        ariaLabel: `Weights of the caption token “${word}” over the 4 by 4 image patches, laid out as the picture`,
        document,
      }),
      heatmap(weights, {
        rowLabels: caption,
        colLabels: patches,
        rowTitle: "caption token (query)",
        colTitle: "image patch (key)",
        ariaLabel: `Attention weights of ${caption.length} caption tokens over ${patches.length} image patches`,
        highlightRow: state.token,
        document,
      }),
    ];
    const tables = [
      numbersTable(weights, { rowLabels: caption, colLabels: patches, caption: "Attention weights, caption tokens by image patches (r = row, c = column); each row sums to 1", corner: "token \\ patch", document }),
    ];
    const onBall = ballPatches.reduce((s, j) => s + row[j], 0);
    const readout = `“${word}” puts ${formatValue(onBall * 100, 0)}% of its attention on the 4 patches of the red ball (rows 1-2, columns 1-2).`;
    return { plots, tables, readout };
  },
});
