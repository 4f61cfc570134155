import * as Plot from "@observablehq/plot";
import type { Matrix } from "../core";
import { decoderBlockExample, defaultDecoderLayers } from "../examples/decoderBlockExample";
import { rowRms } from "../examples/residualStreamRms";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { plotChart } from "../plots/plotChart";
import { formatValue } from "../plots/formatValue";
import { textTable } from "../plots/textTable";
import { lessonFiguresText, type Arrangement, type LessonFiguresText, type Sublayer } from "../i18n/lessonFiguresText";
import { defineFigure } from "./figureDefinition";

interface State {
  [key: string]: string | number;
  arrangement: Arrangement;
  sublayer: Sublayer;
  /** Decoder layer, counting from 1. */
  layer: number;
}

const sublayers: readonly Sublayer[] = ["selfAttention", "crossAttention", "feedForward"];
/** Okabe-Ito: orange for the chosen sublayer, sky blue for the norms, vermilion for the encoder's memory. */
const colours = { chosen: "#E69F00", norm: "#56B4E9", memory: "#D55E00" } as const;

/** The drawing's coordinates are pixels: x across, y down. */
const geometry = {
  width: 292,
  centre: 160,
  boxLeft: 84,
  boxRight: 236,
  lane: 262,
  sublayerHeight: 34,
  normHeight: 22,
  addRadius: 9,
  gap: 18,
} as const;

interface Node {
  kind: "sublayer" | "norm" | "add";
  unit: number;
  top: number;
  bottom: number;
  label: string;
}

/** The nodes of one layer top to bottom: per sublayer LN, f, add (pre-norm) or f, add, LN (post-norm); and where each residual branch leaves. */
function layout(arrangement: Arrangement, t: LessonFiguresText): { nodes: Node[]; forks: number[]; end: number } {
  const nodes: Node[] = [];
  const forks: number[] = [];
  let y = 34;
  const place = (kind: Node["kind"], unit: number, label: string) => {
    const height = kind === "sublayer" ? geometry.sublayerHeight : kind === "norm" ? geometry.normHeight : 2 * geometry.addRadius;
    nodes.push({ kind, unit, top: y, bottom: y + height, label });
    y += height + geometry.gap;
  };
  sublayers.forEach((sublayer, unit) => {
    forks.push(y - geometry.gap / 2);
    const order: Node["kind"][] = arrangement === "pre" ? ["norm", "sublayer", "add"] : ["sublayer", "add", "norm"];
    for (const kind of order) place(kind, unit, kind === "sublayer" ? t.dbBox(sublayer) : kind === "norm" ? t.dbNorm(unit + 1) : "+");
  });
  return { nodes, forks, end: y - geometry.gap };
}

/** The block diagram of one decoder layer, drawn with Plot marks on pixel scales; the chosen sublayer is filled orange. */
function blockDiagram(arrangement: Arrangement, chosen: Sublayer, layer: number, layers: number, ariaLabel: string, t: LessonFiguresText, document: Document): Element {
  const { nodes, forks, end } = layout(arrangement, t);
  const chosenUnit = sublayers.indexOf(chosen);
  const height = end + 104;
  const { centre, boxLeft, boxRight, lane, addRadius } = geometry;
  const boxes = nodes.filter((n) => n.kind !== "add");
  const adds = nodes.filter((n) => n.kind === "add");
  // Arrows along the main path: into the first node, between nodes, out of the last.
  const main = [{ from: 6, to: nodes[0].top }, ...nodes.slice(1).map((n, k) => ({ from: nodes[k].bottom, to: n.top })), { from: end, to: end + 26 }];
  // Each residual branch: from its fork, out to the lane, down to the add, back in to the circle.
  const branches = forks.flatMap((fork, unit) => {
    const add = adds[unit];
    const mid = (add.top + add.bottom) / 2;
    return [
      { unit, x: centre, y: fork },
      { unit, x: lane, y: fork },
      { unit, x: lane, y: mid },
    ];
  });
  const cross = nodes.find((n) => n.kind === "sublayer" && n.unit === 1)!;
  const crossMid = (cross.top + cross.bottom) / 2;
  const chosenNodes = nodes.filter((n) => n.unit === chosenUnit);
  const frameTop = forks[chosenUnit] - 6;
  const frameBottom = chosenNodes[chosenNodes.length - 1].bottom + 6;
  const isChosen = (n: Node) => n.kind === "sublayer" && n.unit === chosenUnit;
  const fill = (n: Node) => (n.kind === "norm" ? colours.norm : n.unit === chosenUnit ? colours.chosen : "currentColor");
  const fillOpacity = (n: Node) => (n.kind === "norm" ? 0.35 : n.unit === chosenUnit ? 0.9 : 0.06);
  const queryInput = nodes.filter((n) => n.kind === "sublayer" && n.unit < 2);
  return plotChart({
    document,
    ariaLabel,
    width: geometry.width,
    height,
    margin: 0,
    // The fills and opacities above are colours and opacities as given, not data to scale.
    color: { type: "identity" },
    opacity: { type: "identity" },
    x: { domain: [0, geometry.width], axis: null },
    y: { domain: [height, 0], axis: null },
    marks: [
      // The chosen sublayer's whole unit (its norm, its residual add) in a dashed frame.
      Plot.rect([0], { x1: boxLeft - 10, x2: lane + 12, y1: frameTop, y2: frameBottom, fill: "none", stroke: colours.chosen, strokeWidth: 2, strokeDasharray: "5 3", rx: 6 }),
      Plot.arrow(main, { x1: centre, x2: centre, y1: "from", y2: "to", stroke: "currentColor", headLength: 7 }),
      Plot.line(branches, { x: "x", y: "y", z: "unit", stroke: "currentColor", strokeDasharray: "4 3" }),
      Plot.arrow(adds, { x1: lane, x2: centre + addRadius, y1: (n: Node) => (n.top + n.bottom) / 2, y2: (n: Node) => (n.top + n.bottom) / 2, stroke: "currentColor", strokeDasharray: "4 3", headLength: 7 }),
      Plot.dot(forks, { x: centre, y: (y: number) => y, r: 3, fill: "currentColor" }),
      Plot.rect(boxes, { x1: boxLeft, x2: boxRight, y1: "top", y2: "bottom", fill, fillOpacity, stroke: "currentColor", rx: 4 }),
      Plot.text(boxes.filter((n) => !isChosen(n)), { x: centre, y: (n: Node) => (n.top + n.bottom) / 2, text: "label", fontSize: 12 }),
      // Black on the orange fill in both themes (light text on orange would fail contrast in the dark one).
      Plot.text(boxes.filter(isChosen), { x: centre, y: (n: Node) => (n.top + n.bottom) / 2, text: "label", fontSize: 12, fontWeight: "bold", fill: "black" }),
      Plot.dot(adds, { x: centre, y: (n: Node) => (n.top + n.bottom) / 2, r: addRadius, fill: "var(--panel, white)", stroke: "currentColor" }),
      Plot.text(adds, { x: centre, y: (n: Node) => (n.top + n.bottom) / 2, text: () => "+", fontSize: 15, fontWeight: "bold" }),
      // Where the queries' input X_t enters the two attention sublayers.
      Plot.text(queryInput, { x: centre - 6, y: (n: Node) => n.top - geometry.gap / 2, text: (n: Node) => (n.unit === 0 ? "X_t → Q, K, V" : "X_t → Q"), textAnchor: "end", fontSize: 11, fontStyle: "italic" }),
      // The encoder's memory, the same for every decoder layer, into cross-attention's keys and values.
      Plot.arrow([0], { x1: 8, x2: boxLeft, y1: crossMid + 4, y2: crossMid + 4, stroke: colours.memory, strokeWidth: 2, headLength: 7 }),
      Plot.text([t.dbMemory, "→ K, V"], { x: 10, y: (_: string, k: number) => crossMid - 17 + 12 * k, text: (s: string) => s, textAnchor: "start", fontSize: 11, fontWeight: "bold" }),
      Plot.text([t.dbResidual], { x: lane + 10, y: forks[0] + 30, text: (s: string) => s, textAnchor: "start", fontSize: 10, rotate: 90 }),
      Plot.text([t.dbIn(layer, layers)], { x: centre + 8, y: 10, text: (s: string) => s, textAnchor: "start", fontSize: 11 }),
      Plot.text([layer < layers ? t.dbOutTo(layer + 1) : t.dbOutFinal], { x: centre + 8, y: end + 14, text: (s: string) => s, textAnchor: "start", fontSize: 11 }),
      // nn.Transformer's final LayerNorm of the stack, after the last layer, in both arrangements.
      Plot.rect([0], { x1: boxLeft - 20, x2: boxRight + 20, y1: end + 32, y2: end + 56, fill: colours.norm, fillOpacity: 0.2, stroke: "currentColor", strokeDasharray: "4 3", rx: 4 }),
      Plot.text([t.dbFinalNorm], { x: centre, y: end + 44, text: (s: string) => s, fontSize: 11.5 }),
      Plot.text([t.dbFinalNote(layers)], { x: centre, y: end + 70, text: (s: string) => s, fontSize: 10.5 }),
    ],
  });
}

const meanRowRms = (m: Matrix) => rowRms(m).reduce((sum, r) => sum + r, 0) / m.rows;


/**
 * Decoder-block lesson: one layer of the tiny encoder-decoder (src/model) drawn as a block diagram,
 * post-norm or pre-norm, with the chosen sublayer's inputs, outputs and weights computed by decoderLayer.
 */
export default defineFigure<State>((lang) => {
  const t = lessonFiguresText[lang];
  /** "6 × 8 (Lq × d_model)" */
  const shape = (m: Matrix, dims: string) => t.dbShape(m.rows, m.cols, dims);
  return {
    controls: [
      {
        kind: "select",
        name: "arrangement",
        label: t.dbNormControl,
        options: [
          { value: "post", label: t.dbPostOption },
          { value: "pre", label: t.dbPreOption },
        ],
      },
      { kind: "select", name: "sublayer", label: t.dbSublayerControl, options: sublayers.map((s, n) => ({ value: s, label: `${n + 1}. ${t.dbName(s)}` })) },
      { kind: "select", name: "layer", label: t.dbLayerControl, options: Array.from({ length: defaultDecoderLayers }, (_, l) => ({ value: String(l + 1), label: String(l + 1) })) },
    ],
    initial: { arrangement: "post", sublayer: "crossAttention", layer: 1 },
    render(state, document) {
      const normFirst = state.arrangement === "pre";
      const { trace, source, targetIn, config } = decoderBlockExample({ normFirst });
      const layers = config.decoderLayers;
      const l = state.layer - 1;
      const decoder = trace.decoder[l];
      if (!decoder) throw new Error(t.dbNoLayer(state.layer, layers));
      // The stream entering the chosen sublayer: the layer's input, or what the previous sublayer left.
      const layerInput = l === 0 ? trace.tgtInput : trace.decoder[l - 1].feedForward.output;
      const input = { selfAttention: layerInput, crossAttention: decoder.selfAttention.output, feedForward: decoder.crossAttention.output }[state.sublayer];
      const norm = t.dbNorm(sublayers.indexOf(state.sublayer) + 1);
      const formula = t.dbFormula(state.arrangement);
      const name = t.dbName(state.sublayer);
      const before = l === 0 ? t.dbEmbeddings : t.dbLayerOutput(l);
      const streamIn = state.sublayer === "selfAttention" ? before : state.sublayer === "crossAttention" ? t.dbAfterSelf : t.dbAfterCross;
      const fIn = normFirst ? t.dbNormOf(norm, streamIn) : streamIn;
      const reads = normFirst ? t.dbNormOf(norm, "x") : t.dbXItself;
      const dModel = config.dModel;

      // What the chosen sublayer reads and writes, as lines of text beside the diagram.
      const facts: [string, string][] = [[t.dbStreamIn, t.dbColon(streamIn, shape(input, "Lq × d_model"))]];
      let panels: Element[];
      let tables: HTMLTableElement[];
      let said: string;
      if (state.sublayer === "feedForward") {
        const ff = decoder.feedForward.inner;
        facts.push(
          [t.dbFReads, t.dbEachRow(reads, shape(ff.input, "Lq × d_model"))],
          [t.dbHidden, t.dbColon("relu(x W₁ + b₁)", shape(ff.activated, "Lq × d_ff"))],
          [t.dbFWrites, t.dbHiddenWrite(shape(ff.output, "Lq × d_model"))],
        );
        const out = decoder.feedForward.output;
        panels = [
          heatmap(out, {
            rowLabels: targetIn,
            colLabels: Array.from({ length: dModel }, (_, j) => `d${j + 1}`),
            kind: "diverging",
            rowTitle: t.dbTargetPosition,
            colTitle: t.dbFeature,
            cellSize: 36, // room for two decimals and a sign
            marginLeft: 64,
            shape: ["Lq", "d_model"],
            ariaLabel: t.dbFfAria(state.layer, formula, out.rows, out.cols),
            document,
            lang,
          }),
        ];
        tables = [numbersTable(out, { rowLabels: targetIn, colLabels: Array.from({ length: dModel }, (_, j) => `d${j + 1}`), caption: t.dbFfCaption(state.layer, formula), corner: t.dbPositionCorner, document })];
        said = t.dbFfSaid(ff.input.cols, ff.activated.cols, ff.output.cols);
      } else {
        const attention = decoder[state.sublayer].inner;
        const isCross = state.sublayer === "crossAttention";
        const keys = isCross ? source : targetIn;
        const kv = isCross ? trace.memory : attention.input;
        facts.push(
          [t.dbQueriesInput, t.dbColon(reads, shape(attention.input, "Lq × d_model"))],
          [t.dbKvFrom, isCross ? t.dbKvMemory(shape(kv, "Lk × d_model"), layers) : t.dbKvSelf(shape(kv, "Lq × d_model"))],
          [t.dbWeights, t.dbPerHead(shape(attention.perHead[0].attention.weights, isCross ? "Lq × Lk" : "Lq × Lq"), attention.heads, attention.dk)],
          [t.dbFWrites, t.dbConcat(shape(attention.output, "Lq × d_model"))],
        );
        panels = attention.perHead.map((head, n) =>
          heatmap(head.attention.weights, {
            rowLabels: targetIn,
            colLabels: keys,
            rowTitle: t.dbHeadQuery(n + 1),
            colTitle: isCross ? t.dbKeySource : t.dbKeyTarget,
            cellSize: 28,
            marginLeft: 64,
            shape: ["Lq", isCross ? "Lk" : "Lq"],
            ariaLabel: t.dbHeadAria(n + 1, attention.heads, name, state.layer, formula, targetIn.length, keys.length, isCross),
            document,
            lang,
          }),
        );
        tables = attention.perHead.map((head, n) =>
          numbersTable(head.attention.weights, {
            rowLabels: targetIn,
            colLabels: keys,
            caption: t.dbHeadCaption(n + 1, name, state.layer, formula, isCross),
            corner: t.dbQueryKeyCorner,
            document,
          }),
        );
        said = isCross ? t.dbCrossSaid(fIn, shape(kv, "Lk × d_model")) : t.dbSelfSaid(fIn);
      }
      const out = decoder[state.sublayer].output;
      facts.push([t.dbStreamOut, t.dbStreamOutText(t.dbOutFormula(normFirst, sublayers.indexOf(state.sublayer) + 1), shape(out, "Lq × d_model"), formatValue(meanRowRms(out), 2))]);

      const side = document.createElement("div");
      side.setAttribute("style", "flex:1 1 18rem;min-width:0");
      const title = document.createElement("p");
      title.setAttribute("style", "margin:0;font-weight:600");
      title.textContent = t.dbTitle(state.layer, name, formula);
      const list = document.createElement("dl");
      list.setAttribute("style", "margin:0.25rem 0 0.5rem;font-size:0.9rem");
      for (const [term, text] of facts) {
        const dt = document.createElement("dt");
        dt.setAttribute("style", "font-weight:600;margin-top:0.25rem");
        dt.textContent = term;
        const dd = document.createElement("dd");
        dd.setAttribute("style", "margin:0");
        dd.textContent = text;
        list.append(dt, dd);
      }
      // One map per head, side by side where they fit (LiveFigure pages do not load figures.css).
      const maps = document.createElement("div");
      maps.setAttribute("style", "display:flex;flex-wrap:wrap;gap:0.5rem 1rem");
      maps.append(...panels);
      side.append(title, list, maps);

      const order = sublayers.map((s, n) => t.dbOrderStep(t.dbName(s), s === "crossAttention", normFirst, t.dbNorm(n + 1)));
      const diagram = blockDiagram(
        state.arrangement,
        state.sublayer,
        state.layer,
        layers,
        t.dbDiagramAria(state.layer, layers, formula, order, name),
        t,
        document,
      );
      const row = document.createElement("div");
      row.setAttribute("style", "display:flex;flex-wrap:wrap;gap:0.75rem 1.5rem;align-items:flex-start");
      row.append(diagram, side);

      const steps = textTable(
        document,
        t.dbStepsCaption(state.layer, layers, formula),
        t.dbStepsHeaders,
        sublayers.map((s, n) => {
          const sub = decoder[s];
          const g = normFirst ? `x + f(LN${n + 1}(x))` : `LN${n + 1}(x + f(x))`;
          if (s === "feedForward") return [`${n + 1}. ${t.dbName(s)}`, g, t.dbNoAttention, "—", "—", shape(sub.output, "Lq × d_model")];
          const a = decoder[s].inner;
          const from = s === "selfAttention" ? (l === 0 ? t.dbFromEmbeddings : t.dbFromLayer(l)) : t.dbFromSelf;
          return [
            `${n + 1}. ${t.dbName(s)}`,
            g,
            t.dbQueriesFrom(normFirst ? `LN${n + 1}` : null, from, shape(a.input, "Lq × d_model")),
            s === "crossAttention" ? t.dbMemoryCell(shape(trace.memory, "Lk × d_model")) : t.dbCausal,
            t.dbHeadsCell(shape(a.perHead[0].attention.weights, s === "crossAttention" ? "Lq × Lk" : "Lq × Lq"), a.heads),
            shape(sub.output, "Lq × d_model"),
          ];
        }),
      );
      const readout = t.dbReadout(state.layer, formula, name, said);
      return { plots: [row], tables: [steps, ...tables], readout };
    },
  };
});
