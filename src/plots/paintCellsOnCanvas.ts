const svgNamespace = "http://www.w3.org/2000/svg";
const holderClass = "heatmap-canvas";

/** Where each cell rect sits, in the SVG's user units: read once per canvas, since the layout never changes under it. */
const geometryOf = new WeakMap<HTMLCanvasElement, Float64Array>();

/**
 * Paints the colours of a heatmap's cells (`rects`, one fill per rect) on one canvas under them,
 * for a drawing in the page that a lab repaints in place. Recolouring thousands of SVG rects makes
 * the browser restyle each one (about 20 ms for the 3,072 cells of the sentence explorer at its
 * largest); a canvas repaint costs well under a millisecond. The rects stay, filled transparent, so
 * hover, focus, names and hit testing are unchanged.
 *
 * The first call adds the canvas (in a <foreignObject> just before the cells' group, so it paints
 * beneath them) and clears the rects' fills. Returns false, changing nothing, where there is no
 * canvas (a server-side DOM) or the cells' group is transformed; the caller then writes the fills.
 */
export function paintCellsOnCanvas(svg: Element, cells: Element, rects: readonly Element[], fills: readonly string[]): boolean {
  if (cells.hasAttribute("transform")) return false;
  let canvas = svg.querySelector<HTMLCanvasElement>(`:scope > foreignObject.${holderClass} > canvas`);
  // A canvas this module did not set up (a copied drawing) has no geometry: start again.
  if (canvas && !geometryOf.has(canvas)) {
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
    // Device pixels, so cell edges stay as sharp as the rects'.
    const ratio = Math.max(1, globalThis.devicePixelRatio || 1);
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
    geometryOf.set(canvas, geometry);
  }
  const geometry = geometryOf.get(canvas)!;
  const context = canvas.getContext("2d")!;
  context.clearRect(0, 0, canvas.width, canvas.height);
  fills.forEach((fill, n) => {
    context.fillStyle = fill;
    context.fillRect(geometry[n * 4], geometry[n * 4 + 1], geometry[n * 4 + 2], geometry[n * 4 + 3]);
  });
  return true;
}
