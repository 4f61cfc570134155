import * as Plot from "@observablehq/plot";
import { plotChart } from "./plotChart";
import type { Matrix } from "../core";
import { matrixCells, type MatrixCell } from "./matrixCells";
import { formatValue } from "./formatValue";
import { activeRedrawScope } from "./RedrawScope";
import { paintCellsOnCanvas } from "./paintCellsOnCanvas";
import { nameCellsLater } from "./nameCellsLater";
import { drawingLang } from "./drawingLang";
import { plotGroupName } from "./plotGroupName";
import { figureText } from "../i18n/figureText";
import type { Lang } from "../i18n/lang";
import { shortLabel } from "./shortLabel";
import { textWidth } from "./textWidth";

/** Colour-blind-safe defaults: viridis for weights (0..1), purple-orange diverging for signed scores. */
const defaults = {
  cellSize: 44,
  /** Below this cell size the values no longer fit in their cells; hover, focus and the table still give them. */
  minCellForText: 28,
  /** A wide matrix (Q at d_model = 64) shrinks its cells to stay about this wide. */
  maxPlotWidth: 640,
  minCellSize: 8,
  marginLeft: 80,
  marginBottom: 44,
  marginTop: 8,
  badgeMargin: 22,
  /** Plot's tick labels are 10 px; they sit 9 px (tick and padding) from the cells. */
  tickFontSize: 10,
  tickOffset: 9,
  /** Room for an axis title (12 px line) and the gap before it. */
  titleRoom: 18,
  /** Margins grow in steps of this, so a slightly longer word does not change the layout. */
  marginStep: 8,
  maskedFill: "var(--masked-fill, #bdbdbd)",
  sequentialScheme: "viridis",
  divergingScheme: "puor",
  /**
   * From this many cells, a drawing repainted in place paints its colours on a canvas: below it,
   * restyling the rects costs less than setting up the canvas (measured with npm run bench:browser).
   */
  minCellsForCanvas: 128,
  /** From this many cells, a drawing repainted in place names its cells in idle time (see nameCellsLater). */
  minCellsForLaterNames: 128,
  /**
   * Above this many cells, a map the keyboard cannot enter is one image for a screen reader, named
   * with a pointer to its "show the numbers" table: reading a 16 x 64 map cell by cell is 1,024 stops.
   * (Its cells keep their names for the hover tooltip.)
   */
  maxCellsReadOneByOne: 100,
  /** Tick labels longer than this are cut with "…" (the full word stays in the cells' names). */
  maxLabelLength: 12,
  /** Layouts remembered per document: enough for every heatmap of a lab, bounded for a long session. */
  maxTemplates: 64,
} as const;

export interface HeatmapOptions {
  /** One label per row (e.g. target tokens for the query axis). */
  rowLabels: readonly string[];
  /** One label per column (e.g. source tokens for the key axis). */
  colLabels: readonly string[];
  /** "sequential" for weights in [0, 1]; "diverging" for signed values such as scores. */
  kind?: "sequential" | "diverging";
  /** Axis titles, e.g. "query (target)" and "key (source)". */
  rowTitle?: string;
  colTitle?: string;
  /** Accessible name of the SVG. */
  ariaLabel: string;
  /** Row to outline, e.g. the query a reader picked. */
  highlightRow?: number;
  /** Column to outline, e.g. the source token under the pointer. */
  highlightCol?: number;
  /** One cell [i, j] to outline strongly, e.g. the weight a reader is following. */
  highlightCell?: readonly [number, number];
  /** Names of the two dimensions, e.g. ["Lq", "Lk"]: draws the badge "Lq × Lk = 5 × 4" above the cells. */
  shape?: readonly [string, string];
  /** Side of a cell in px; by default 44, shrunk for wide matrices so the plot stays readable. */
  cellSize?: number;
  marginLeft?: number;
  /**
   * Makes the cells keyboard-focusable (one tab stop, roving tabindex; see focusableCells) and tags
   * each with data-i and data-j so an island can link it to other figures (its value is in its aria-label).
   */
  focusable?: boolean;
  digits?: number;
  /** A server-side document (linkedom) at build time; the browser's document otherwise. */
  document?: Document;
  /** The edition whose words the heatmap adds to its names ("masked"); by default its document's (drawingLang), as a notebook cell's plot. */
  lang?: Lang;
}

/** The cell side: the given one, else 44 px shrunk so a wide matrix fits in about 640 px. */
function cellSizeFor(m: Matrix, options: HeatmapOptions): number {
  if (options.cellSize !== undefined) return options.cellSize;
  const fit = Math.floor((defaults.maxPlotWidth - (options.marginLeft ?? defaults.marginLeft)) / Math.max(1, m.cols));
  return Math.max(defaults.minCellSize, Math.min(defaults.cellSize, fit));
}

/**
 * Draws a matrix (rows x cols) as a labelled heatmap with each value written in its cell (when the
 * cells are big enough) and in the cell's accessible name, which the page's one cell tooltip shows
 * on hover and focus. Masked entries (-Infinity) are grey, dashed and marked "−∞", and named
 * "masked" to screen readers, rather than coloured as a very small number.
 * Indices, not labels, key the scales so repeated tokens ("the ... the") keep their own rows.
 */
export function heatmap(m: Matrix, options: HeatmapOptions): SVGSVGElement | HTMLElement {
  const { rowLabels, colLabels, kind = "sequential", digits = 2 } = options;
  if (rowLabels.length !== m.rows) throw new RangeError(`heatmap: ${rowLabels.length} row labels for a matrix with ${m.rows} rows`);
  if (colLabels.length !== m.cols) throw new RangeError(`heatmap: ${colLabels.length} column labels for a matrix with ${m.cols} columns`);
  const cells = matrixCells(m);
  const finite = cells.filter((c) => !c.masked);
  const masked = cells.filter((c) => c.masked);
  const extent = Math.max(1e-12, ...finite.map((c) => Math.abs(c.value)));
  const color: Plot.ScaleOptions =
    kind === "sequential"
      ? { type: "linear", scheme: defaults.sequentialScheme, domain: [0, Math.max(1, ...finite.map((c) => c.value))] }
      : { type: "linear", scheme: defaults.divergingScheme, domain: [-extent, extent] };
  // Text must stay readable on both ends of the scale: light text on dark cells, dark on light.
  const textFill = (c: MatrixCell) => {
    if (c.masked) return "currentColor";
    const t = kind === "sequential" ? c.value / (color.domain as number[])[1] : Math.abs(c.value) / extent;
    return kind === "sequential" ? (t < 0.6 ? "white" : "black") : t > 0.6 ? "white" : "black";
  };
  const size = cellSizeFor(m, options);
  const showValues = size >= defaults.minCellForText;
  const axes = axisLayout(options, size, m.cols);
  const words = figureText[options.lang ?? drawingLang((options.document ?? document).documentElement)];
  const describe = (c: MatrixCell) => `${rowLabels[c.i]} → ${colLabels[c.j]}: ${c.masked ? words.masked : formatValue(c.value, digits)}`;

  // A control change redraws a heatmap of the same layout with new numbers. Inside an island's
  // RedrawScope the drawing already in the page is repainted where it is; otherwise the last drawing
  // of that layout is cloned and repainted. Either is ~10x cheaper than laying out a new Plot.
  // Anything that changes the layout is part of the key.
  const key = layoutKey(m, masked, options, size, showValues, axes);
  const oneImage = !options.focusable && cells.length > defaults.maxCellsReadOneByOne;
  const ariaLabel = oneImage ? words.everyValueInTable(options.ariaLabel, words.showTheNumbers) : options.ariaLabel;
  const painting = (): Painting => {
    const scale = Plot.scale({ color });
    const printed = showValues ? cells : [];
    return {
      ariaLabel,
      rowLabels: axes.rowTicks,
      colLabels: axes.colTicks,
      fills: finite.map((c) => String(scale.apply(c.value))),
      // Names on demand: a large drawing writes them later, in idle time.
      nameOf: (n) => describe(n < finite.length ? finite[n] : masked[n - finite.length]),
      printed: printed.map((c) => formatValue(c.value, digits)),
      printedFills: printed.map(textFill),
    };
  };
  const scope = activeRedrawScope();
  const live = scope?.claim(key);
  if (scope && live) {
    const next = painting();
    return scope.reuse(key, live, () => repaint(live, next, true)) as SVGSVGElement | HTMLElement;
  }
  const templates = templatesFor(options.document);
  const template = templates.get(key);
  if (template) {
    const svg = template.cloneNode(true) as SVGSVGElement | HTMLElement;
    repaint(svg, painting(), false);
    scope?.remember(key, svg);
    return svg;
  }

  const { marginLeft, marginBottom } = axes;
  const marginTop = options.shape ? defaults.badgeMargin : defaults.marginTop;
  const outline = (keep: (c: MatrixCell) => boolean, strokeWidth: number) =>
    Plot.cell(cells.filter(keep), { x: "j", y: "i", fill: "none", stroke: "currentColor", strokeWidth, inset: 1, ariaHidden: "true" });
  const badge = options.shape
    ? `${options.shape[0]} × ${options.shape[1]} = ${m.rows} × ${m.cols}${masked.length > 0 ? ` · ▨ = ${words.maskedBadge}` : ""}`
    : "";
  // A narrow matrix still leaves room for its badge (12 px text).
  const marginRight = Math.max(8, Math.ceil(textWidth(badge, 12)) - size * m.cols);
  const svg = plotChart({
    document: options.document,
    ariaLabel,
    width: marginLeft + size * m.cols + marginRight,
    height: marginTop + marginBottom + size * m.rows,
    marginLeft,
    marginRight,
    marginBottom,
    marginTop,
    padding: 0.04,
    x: {
      domain: colLabels.map((_, j) => j),
      tickFormat: (j: number) => axes.colTicks[j],
      label: options.colTitle ?? null,
      axis: "bottom",
      labelAnchor: "center",
      // Labels wider than their column: rotate them rather than run them together.
      ...(axes.rotate ? { tickRotate: -90 } : {}),
    },
    y: { domain: rowLabels.map((_, i) => i), tickFormat: (i: number) => axes.rowTicks[i], label: options.rowTitle ?? null, labelAnchor: "center" },
    color,
    marks: [
      Plot.cell(finite, { x: "j", y: "i", fill: "value", ariaLabel: describe, className: "heatmap-cells" }),
      Plot.cell(masked, {
        x: "j",
        y: "i",
        fill: defaults.maskedFill,
        stroke: "currentColor",
        strokeOpacity: 0.5,
        strokeDasharray: "3,2",
        inset: 1,
        ariaLabel: describe,
        className: "heatmap-masked",
      }),
      showValues
        ? Plot.text(cells, { x: "j", y: "i", text: (c) => formatValue(c.value, digits), fill: textFill, fontSize: 11, ariaHidden: "true", pointerEvents: "none", className: "heatmap-values" })
        : null,
      options.highlightRow !== undefined ? outline((c) => c.i === options.highlightRow, 2.5) : null,
      options.highlightCol !== undefined ? outline((c) => c.j === options.highlightCol, 2.5) : null,
      options.highlightCell ? outline((c) => c.i === options.highlightCell![0] && c.j === options.highlightCell![1], 4) : null,
      badge ? Plot.text([badge], { frameAnchor: "top-left", dy: -14, textAnchor: "start", fill: "currentColor", fontSize: 12, ariaHidden: "true" }) : null,
    ],
  });
  // A named cell is an image of one value: a bare rect may not carry a name (axe: aria-prohibited-attr).
  svg.querySelectorAll(".heatmap-cells rect, .heatmap-masked rect").forEach((rect) => rect.setAttribute("role", "img"));
  if (options.focusable) tagCells(svg, finite, masked);
  // One image with one name: its cells, named for the tooltip, are hidden from assistive tech
  // (an image's parts are presentational, but not every browser prunes an SVG's).
  if (oneImage) {
    svg.setAttribute("role", "img");
    svg.querySelectorAll(".heatmap-cells, .heatmap-masked").forEach((group) => group.setAttribute("aria-hidden", "true"));
  }
  if (templates.size >= defaults.maxTemplates) templates.delete(templates.keys().next().value!);
  templates.set(key, svg.cloneNode(true) as Element);
  scope?.remember(key, svg);
  return svg;
}

/** Where a heatmap's tick labels go and the margins they need. */
interface AxisLayout {
  /** The words on the axes, long ones shortened (shortLabel). */
  rowTicks: string[];
  colTicks: string[];
  /** Whether the column labels stand on end, because one is wider than its column. */
  rotate: boolean;
  marginLeft: number;
  marginBottom: number;
}

/**
 * Lays out the axes from the words on them, so no label runs into its neighbour ("<pad> 4<pad> 5"),
 * into an axis title, or out of the drawing: column labels wider than a column stand on end, and
 * the left and bottom margins grow (never below the defaults or the given marginLeft) to hold the
 * longest label and the title beyond it.
 */
function axisLayout(options: HeatmapOptions, size: number, cols: number): AxisLayout {
  const { tickFontSize, tickOffset, titleRoom, maxLabelLength, marginStep } = defaults;
  const rowTicks = options.rowLabels.map((label) => shortLabel(label, maxLabelLength));
  const colTicks = options.colLabels.map((label) => shortLabel(label, maxLabelLength));
  const widest = (labels: string[]) => Math.max(0, ...labels.map((label) => textWidth(label, tickFontSize)));
  // A column's label needs its width plus a small gap to the next one.
  const rotate = cols > 1 && widest(colTicks) > size - 4;
  const room = (needed: number, least: number) => Math.max(least, Math.ceil(needed / marginStep) * marginStep);
  const marginLeft = room(tickOffset + widest(rowTicks) + 4 + (options.rowTitle ? titleRoom : 0), options.marginLeft ?? defaults.marginLeft);
  const bottomTicks = rotate ? widest(colTicks) : tickFontSize + 2;
  const marginBottom = room(tickOffset + bottomTicks + 4 + (options.colTitle ? titleRoom : 0), defaults.marginBottom);
  return { rowTicks, colTicks, rotate, marginLeft, marginBottom };
}

/** Last drawings by layout, one cache per document (linkedom's at build time, the page's in the browser). */
const templateCaches = new WeakMap<object, Map<string, Element>>();
const browserDocument = {};

function templatesFor(document: Document | undefined): Map<string, Element> {
  const owner: object = document ?? browserDocument;
  let cache = templateCaches.get(owner);
  if (!cache) templateCaches.set(owner, (cache = new Map()));
  return cache;
}

/**
 * Everything that places marks: shape, axis titles, outlines, badge, which cells are masked, the
 * margins and the labels' rotation. Not the tick labels' words: words that fit the same margins (a
 * head count's column names, another sentence of the same length) only change texts, which a repaint rewrites.
 */
function layoutKey(m: Matrix, masked: MatrixCell[], options: HeatmapOptions, size: number, showValues: boolean, axes: AxisLayout): string {
  const { kind, rowTitle, colTitle, highlightRow, highlightCol, highlightCell, shape, focusable, digits } = options;
  const { rotate, marginLeft, marginBottom } = axes;
  const maskedAt = masked.map((c) => c.i * m.cols + c.j);
  return JSON.stringify([m.rows, m.cols, kind, rowTitle, colTitle, highlightRow, highlightCol, highlightCell, shape, focusable, digits, size, showValues, maskedAt, rotate, marginLeft, marginBottom]);
}

/** What a repaint writes: the plot's name, each finite cell's colour, each cell's name (finite cells, then masked), each printed value and its colour. */
interface Painting {
  ariaLabel: string;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  fills: string[];
  nameOf: (n: number) => string;
  printed: string[];
  printedFills: string[];
}

/**
 * Writes new values into a drawing of the same layout: colours and names of the cells, the
 * printed values and the tick labels. Only what differs from what the drawing shows is written, because each write
 * makes the browser restyle that node; comparing with the DOM itself, not a remembered painting,
 * stays right whatever else changed the drawing. `inPlace` (a drawing in the page, repainted in
 * place) paints the colours on a canvas under the cells instead, where the browser allows it, and
 * a large one gets its cells' names in idle time (nameCellsLater), aria-busy until then.
 */
function repaint(svg: Element, next: Painting, inPlace: boolean): void {
  // A drawing repainted in place remembers what it was given last, so most comparisons need no
  // DOM read. The stamp proves nothing else rewrote it since (morphChildren would have dropped it).
  const known = inPlace ? paintedInPlace.get(svg) : undefined;
  const last = known && svg.getAttribute("data-painted") === known.stamp ? known.painting : undefined;
  const stamp = String(++stamps);
  const write = (element: Element, name: string, value: string, before = element.getAttribute(name)) => {
    if (before !== value) element.setAttribute(name, value);
  };
  write(svg, "aria-label", next.ariaLabel, last?.ariaLabel);
  // Plot draws one element per datum, in data order.
  const cells = svg.querySelector(".heatmap-cells");
  const rects = cells ? Array.from(cells.children) : [];
  const painted = inPlace && rects.length >= defaults.minCellsForCanvas && paintCellsOnCanvas(svg, cells!, rects, next.fills);
  if (!painted) rects.forEach((rect, n) => write(rect, "fill", next.fills[n]));
  const named = [...rects, ...svg.querySelectorAll(".heatmap-masked rect")];
  if (inPlace && named.length >= defaults.minCellsForLaterNames) {
    nameCellsLater(svg, named, next.nameOf, () => svg.getAttribute("data-painted") === stamp);
  } else {
    named.forEach((rect, n) => write(rect, "aria-label", next.nameOf(n)));
  }
  const text = (element: Element, value: string, before = element.textContent) => {
    if (before !== value) element.textContent = value;
  };
  svg.querySelectorAll(".heatmap-values text").forEach((element, n) => {
    text(element, next.printed[n], last?.printed[n]);
    write(element, "fill", next.printedFills[n], last?.printedFills[n]);
  });
  // Plot writes one tick label per domain value (the indices), in order, in a group plotChart named in the drawing's language.
  const lang = drawingLang(svg);
  svg.querySelectorAll(`[aria-label="${plotGroupName("y-axis tick label", lang)}"] text`).forEach((element, i) => text(element, next.rowLabels[i], last?.rowLabels[i]));
  svg.querySelectorAll(`[aria-label="${plotGroupName("x-axis tick label", lang)}"] text`).forEach((element, j) => text(element, next.colLabels[j], last?.colLabels[j]));
  if (!inPlace) return;
  svg.setAttribute("data-painted", stamp);
  paintedInPlace.set(svg, { stamp, painting: next });
}

const paintedInPlace = new WeakMap<Element, { stamp: string; painting: Painting }>();
let stamps = 0;

/**
 * Gives each cell rect its indices (its value is in its name), and makes the cells one tab stop (the first cell
 * tabbable, the rest reachable with the arrow keys), so keyboard readers can visit every value.
 */
function tagCells(svg: Element, finite: MatrixCell[], masked: MatrixCell[]): void {
  const tag = (selector: string, cells: MatrixCell[]) => {
    // Plot draws one rect per datum, in data order.
    svg.querySelectorAll(`${selector} rect`).forEach((rect, n) => {
      const c = cells[n];
      rect.setAttribute("data-i", String(c.i));
      rect.setAttribute("data-j", String(c.j));
      rect.setAttribute("tabindex", c.i === 0 && c.j === 0 ? "0" : "-1");
    });
  };
  tag(".heatmap-cells", finite);
  tag(".heatmap-masked", masked);
  // A matrix whose (0, 0) is masked still needs one tab stop.
  if (!svg.querySelector('[tabindex="0"]')) svg.querySelector("[data-i]")?.setAttribute("tabindex", "0");
}
