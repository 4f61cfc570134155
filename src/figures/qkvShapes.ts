import * as Plot from "@observablehq/plot";
import { textTable } from "../plots/textTable";
import { plotChart } from "../plots/plotChart";
import { AttentionError, createRandom, randomMatrix, scaledDotProductAttention, type Matrix } from "../core";
import { coreErrorMessage } from "../i18n/coreErrorMessage";
import { figureLabelsText, type FigureLabels } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";

/** Okabe–Ito colours: distinguishable with every common colour-vision deficiency. */
const colours = { target: "#0072B2", source: "#E69F00", mixed: "#009E73" } as const;
const gap = 2;

interface State {
  [key: string]: number | string;
  Lq: number;
  Lk: number;
  dk: number;
  dv: number;
  /** "source" is cross-attention; "target" is the misconception that V comes from the query side. */
  vFrom: string;
}

interface Block {
  name: string;
  rows: number;
  cols: number;
  dims: string;
  from: keyof typeof colours;
  origin: string;
}

/** Rectangles side by side, one unit per row and column, so the shapes can be compared by eye. */
function blockDiagram(blocks: Block[], ariaLabel: string, document: Document): Element {
  let x = 0;
  const placed = blocks.map((b) => {
    const box = { ...b, x1: x, x2: x + b.cols, y1: 0, y2: b.rows };
    x += b.cols + gap;
    return box;
  });
  const tallest = Math.max(...blocks.map((b) => b.rows));
  const unit = Math.max(14, Math.min(26, Math.floor(620 / Math.max(1, x - gap))));
  return plotChart({
    document,
    ariaLabel,
    width: Math.max(320, unit * (x - gap) + 20),
    height: unit * tallest + 90,
    marginTop: 40,
    marginBottom: 40,
    marginLeft: 10,
    marginRight: 10,
    x: { axis: null, domain: [0, x - gap] },
    y: { axis: null, domain: [tallest, 0] },
    marks: [
      Plot.rect(placed, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: (d: Block) => colours[d.from], fillOpacity: 0.75, stroke: "currentColor", ariaHidden: "true" }),
      Plot.text(placed, { x: (d) => (d.x1 + d.x2) / 2, y: 0, text: "name", dy: -22, fontSize: 14, fontWeight: "bold", ariaHidden: "true" }),
      Plot.text(placed, { x: (d) => (d.x1 + d.x2) / 2, y: 0, text: (d: Block) => `${d.rows}×${d.cols}`, dy: -8, fontSize: 11, ariaHidden: "true" }),
      Plot.text(placed, { x: (d) => (d.x1 + d.x2) / 2, y: (d) => d.y2, text: "dims", dy: 12, fontSize: 11, ariaHidden: "true" }),
    ],
  });
}

/** A small key to the colours, as a list (plain text reads without colour too). */
function legend(t: FigureLabels, document: Document): Element {
  const list = document.createElement("ul");
  list.className = "legend";
  for (const [from, text] of [["target", t.qshFromTarget], ["source", t.qshFromSource], ["mixed", t.qshMixed]] as const) {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.setAttribute("style", `display:inline-block;width:0.9em;height:0.9em;margin-right:0.4em;background:${colours[from]}`);
    swatch.setAttribute("aria-hidden", "true");
    item.append(swatch, text);
    list.append(item);
  }
  return list;
}

/** The shapes table: what each matrix is, where it comes from, its shape in symbols and in numbers. */
function shapesTable(t: FigureLabels, blocks: Block[], caption: string, document: Document): HTMLTableElement {
  return textTable(document, caption, [t.qshMatrix, t.qshComesFrom, t.qshShape, t.qshRowsCols], blocks.map((b) => [b.name, b.origin, b.dims, `${b.rows} × ${b.cols}`]));
}

/** The queries-keys-values lesson: every shape of cross-attention from Lq, Lk, dk, dv, computed by running the core; and what breaks if V came from the target. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      { kind: "range", name: "Lq", label: t.qshLq, min: 1, max: 8, step: 1 },
      { kind: "range", name: "Lk", label: t.qshLk, min: 1, max: 8, step: 1 },
      { kind: "range", name: "dk", label: t.qshDk, min: 1, max: 6, step: 1 },
      { kind: "range", name: "dv", label: t.qshDv, min: 1, max: 6, step: 1 },
      {
        kind: "select",
        name: "vFrom",
        label: t.qshVFrom,
        options: [
          { value: "source", label: t.qshFromSourceOption },
          { value: "target", label: t.qshFromTargetOption },
        ],
      },
    ],
    initial: { Lq: 5, Lk: 4, dk: 4, dv: 3, vFrom: "source" },
    render(state, document) {
      const { Lq, Lk, dk, dv } = state;
      const wrong = state.vFrom === "target";
      const rng = createRandom(1);
      const q = randomMatrix(rng, Lq, dk); // (Lq, dk)
      const k = randomMatrix(rng, Lk, dk); // (Lk, dk)
      const v = randomMatrix(rng, wrong ? Lq : Lk, dv); // (Lk, dv) from the source; (Lq, dv) if taken from the target
      const blocks: Block[] = [
        { name: "Q", rows: q.rows, cols: q.cols, dims: "Lq × d_k", from: "target", origin: t.qshOriginQ },
        { name: "K", rows: k.rows, cols: k.cols, dims: "Lk × d_k", from: "source", origin: t.qshOriginK },
        wrong
          ? { name: "V", rows: v.rows, cols: v.cols, dims: "Lq × d_v", from: "target", origin: t.qshOriginVWrong }
          : { name: "V", rows: v.rows, cols: v.cols, dims: "Lk × d_v", from: "source", origin: t.qshOriginV },
      ];
      let readout: string;
      let output: Matrix | undefined;
      try {
        const trace = scaledDotProductAttention(q, k, v);
        output = trace.output;
        blocks.push(
          { name: t.qshWeights, rows: trace.weights.rows, cols: trace.weights.cols, dims: "Lq × Lk", from: "mixed", origin: t.qshOriginWeights },
          { name: t.qshOutput, rows: trace.output.rows, cols: trace.output.cols, dims: "Lq × d_v", from: "target", origin: t.qshOriginOutput },
        );
        readout = wrong
          ? t.qshReadoutWrong(Lq)
          : t.qshReadout(trace.output.rows, trace.output.cols, trace.weights.rows, trace.weights.cols);
      } catch (error) {
        if (!(error instanceof AttentionError)) throw error;
        readout = t.qshRefused(coreErrorMessage({ op: error.op, ...error.reason }, lang));
      }
      // The blocks are hidden from assistive tech (a bare <rect> may not carry a label); every shape is in this name and the table.
      const plot = blockDiagram(
        blocks,
        t.qshAria(blocks.map((b) => t.qshBlock(b.name, b.rows, b.cols)), !output),
        document,
      );
      const table = shapesTable(t, blocks, t.qshCaption(Lq, Lk, dk, dv, state.vFrom === "target"), document);
      return { plots: [plot, legend(t, document)], tables: [table], readout };
    },
  };
});
