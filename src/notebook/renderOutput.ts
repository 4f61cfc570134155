import * as Plot from "@observablehq/plot";
import { plotChart } from "../plots/plotChart";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import type { Matrix } from "../core";
import { outputLimits } from "./outputCap";
import type { MatrixValue, OutputEntry, OutputValue, PlotSpec } from "./outputTypes";
import type { Lang } from "../i18n/lang";
import { coreErrorMessage } from "../i18n/coreErrorMessage";
import { notebookRunText } from "../i18n/notebookRunText";

/** Colour-blind-safe shading, as the figures use: viridis for [0, 1], purple-orange for signed. */
const defaults = { digits: 3, plotWidth: 480, plotHeight: 240, sequential: "viridis", diverging: "puor" } as const;

const range = (n: number, prefix = "") => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const asMatrix = (m: MatrixValue): Matrix => ({ rows: m.rows, cols: m.cols, data: Float64Array.from(m.data) });

/** A number as a reader expects to see it: integers whole, others to 6 significant digits, true minus sign. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  return (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)))).replace("-", "−");
}

/** One-line text of a value (logs, array items, object fields). */
function inlineText(value: OutputValue, lang: Lang): string {
  switch (value.kind) {
    case "number":
      return formatNumber(value.value);
    case "string":
      return JSON.stringify(value.value);
    case "boolean":
      return String(value.value);
    case "null":
    case "undefined":
      return value.kind;
    case "text":
      return value.text;
    case "matrix":
      return `Matrix ${value.rows}x${value.cols}`;
    case "mask":
      return `Mask ${value.rows}x${value.cols}`;
    case "largeMatrix":
      return notebookRunText[lang].largeMatrix(value.rows, value.cols);
    case "trace":
      return notebookRunText[lang].traceInline(value.weights.rows, value.weights.cols);
    case "plot":
      return `plot.${value.spec.type}`;
    case "array":
      return isSimpleArray(value) ? `[${value.items.map((x) => inlineText(x, lang)).join(", ")}${value.more ? `, ${notebookRunText[lang].moreItems(value.more)}` : ""}]` : value.label;
    case "object":
      return `${value.label} {…}`;
    case "error":
      return `${value.name}: ${value.reason ? coreErrorMessage(value.reason, lang) : value.message}`;
  }
}

/** A short array of plain values, written inline as [1, 2, 3]. */
const isSimpleArray = (v: OutputValue): boolean => v.kind === "array" && v.items.length <= 20 && v.items.every((x) => !isRich(x));

/** Values that need more than one line: tables, plots, trees. */
function isRich(v: OutputValue): boolean {
  return ["matrix", "mask", "trace", "plot", "object"].includes(v.kind) || (v.kind === "array" && !isSimpleArray(v));
}

/** WCAG relative luminance of "#rrggbb" or "rgb(r, g, b)". */
function luminance(colour: string): number {
  const hex = colour.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
  const channels = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : (colour.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever contrasts more with the shaded cell (at least 4.58:1 for any fill). */
function textOn(background: string): string {
  const l = luminance(background);
  return (1.05 / (l + 0.05) >= (l + 0.05) / 0.05) ? "white" : "black";
}

/** A matrix as a real table with its shape in the caption and each cell shaded by its value. */
function matrixTable(m: MatrixValue, doc: Document, lang: Lang, label: string = notebookRunText[lang].matrix): HTMLElement {
  const table = numbersTable(asMatrix(m), {
    rowLabels: range(m.rows),
    colLabels: range(m.cols),
    caption: notebookRunText[lang].matrixCaption(label, m.rows, m.cols),
    digits: defaults.digits,
    document: doc,
  });
  table.classList.add("cell-matrix");
  const finite = m.data.filter((x) => Number.isFinite(x));
  const unit = finite.every((x) => x >= 0 && x <= 1);
  const extent = Math.max(1e-12, ...finite.map(Math.abs));
  const color = Plot.scale({ color: { type: "linear", scheme: unit ? defaults.sequential : defaults.diverging, domain: unit ? [0, 1] : [-extent, extent] } });
  table.querySelectorAll("tbody td").forEach((td, n) => {
    const x = m.data[n];
    const el = td as HTMLElement;
    if (!Number.isFinite(x)) return el.setAttribute("class", "masked");
    const fill = String(color.apply(x));
    el.setAttribute("style", `background:${fill};color:${textOn(fill)}`);
  });
  return table;
}

function maskTable(value: Extract<OutputValue, { kind: "mask" }>, doc: Document, lang: Lang): HTMLElement {
  const t = notebookRunText[lang];
  const table = doc.createElement("table");
  table.className = "numbers cell-matrix";
  const caption = doc.createElement("caption");
  caption.textContent = t.maskCaption(value.rows, value.cols);
  table.append(caption);
  const body = doc.createElement("tbody");
  for (let i = 0; i < value.rows; i++) {
    const tr = doc.createElement("tr");
    const th = doc.createElement("th");
    th.setAttribute("scope", "row");
    th.textContent = String(i);
    tr.append(th);
    for (let j = 0; j < value.cols; j++) {
      const td = doc.createElement("td");
      const ok = value.allowed[i * value.cols + j];
      td.textContent = ok ? "✓" : "·";
      td.setAttribute("aria-label", ok ? t.allowed : t.blocked);
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}

/** Draws a plot spec with Observable Plot, into `doc` (the page, or linkedom at build time), its default title in `lang`. */
export function drawPlot(spec: PlotSpec, doc: Document, lang: Lang): Element {
  const t = notebookRunText[lang];
  const figure = doc.createElement("figure");
  figure.className = "cell-plot";
  figure.setAttribute("data-plot", spec.type);
  const title = spec.title ?? (spec.type === "heatmap" ? t.heatmapTitle(spec.matrix.rows, spec.matrix.cols) : spec.type === "bars" ? t.barsTitle(spec.values.length) : t.lineTitle(spec.xs.length));
  let chart: Element;
  if (spec.type === "heatmap") {
    chart = heatmap(asMatrix(spec.matrix), { rowLabels: spec.rowLabels, colLabels: spec.colLabels, kind: spec.scheme, ariaLabel: title, document: doc });
  } else if (spec.type === "bars") {
    const data = spec.values.map((value, i) => ({ i, value }));
    chart = plotChart({
      document: doc,
      ariaLabel: title,
      width: defaults.plotWidth,
      height: defaults.plotHeight,
      x: { domain: data.map((d) => d.i), tickFormat: (i: number) => spec.labels[i], label: null },
      y: { grid: true, label: null },
      marks: [Plot.barY(data, { x: "i", y: "value", fill: "steelblue" }), Plot.ruleY([0])],
    });
  } else {
    const data = spec.xs.map((x, i) => ({ x, y: spec.ys[i] }));
    chart = plotChart({
      document: doc,
      ariaLabel: title,
      width: defaults.plotWidth,
      height: defaults.plotHeight,
      x: { label: spec.xLabel ?? null },
      y: { grid: true, label: spec.yLabel ?? null },
      marks: [Plot.line(data, { x: "x", y: "y", stroke: "steelblue" }), Plot.dot(data, { x: "x", y: "y", r: 2, fill: "steelblue" })],
    });
  }
  const caption = doc.createElement("figcaption");
  caption.textContent = title;
  figure.append(chart, caption);
  return figure;
}

/** An attention trace: scaled scores and weights as heatmaps (queries down, keys across), output as a table. */
function traceView(t: Extract<OutputValue, { kind: "trace" }>, doc: Document, lang: Lang): Element {
  const text = notebookRunText[lang];
  const root = doc.createElement("div");
  root.className = "cell-trace";
  const heading = doc.createElement("p");
  heading.textContent = text.traceHeading(t.weights.rows, t.weights.cols, formatNumber(t.scale));
  root.append(heading);
  const rowLabels = range(t.weights.rows, "q");
  const colLabels = range(t.weights.cols, "k");
  root.append(drawPlot({ type: "heatmap", matrix: t.masked, rowLabels, colLabels, scheme: "diverging", title: text.traceScores }, doc, lang));
  root.append(drawPlot({ type: "heatmap", matrix: t.weights, rowLabels, colLabels, scheme: "sequential", title: text.traceWeights }, doc, lang));
  root.append(matrixTable(t.output, doc, lang, text.output));
  return root;
}

/** The rich view of a value, its labels in `lang`: tables, plots, collapsible arrays and objects, or plain text. */
export function renderValue(value: OutputValue, doc: Document, lang: Lang, depth = 0): Element {
  switch (value.kind) {
    case "matrix":
      return matrixTable(value, doc, lang);
    case "mask":
      return maskTable(value, doc, lang);
    case "trace":
      return traceView(value, doc, lang);
    case "plot":
      return drawPlot(value.spec, doc, lang);
    case "array":
    case "object": {
      if (isSimpleArray(value)) {
        const pre = doc.createElement("pre");
        pre.className = "cell-text";
        pre.textContent = inlineText(value, lang);
        return pre;
      }
      const details = doc.createElement("details");
      details.className = "cell-tree";
      if (depth === 0) details.setAttribute("open", "");
      const summary = doc.createElement("summary");
      summary.textContent = value.kind === "array" ? value.label : notebookRunText[lang].objectSummary(value.label, value.entries.length + value.more);
      const list = doc.createElement("ul");
      const rows: [string, OutputValue][] = value.kind === "array" ? value.items.map((x, i) => [String(i), x]) : value.entries;
      for (const [key, item] of rows) {
        const li = doc.createElement("li");
        const name = doc.createElement("span");
        name.className = "cell-key";
        name.textContent = `${key}: `;
        li.append(name);
        if (isRich(item)) li.append(renderValue(item, doc, lang, depth + 1));
        else li.append(doc.createTextNode(inlineText(item, lang)));
        list.append(li);
      }
      if (value.more) {
        const li = doc.createElement("li");
        li.textContent = notebookRunText[lang].moreItems(value.more);
        list.append(li);
      }
      details.append(summary, list);
      return details;
    }
    case "string": {
      const pre = doc.createElement("pre");
      pre.className = "cell-text";
      pre.textContent = value.value;
      return pre;
    }
    default: {
      const pre = doc.createElement("pre");
      pre.className = "cell-text";
      pre.textContent = inlineText(value, lang);
      return pre;
    }
  }
}

/**
 * The text of an error with where it happened, e.g. "TypeError: x is not a function (line 3)"; a core
 * error in `lang`, any other as the JS engine (or the worker) worded it.
 */
export function errorText(error: Extract<OutputEntry, { type: "error" }>["error"], lang: Lang): string {
  const where = error.line === undefined ? "" : notebookRunText[lang].atLine(error.line, error.where === "check");
  const message = error.reason ? coreErrorMessage(error.reason, lang) : error.message;
  return `${error.name}: ${message}${error.message.includes(`(line ${error.line})`) ? "" : where}`;
}

/** What an "omitted" entry says: how much output past the cap was left out, and why. */
export function omittedText(entry: Extract<OutputEntry, { type: "omitted" }>, lang: Lang): string {
  return notebookRunText[lang].omitted(entry.entries, entry.chars, Math.round(outputLimits.maxChars / 1000), outputLimits.tailEntries);
}

/** One output entry as an element, its labels in `lang`: a log line, a shown value, an error or a note of what was left out. */
export function renderEntry(entry: OutputEntry, doc: Document, lang: Lang): Element {
  const root = doc.createElement("div");
  root.className = `cell-entry cell-entry-${entry.type}`;
  if (entry.type === "log") {
    root.classList.add(`cell-log-${entry.level}`);
    const text = entry.parts.filter((p) => !isRich(p)).map((p) => (p.kind === "string" ? p.value : inlineText(p, lang)));
    const pre = doc.createElement("pre");
    pre.className = "cell-log";
    pre.textContent = (entry.level === "log" ? "" : notebookRunText[lang].logLevel(entry.level)) + text.join(" ");
    root.append(pre);
    for (const p of entry.parts.filter(isRich)) root.append(renderValue(p, doc, lang));
  } else if (entry.type === "error") {
    const pre = doc.createElement("pre");
    pre.className = "cell-error-text";
    pre.textContent = errorText(entry.error, lang);
    root.append(pre);
  } else if (entry.type === "omitted" || entry.type === "note") {
    const p = doc.createElement("p");
    p.className = "cell-note";
    p.textContent = entry.type === "note" ? entry.text : omittedText(entry, lang);
    root.append(p);
  } else {
    if (entry.type === "show" && entry.label) {
      const label = doc.createElement("p");
      label.className = "cell-label";
      label.textContent = entry.label;
      root.append(label);
    }
    root.append(renderValue(entry.value, doc, lang));
  }
  return root;
}
