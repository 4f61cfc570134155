import { holderClass } from "../plots/paintCellsOnCanvas";
import { figureFailureText } from "../i18n/figureFailureText";
import type { Lang } from "../i18n/lang";

const svgNamespace = "http://www.w3.org/2000/svg";

/**
 * Inherited properties that decide how SVG content looks. Each element gets the ones it does not
 * simply inherit from its parent, or that it sets itself by attribute (an attribute such as
 * fill="currentColor" would otherwise be read again, without the page's CSS, in the file).
 */
const inheritedProperties = [
  "fill", "fill-opacity", "fill-rule", "stroke", "stroke-opacity", "stroke-width", "stroke-dasharray",
  "stroke-linecap", "stroke-linejoin", "font-family", "font-size", "font-style", "font-weight",
  "font-variant-numeric", "letter-spacing", "text-anchor", "dominant-baseline", "paint-order",
  "visibility", "white-space",
] as const;
/** Containers never drawn by themselves: their content's display says nothing about the drawing. */
const resources = "defs, clipPath, mask, marker, pattern, symbol, linearGradient, radialGradient, filter";
/** Room around the drawing, in CSS pixels. */
const margin = 8;

/** A figure drawn as one stand-alone SVG, and its size in CSS pixels. */
export interface FigureSvg {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/** What a page element is drawn as, at its place on the screen. */
interface Placed {
  node: Element;
  box: DOMRect;
}

const transparent = (colour: string) => colour === "transparent" || /^rgba\(.*,\s*0\)$/.test(colour);

/**
 * One self-contained SVG of what a figure shows in `parts` (its drawing areas), laid out as on the
 * screen: each chart's SVG where it sits, HTML headings and labels between them as <text>, HTML
 * boxes with a background or a border as <rect>, on the figure's own background. Colours and fonts
 * are written in as displayed (computed styles: CSS variables, currentColor and the dark scheme
 * resolved; the font-family stack kept), and heatmap cells painted on a canvas
 * (paintCellsOnCanvas) get their colours back as fills, read from that canvas. Hidden parts (a
 * stepper's other stages, display: none) are left out. `title` names the drawing (its caption);
 * a refusal is said in edition `lang`.
 */
export function figureSvg(parts: readonly Element[], title: string, lang: Lang): FigureSvg {
  const failure = figureFailureText[lang];
  if (parts.length === 0) throw new Error(failure.noDrawingMarked);
  const document = parts[0].ownerDocument;
  const view = document.defaultView!;
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (element: Element) => {
    let style = styles.get(element);
    if (!style) styles.set(element, (style = view.getComputedStyle(element)));
    return style;
  };
  const make = (name: string, attributes: Record<string, string | number>) => {
    const element = document.createElementNS(svgNamespace, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  };

  const boxes: Placed[] = [];
  const charts: Placed[] = [];
  const texts: Placed[] = [];
  const ascents = new Map<string, number>();
  const measure = document.createElement("canvas").getContext("2d")!;

  /** A chart's SVG, copied with its computed styles and its canvas-painted cells filled. */
  const chart = (source: SVGSVGElement) => {
    const box = source.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const copy = source.cloneNode(true) as SVGSVGElement;
    writeStyles(source, copy, styleOf, canvasFills(source));
    const [width, height] = ["width", "height"].map((name) => Number(source.getAttribute(name)));
    if (!copy.hasAttribute("viewBox") && width > 0 && height > 0) copy.setAttribute("viewBox", `0 0 ${width} ${height}`);
    for (const [name, value] of Object.entries({ x: box.left, y: box.top, width: box.width, height: box.height })) copy.setAttribute(name, String(value));
    charts.push({ node: copy, box });
  };

  /** An HTML element's background and border, as a rect; nothing when it has neither. */
  const htmlBox = (element: Element, style: CSSStyleDeclaration) => {
    const filled = !transparent(style.backgroundColor);
    const line = style.borderTopStyle !== "none" ? parseFloat(style.borderTopWidth) : 0;
    if (!filled && !(line > 0)) return;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    boxes.push({
      box,
      node: make("rect", {
        // A stroke is centred on the edge; the border lies inside it.
        x: box.left + line / 2,
        y: box.top + line / 2,
        width: Math.max(0, box.width - line),
        height: Math.max(0, box.height - line),
        rx: parseFloat(style.borderTopLeftRadius) || 0,
        fill: filled ? style.backgroundColor : "none",
        ...(line > 0 ? { stroke: style.borderTopColor, "stroke-width": line } : {}),
      }),
    });
  };

  /** HTML text as <text> on its baseline, one per word when the browser wrapped it. */
  const htmlText = (node: Text) => {
    const element = node.parentElement!;
    const style = styleOf(element);
    if (node.data.trim() === "" || style.visibility !== "visible") return;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = range.getClientRects();
    if (lines.length === 0) return;
    const pieces: [string, DOMRect][] = [];
    if (lines.length === 1) pieces.push([node.data.replace(/\s+/g, " ").trim(), lines[0]]);
    else {
      for (const word of node.data.matchAll(/\S+/g)) {
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        pieces.push([word[0], range.getBoundingClientRect()]);
      }
    }
    // A text's client rect is its font's content area, so the baseline is the font's ascent below its top.
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    if (!ascents.has(font)) {
      measure.font = font;
      ascents.set(font, measure.measureText("Hg").fontBoundingBoxAscent);
    }
    for (const [content, box] of pieces) {
      const text = make("text", {
        x: box.left,
        y: box.top + ascents.get(font)!,
        style: `font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight};font-style:${style.fontStyle};fill:${style.color}`,
      });
      text.textContent = content;
      texts.push({ node: text, box });
    }
  };

  const visit = (node: Node) => {
    if (node.nodeType === node.TEXT_NODE) return htmlText(node as Text);
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.namespaceURI === svgNamespace) {
      if (element.localName === "svg" && styleOf(element).visibility === "visible") chart(element as SVGSVGElement);
      return;
    }
    const style = styleOf(element);
    if (style.display === "none") return;
    htmlBox(element, style);
    element.childNodes.forEach(visit);
  };
  parts.forEach(visit);

  const all = [...boxes, ...charts, ...texts];
  if (all.length === 0) throw new Error(failure.nothingShown);
  const left = Math.min(...all.map((p) => p.box.left)) - margin;
  const top = Math.min(...all.map((p) => p.box.top)) - margin;
  const width = Math.ceil(Math.max(...all.map((p) => p.box.right)) + margin - left);
  const height = Math.ceil(Math.max(...all.map((p) => p.box.bottom)) + margin - top);

  const figureStyle = styleOf(parts[0]);
  const svg = make("svg", {
    xmlns: svgNamespace,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    style: `font-family:${figureStyle.fontFamily};color:${figureStyle.color}`,
  }) as SVGSVGElement;
  const name = make("title", {});
  name.textContent = title;
  const drawing = make("g", { transform: `translate(${-left} ${-top})` });
  drawing.append(...all.map((p) => p.node));
  svg.append(name, make("rect", { width, height, fill: background(parts[0], styleOf) }), drawing);
  return { svg, width, height };
}

/** The colour the reader sees behind `element`: the first ancestor's background that is not transparent. */
function background(element: Element, styleOf: (element: Element) => CSSStyleDeclaration): string {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const colour = styleOf(at).backgroundColor;
    if (!transparent(colour)) return colour;
  }
  return "white";
}

/**
 * The colour of each cell rect whose fill paintCellsOnCanvas moved to a canvas, read from that
 * canvas at the cell's centre; none for a chart without one.
 */
function canvasFills(svg: SVGSVGElement): Map<Element, string> {
  const fills = new Map<Element, string>();
  const holder = svg.querySelector(`:scope > foreignObject.${holderClass}`);
  const canvas = holder?.querySelector("canvas");
  const cells = holder?.nextElementSibling;
  if (!holder || !canvas || !cells) return fills;
  const ratio = canvas.width / Number(holder.getAttribute("width"));
  const pixels = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
  for (const rect of cells.children) {
    const [x, y, w, h] = ["x", "y", "width", "height"].map((name) => Number(rect.getAttribute(name)));
    const column = Math.min(canvas.width - 1, Math.floor((x + w / 2) * ratio));
    const row = Math.min(canvas.height - 1, Math.floor((y + h / 2) * ratio));
    const at = (row * canvas.width + column) * 4;
    if (pixels[at + 3] > 0) fills.set(rect, `rgb(${pixels[at]}, ${pixels[at + 1]}, ${pixels[at + 2]})`);
  }
  return fills;
}

/**
 * Writes each element's computed look into its copy's style attribute (classes and the page's
 * stylesheets mean nothing in a file), drops what is not drawn (display: none, the canvas holder,
 * scripts and style sheets) and gives canvas-painted cells their fills.
 */
function writeStyles(source: Element, copy: Element, styleOf: (element: Element) => CSSStyleDeclaration, fills: Map<Element, string>): void {
  const from = [source, ...source.querySelectorAll("*")];
  const to = [copy, ...copy.querySelectorAll("*")];
  const drop = new Set<Element>();
  from.forEach((element, n) => {
    const target = to[n];
    if (element.closest("foreignObject, script, style")) {
      drop.add(target);
      return;
    }
    const style = styleOf(element);
    if (style.display === "none" && !element.closest(resources)) {
      drop.add(target);
      return;
    }
    const parent = n === 0 ? undefined : styleOf(element.parentElement!);
    const declarations = new Map<string, string>();
    for (const property of inheritedProperties) {
      const value = style.getPropertyValue(property);
      if (!parent || parent.getPropertyValue(property) !== value || element.hasAttribute(property)) declarations.set(property, value);
    }
    if (style.opacity !== "1") declarations.set("opacity", style.opacity);
    const fill = fills.get(element);
    if (fill) declarations.set("fill", fill);
    target.removeAttribute("class");
    target.removeAttribute("tabindex");
    // The style says it all; an attribute left beside it (fill="currentColor") would only confuse other tools.
    for (const property of declarations.keys()) target.removeAttribute(property);
    if (declarations.size > 0) target.setAttribute("style", Array.from(declarations, ([property, value]) => `${property}:${value}`).join(";"));
    else target.removeAttribute("style");
  });
  // Only the outermost of each dropped subtree needs removing.
  for (const element of drop) if (!drop.has(element.parentElement!)) element.remove();
}
