import { describe, expect, it } from "vitest";
import { vectorStrip } from "../../../src/plots/vectorStrip";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import { normalizeSvg } from "./normalizeSvg";

const q = [0.5, -1.25, 2, 0]; // one query, d_k = 4

describe("vectorStrip", () => {
  it("vectorStrip(q) draws one row of cells named by the vector and numbered 1..n, with each value printed and named", async () => {
    const html = renderToHtml((document) => vectorStrip(q, { name: "q black", lengthName: "d_k", ariaLabel: "query of black", document }) as Element, "en");
    expect(html).toContain('aria-label="query of black"');
    expect(html).toContain("1 × d_k = 1 × 4");
    expect(html.match(/<rect [^>]*aria-label="q black → \d: [^"]+"/g)).toHaveLength(4);
    expect(html).toContain('aria-label="q black → 2: −1.25"');
    expect(html).toContain(">2.00</text>");
    await expect(normalizeSvg(html)).toMatchFileSnapshot("__snapshots__/vector-strip.svg");
  });

  it("vectorStrip([]) refuses an empty vector, naming it", () => {
    expect(() => vectorStrip([], { name: "o", lengthName: "d_v", ariaLabel: "o" })).toThrow("“o” has no entries");
  });
});
