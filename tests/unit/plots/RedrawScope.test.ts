import { describe, expect, it, vi } from "vitest";
import { matrix, type Matrix } from "../../../src/core";
import { heatmap, type HeatmapOptions } from "../../../src/plots/heatmap";
import { resolveStandIn } from "../../../src/plots/RedrawScope";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import { island, shown } from "./island";

const labels = { rowLabels: ["the", "cat"], colLabels: ["le", "chat", "noir"] };
const first = matrix(2, 3, [0.1, 0.5, 0.4, 0.25, 0.25, 0.5]); // (Lq, Lk) = (2, 3)
const second = matrix(2, 3, [0.7, 0.2, 0.1, 0.3, 0.3, 0.4]);

/** The same heatmap drawn afresh in a document of its own (no cache, no scope): what the page must show. */
const fresh = (m: Matrix, options: Omit<HeatmapOptions, "document">) => renderToHtml((document) => heatmap(m, { ...options, document }) as Element, "en");

describe("RedrawScope", () => {
  it("RedrawScope.run(render) repaints a same-layout heatmap in the page instead of drawing a new one", () => {
    const { container, draw } = island();
    const options = { ...labels, ariaLabel: "weights" };
    draw((document) => [heatmap(first, { ...options, document })]);
    const drawn = container.firstElementChild;
    const rect = container.querySelector(".heatmap-cells rect");
    draw((document) => [heatmap(second, { ...options, ariaLabel: "weights, seed 2", document })]);
    expect(container.firstElementChild).toBe(drawn);
    expect(container.querySelector(".heatmap-cells rect")).toBe(rect);
    expect(shown(container)).toBe(fresh(second, { ...options, ariaLabel: "weights, seed 2" }));
  });

  it("RedrawScope.run(render) repaints a large heatmap (128+ cells) aria-busy, then, in idle time, with every new name", async () => {
    const { container, draw } = island();
    const words = (prefix: string) => Array.from({ length: 12 }, (_, n) => `${prefix}${n}`);
    const options = { rowLabels: words("t"), colLabels: words("s"), ariaLabel: "weights" };
    const big = (shift: number) => matrix(12, 12, Array.from({ length: 144 }, (_, n) => ((n * 7 + shift) % 144) / 144)); // (12, 12)
    draw((document) => [heatmap(big(0), { ...options, document })]);
    const rects = Array.from(container.querySelectorAll(".heatmap-cells rect"));
    const before = rects.map((rect) => rect.getAttribute("aria-label"));
    draw((document) => [heatmap(big(5), { ...options, document })]);
    expect(container.querySelector("svg")!.getAttribute("aria-busy")).toBe("true");
    expect(rects.map((rect) => rect.getAttribute("aria-label"))).toEqual(before);
    // Idle time comes when it comes (later on a loaded machine): wait for it rather than a fixed delay.
    await vi.waitFor(() => expect(container.querySelector("svg")!.hasAttribute("aria-busy")).toBe(false), { timeout: 5000, interval: 10 });
    expect(shown(container)).toBe(fresh(big(5), options));
  });

  it("RedrawScope.run(render) gives the k-th heatmap of a layout the k-th drawing of it, so two alike heatmaps keep their own values", () => {
    const { container, draw } = island();
    const options = (name: string) => ({ ...labels, ariaLabel: name });
    draw((document) => [heatmap(first, { ...options("a"), document }), heatmap(second, { ...options("b"), document })]);
    const [a, b] = Array.from(container.children);
    draw((document) => [heatmap(second, { ...options("a"), document }), heatmap(first, { ...options("b"), document })]);
    expect(Array.from(container.children)).toEqual([a, b]);
    expect(shown(container)).toBe(fresh(second, options("a")) + fresh(first, options("b")));
  });

  it("RedrawScope.run(render) leaves every drawing as it was when the render throws", () => {
    const { container, draw } = island();
    const options = { ...labels, ariaLabel: "weights" };
    draw((document) => [heatmap(first, { ...options, document })]);
    const before = container.innerHTML;
    expect(() =>
      draw((document) => {
        heatmap(second, { ...options, document });
        throw new Error("bad input");
      }),
    ).toThrow("bad input");
    expect(shown(container)).toBe(before);
    // The scope still knows its drawing: the next good render repaints it in place.
    const drawn = container.firstElementChild;
    draw((document) => [heatmap(second, { ...options, document })]);
    expect(container.firstElementChild).toBe(drawn);
    expect(shown(container)).toBe(fresh(second, options));
  });

  it("RedrawScope.run(render) puts a reused drawing into a new wrapper around it", () => {
    const { container, draw } = island();
    const options = { ...labels, ariaLabel: "weights" };
    draw((document) => [heatmap(first, { ...options, document })]);
    const drawn = container.firstElementChild;
    draw((document) => {
      const box = document.createElement("div");
      box.append(heatmap(second, { ...options, document }));
      return [box];
    });
    expect(container.querySelector("div > svg")).toBe(drawn);
    expect(shown(container)).toBe(`<div>${fresh(second, options)}</div>`);
    expect(container.querySelector("[data-stand-in]")).toBeNull();
  });

  it("RedrawScope.run(render) repaints correctly a drawing that morphChildren rewrote since its last repaint", () => {
    const { container, draw } = island();
    const before = { ...labels, ariaLabel: "weights" };
    const after = { ...before, rowLabels: ["a", "b"] }; // another layout: the drawing is rewritten, not repainted
    draw((document) => [heatmap(first, { ...before, document })]);
    draw((document) => [heatmap(second, { ...before, document })]); // repainted in place: it remembers `second`
    draw((document) => [heatmap(first, { ...after, document })]);
    expect(shown(container)).toBe(fresh(first, after));
    // Same values as it remembers, but the page shows others: they must be written again.
    draw((document) => [heatmap(second, { ...after, document })]);
    expect(shown(container)).toBe(fresh(second, after));
  });

  it("RedrawScope.run(render) draws a heatmap of another layout afresh", () => {
    const { container, draw } = island();
    draw((document) => [heatmap(first, { ...labels, ariaLabel: "w", document })]);
    const other = { rowLabels: ["a", "b"], colLabels: ["x", "y", "z"], ariaLabel: "w" };
    draw((document) => [heatmap(second, { ...other, document })]);
    expect(shown(container)).toBe(fresh(second, other));
  });

  it("heatmap(m) outside a scope (the build) returns a whole drawing, never a stand-in", () => {
    const { doc } = island();
    const options = { ...labels, ariaLabel: "w", document: doc };
    const drawing = heatmap(second, options);
    expect(heatmap(first, options).querySelectorAll("rect").length).toBe(drawing.querySelectorAll("rect").length);
    expect(resolveStandIn(drawing)).toBe(drawing);
  });
});
