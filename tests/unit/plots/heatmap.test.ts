import { describe, expect, it } from "vitest";
import { matrix } from "../../../src/core";
import { heatmap } from "../../../src/plots/heatmap";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import { normalizeSvg } from "./normalizeSvg";
import { figureText } from "../../../src/i18n/figureText";

const weights = matrix(2, 3, [0.1, 0.5, 0.4, 0.25, 0.25, 0.5]); // (Lq, Lk) = (2, 3)
const masked = matrix(2, 3, [1.5, -0.5, -Infinity, -2, 0.75, -Infinity]); // scores with key 2 padded
const labels = { rowLabels: ["the", "cat"], colLabels: ["le", "chat", "<pad>"] };

describe("heatmap", () => {
  it("heatmap(weights) draws a labelled sequential heatmap with values in the cells", async () => {
    const html = renderToHtml((document) => heatmap(weights, { ...labels, ariaLabel: "weights", document }) as Element, "en");
    expect(html).toContain('aria-label="weights"');
    expect(html).toContain("the → chat: 0.50");
    // Each named cell is an image of its value, so assistive tech may read its name.
    const cells = html.match(/<rect [^>]*aria-label=[^>]*>/g)!;
    expect(cells).toHaveLength(6);
    for (const cell of cells) expect(cell).toContain('role="img"');
    await expect(normalizeSvg(html)).toMatchFileSnapshot("__snapshots__/heatmap-weights.svg");
  });

  it("heatmap(scores, {kind: 'diverging', shape}) greys and labels masked cells and draws the shape badge", async () => {
    const html = renderToHtml((document) =>
      heatmap(masked, { ...labels, kind: "diverging", ariaLabel: "masked scores", shape: ["Lq", "Lk"], document }) as Element,
      "en",
    );
    expect(html).toContain("Lq × Lk = 2 × 3");
    expect(html).toContain('aria-label="the → <pad>: masked (−∞)"');
    expect(html.match(/−∞/g)!.length).toBeGreaterThanOrEqual(2);
    await expect(normalizeSvg(html)).toMatchFileSnapshot("__snapshots__/heatmap-masked.svg");
  });

  it("heatmap(m, {focusable}) makes exactly one cell tabbable and tags every cell with its indices", () => {
    const html = renderToHtml((document) => heatmap(masked, { ...labels, ariaLabel: "s", focusable: true, document }) as Element, "en");
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html.match(/tabindex="-1"/g)).toHaveLength(5);
    expect(html).toMatch(/data-j="2" data-i="1"|data-i="1" data-j="2"/);
  });

  it("heatmap(wide) shrinks the cells and leaves the values to hover, focus and the table", () => {
    const wide = matrix(2, 64, new Float64Array(128).fill(0.5));
    const html = renderToHtml((document) =>
      heatmap(wide, { rowLabels: ["a", "b"], colLabels: Array.from({ length: 64 }, (_, j) => String(j)), ariaLabel: "wide", document }) as Element,
      "en",
    );
    const width = Number(/width="(\d+)"/.exec(html)![1]);
    expect(width).toBeLessThanOrEqual(660);
    expect(html).not.toContain(">0.50</text>");
    expect(html).toContain("a → 63: 0.50");
  });

  it("heatmap(16 x 64, not focusable) is one image for a screen reader, named once with a pointer to its table, and so is its redraw", () => {
    const map = (value: number) => matrix(16, 64, new Float64Array(16 * 64).fill(value));
    const options = (document: Document) => ({ rowLabels: Array.from({ length: 16 }, (_, i) => `t${i}`), colLabels: Array.from({ length: 64 }, (_, j) => String(j + 1)), ariaLabel: "Output, 16 × 64", document });
    const name = 'aria-label="Output, 16 × 64. Every value is in the table under “Show the numbers”."';
    for (const value of [0.5, 0.25]) {
      // The second drawing repaints the first one's layout.
      const html = renderToHtml((document) => heatmap(map(value), options(document)) as Element, "en");
      const svg = html.match(/<svg[^>]*>/)![0];
      expect(svg).toContain('role="img"');
      expect(svg).toContain(name);
      expect(html.match(/<g[^>]*class="heatmap-cells"[^>]*>/)![0]).toContain('aria-hidden="true"');
    }
  });

  it("heatmap(m) leaves a focusable map, and a map of 100 cells or fewer, for a screen reader to read cell by cell", () => {
    const labels = (n: number) => Array.from({ length: n }, (_, i) => String(i));
    const focusable = renderToHtml((document) => heatmap(matrix(16, 16, new Float64Array(256).fill(0.1)), { rowLabels: labels(16), colLabels: labels(16), ariaLabel: "head 1", focusable: true, document }) as Element, "en");
    const small = renderToHtml((document) => heatmap(matrix(10, 10, new Float64Array(100).fill(0.1)), { rowLabels: labels(10), colLabels: labels(10), ariaLabel: "small", document }) as Element, "en");
    for (const html of [focusable, small]) {
      expect(html.match(/<svg[^>]*>/)![0]).not.toContain('role="img"');
      expect(html).not.toContain("Show the numbers");
    }
  });

  it("heatmap(m) redrawn with new values in the same layout matches a fresh drawing exactly", () => {
    // renderToHtml gives each call its own document, so `fresh` never sees the first drawing's cache.
    const before = matrix(2, 3, [0.9, -0.3, -Infinity, 0.2, 0.4, -Infinity]); // same masked cells as `masked`
    for (const options of [
      { ...labels, kind: "diverging" as const, ariaLabel: "scores", shape: ["Lq", "Lk"] as const, focusable: true, highlightRow: 1 },
      { ...labels, ariaLabel: "weights" },
    ]) {
      const redrawn = renderToHtml((document) => {
        heatmap(before, { ...options, document });
        return heatmap(masked, { ...options, ariaLabel: `${options.ariaLabel} now`, document }) as Element;
      }, "en");
      const fresh = renderToHtml((document) => heatmap(masked, { ...options, ariaLabel: `${options.ariaLabel} now`, document }) as Element, "en");
      expect(redrawn).toContain(`${options.ariaLabel} now`);
      expect(redrawn).toBe(fresh);
    }
  });

  // In Chinese too, where plotChart has renamed the tick-label groups the repaint writes into.
  for (const lang of ["en", "zh"] as const) {
    it(`heatmap(m) redrawn with other words on the axes (same counts) matches a fresh drawing exactly (${lang} page)`, () => {
      const other = { rowLabels: ["a", "dog"], colLabels: ["un", "chien", "<eos>"] };
      const options = { kind: "diverging" as const, ariaLabel: "scores", shape: ["Lq", "Lk"] as const, focusable: true };
      const redrawn = renderToHtml((document) => {
        heatmap(masked, { ...labels, ...options, document });
        return heatmap(masked, { ...other, ...options, document }) as Element;
      }, lang);
      expect(redrawn).toContain(`aria-label="dog → <eos>: ${figureText[lang].masked}"`);
      expect(redrawn).toContain(">chien</text>");
      expect(redrawn).toContain(">dog</text>");
      expect(redrawn).toBe(renderToHtml((document) => heatmap(masked, { ...other, ...options, document }) as Element, lang));
    });
  }

  it("heatmap(m) draws afresh when which cells are masked changes", () => {
    const html = renderToHtml((document) => {
      heatmap(masked, { ...labels, ariaLabel: "a", document });
      return heatmap(weights, { ...labels, ariaLabel: "b", document }) as Element;
    }, "en");
    expect(html).not.toContain("masked (−∞)");
    expect(html).toBe(renderToHtml((document) => heatmap(weights, { ...labels, ariaLabel: "b", document }) as Element, "en"));
  });

  it("heatmap(m, {colLabels: ['<pad> 4', ...]}) stands column labels wider than a column on end and makes room for the axis title below them", () => {
    const m = matrix(1, 2, [0.5, 0.5]);
    const draw = (colLabels: string[]) =>
      renderToHtml((document) => heatmap(m, { rowLabels: ["the"], colLabels, colTitle: "key (source, padded)", cellSize: 34, ariaLabel: "w", document }) as Element, "en");
    const short = draw(["s1", "s2"]);
    const padded = draw(["<pad> 4", "<pad> 5"]);
    expect(short).not.toContain("rotate(-90)");
    expect(padded).toContain("rotate(-90)");
    const height = (html: string) => Number(/height="(\d+)"/.exec(html)![1]);
    // Below the cells (one row of 34 px under an 8 px top margin): the rotated labels (about 50 px), then the title.
    expect(height(padded) - 34 - 8).toBeGreaterThanOrEqual(9 + 50 + 18);
    expect(height(short)).toBeLessThan(height(padded));
  });

  it("heatmap(m, {rowLabels, rowTitle}) widens the left margin to hold the longest row label and the title beyond it", () => {
    const m = matrix(2, 1, [0.5, 0.5]);
    const html = renderToHtml((document) =>
      heatmap(m, { rowLabels: ["a", "extraordinarily"], colLabels: ["k"], rowTitle: "query (target)", marginLeft: 56, ariaLabel: "w", document }) as Element,
      "en",
    );
    // The cells start after the margin: the first y tick sits at x = marginLeft.
    const marginLeft = Number(/<path d="M0,0L-6,0" transform="translate\((\d+),/.exec(html)![1]);
    // DejaVu Sans at 10 px draws "extraordinarily" 74 px wide; then the gap and the rotated title.
    expect(marginLeft).toBeGreaterThanOrEqual(9 + 74 + 18);
  });

  it("heatmap(m) refuses labels that do not match the matrix", () => {
    expect(() => heatmap(weights, { rowLabels: ["a"], colLabels: labels.colLabels, ariaLabel: "x" })).toThrow("1 row labels for a matrix with 2 rows");
  });
});
