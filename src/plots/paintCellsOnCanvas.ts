import { cellGrid, type CellGrid } from "./cellGrid";
import { packedRgb } from "./packedRgb";

const svgNamespace = "http://www.w3.org/2000/svg";
/** The class of the <foreignObject> that holds the canvas; figure export reads the colours back from it. */
export const holderClass = "heatmap-canvas";

/**
 * What a canvas keeps between repaints, read once since the layout never changes under it: where
 * each cell rect sits (SVG user units), and for a regular grid of cells, an image of one pixel per
 * cell (and the small canvas it goes through) that is drawn scaled up in one call.
 */
interface CanvasState {
  /** Device pixels per CSS pixel when the canvas was sized. */
  ratio: number;
  geometry: Float64Array;
  grid?: { cells: CellGrid; image: ImageData; source: HTMLCanvasElement };
}
const stateOf = new WeakMap<HTMLCanvasElement, CanvasState>();

/**
 * Paints the colours of a heatmap's cells (`rects`, one fill per rect) on one canvas under them,
 * for a drawing in the page that a lab repaints in place. Recolouring thousands of SVG rects makes
 * the browser restyle each one (about 20 ms for the 3,072 cells of the sentence explorer at its
 * largest). A regular grid of cells (every heatmap Plot draws) is painted as one image of one pixel
 * per cell, scaled up without smoothing and with the gaps between cells cleared: about 0.4 ms with
 * the colours read, where setting a fill style per cell took 2-4 ms (the browser parses each colour). Other rects, and colours
 * this module cannot read, are filled one by one. The rects stay, filled transparent, so hover,
 * focus, names and hit testing are unchanged.
 *
 * The first call adds the canvas (in a <foreignObject> just before the cells' group, so it paints
 * beneath them) and clears the rects' fills. Returns false, changing nothing, where there is no
 * canvas (a server-side DOM) or the cells' group is transformed; the caller then writes the fills.
 */
export function paintCellsOnCanvas(svg: Element, cells: Element, rects: readonly Element[], fills: readonly string[]): boolean {
  if (cells.hasAttribute("transform")) return false;
  let canvas = svg.querySelector<HTMLCanvasElement>(`:scope > foreignObject.${holderClass} > canvas`);
  // Device pixels, so cell edges stay as sharp as the rects'.
  const ratio = Math.max(1, globalThis.devicePixelRatio || 1);
  // A canvas this module did not set up (a copied drawing) has no geometry, and one made before the
  // reader zoomed has too few pixels: start again.
  if (canvas && (!stateOf.has(canvas) || stateOf.get(canvas)!.ratio !== ratio)) {
    canvas.parentElement!.remove();
    canvas = null;
  }
  if (!canvas) {
    const created = svg.ownerDocument.createElement("canvas");
    if (typeof created.getContext !== "function" || !created.getContext("2d")) return false;
    canvas = created;
    const width = Number(svg.getAttribute("width"));
    const height = Number(svg.getAttribute("height"));
    const holder = svg.ownerDocument.createElementNS(svgNamespace, "foreignObject");
    holder.setAttribute("class", holderClass);
    holder.setAttribute("aria-hidden", "true");
    holder.setAttribute("width", String(width));
    holder.setAttribute("height", String(height));
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.cssText = "display:block;width:100%;height:100%";
    canvas.getContext("2d")!.setTransform(ratio, 0, 0, ratio, 0, 0);
    holder.append(canvas);
    cells.before(holder);
    const geometry = new Float64Array(rects.length * 4);
    rects.forEach((rect, n) => {
      geometry.set(["x", "y", "width", "height"].map((name) => Number(rect.getAttribute(name))), n * 4);
      // Transparent, not none: a rect filled with none would no longer take the pointer.
      rect.setAttribute("fill", "transparent");
    });
    stateOf.set(canvas, { ratio, geometry, grid: gridImage(geometry, svg.ownerDocument) });
  }
  const { geometry, grid } = stateOf.get(canvas)!;
  const context = canvas.getContext("2d")!;
  context.clearRect(0, 0, canvas.width, canvas.height);
  if (grid && paintGrid(context, grid, fills)) return true;
  fills.forEach((fill, n) => {
    context.fillStyle = fill;
    context.fillRect(geometry[n * 4], geometry[n * 4 + 1], geometry[n * 4 + 2], geometry[n * 4 + 3]);
  });
  return true;
}

function gridImage(geometry: Float64Array, document: Document): CanvasState["grid"] {
  const cells = cellGrid(geometry);
  if (!cells) return undefined;
  const source = document.createElement("canvas");
  source.width = cells.cols;
  source.height = cells.rows;
  return { cells, image: new ImageData(cells.cols, cells.rows), source };
}

/** Draws the cells as one scaled image; false (nothing drawn) if a colour is not one this module reads. */
function paintGrid(context: CanvasRenderingContext2D, { cells, image, source }: NonNullable<CanvasState["grid"]>, fills: readonly string[]): boolean {
  const pixels = image.data;
  pixels.fill(0); // places without a rect (masked cells) stay transparent
  for (let n = 0; n < fills.length; n++) {
    const rgb = packedRgb(fills[n]);
    if (rgb === undefined) return false;
    const at = cells.at[n] * 4;
    pixels[at] = rgb >> 16;
    pixels[at + 1] = (rgb >> 8) & 255;
    pixels[at + 2] = rgb & 255;
    pixels[at + 3] = 255;
  }
  source.getContext("2d")!.putImageData(image, 0, 0);
  const { x0, y0, stepX, stepY, width, height, cols, rows } = cells;
  context.imageSmoothingEnabled = false;
  context.drawImage(source, 0, 0, cols, rows, x0, y0, cols * stepX, rows * stepY);
  // Each cell's pixel covers its whole step: clear the gap after every column and row.
  if (stepX > width) for (let j = 0; j < cols; j++) context.clearRect(x0 + j * stepX + width, y0, stepX - width, rows * stepY);
  if (stepY > height) for (let i = 0; i < rows; i++) context.clearRect(x0, y0 + i * stepY + height, cols * stepX, stepY - height);
  return true;
}
