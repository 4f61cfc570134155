import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { nameCellNow, nameCellsLater } from "../../../src/plots/nameCellsLater";

/** A drawing of `count` cells named "old n", in a server-side DOM. */
function drawing(count: number) {
  const { document } = parseHTML(`<!doctype html><html><body><svg>${Array.from({ length: count }, (_, n) => `<rect aria-label="old ${n}"></rect>`).join("")}</svg></body></html>`);
  const svg = document.querySelector("svg")!;
  return { svg, rects: Array.from(svg.querySelectorAll("rect")) };
}
const names = (rects: Element[]) => rects.map((rect) => rect.getAttribute("aria-label"));
/** Lets the naming tasks run (Node has no requestIdleCallback: they are timers, a few ms each). */
const idle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("nameCellsLater", () => {
  it("nameCellsLater(drawing, rects, nameOf) marks the drawing aria-busy, writes no name at once, then every name", async () => {
    const { svg, rects } = drawing(300);
    nameCellsLater(svg, rects, (n) => `new ${n}`, () => true);
    expect(svg.getAttribute("aria-busy")).toBe("true");
    expect(names(rects)[0]).toBe("old 0");
    await idle();
    expect(names(rects)).toEqual(rects.map((_, n) => `new ${n}`));
    expect(svg.hasAttribute("aria-busy")).toBe(false);
  });

  it("nameCellsLater: a newer call for the same drawing replaces the one still waiting", async () => {
    const { svg, rects } = drawing(200);
    nameCellsLater(svg, rects, (n) => `first ${n}`, () => true);
    nameCellsLater(svg, rects, (n) => `second ${n}`, () => true);
    await idle();
    expect(names(rects)).toEqual(rects.map((_, n) => `second ${n}`));
  });

  it("nameCellsLater: a job whose drawing was rewritten since (isCurrent false) writes nothing", async () => {
    const { svg, rects } = drawing(10);
    let current = true;
    nameCellsLater(svg, rects, (n) => `stale ${n}`, () => current);
    current = false;
    await idle();
    expect(names(rects)).toEqual(rects.map((_, n) => `old ${n}`));
  });

  it("nameCellNow(cell) writes a waiting cell's name at once, and only that one", async () => {
    const { svg, rects } = drawing(200);
    nameCellsLater(svg, rects, (n) => `new ${n}`, () => true);
    nameCellNow(rects[150]);
    expect(names(rects).slice(149, 152)).toEqual(["old 149", "new 150", "old 151"]);
    await idle();
  });

  it("nameCellNow(cell) leaves a cell of a drawing with nothing waiting as it is", () => {
    const { rects } = drawing(3);
    nameCellNow(rects[1]);
    expect(names(rects)).toEqual(["old 0", "old 1", "old 2"]);
  });
});
