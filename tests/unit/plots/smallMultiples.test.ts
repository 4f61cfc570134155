import { describe, expect, it } from "vitest";
import { matrix } from "../../../src/core";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import { smallMultiples } from "../../../src/plots/smallMultiples";

const m = matrix(2, 2, [0.1, 0.9, 0.6, 0.4]);
const options = { rowLabels: ["the", "cat"], colLabels: ["le", "chat"] };

describe("smallMultiples", () => {
  it("smallMultiples(panels) draws one titled heatmap per panel with the shared labels", () => {
    const html = renderToHtml((document) => smallMultiples([{ title: "head 1", m, ariaLabel: "h1" }, { title: "head 2", m, ariaLabel: "h2", off: true }], { ...options, document }), "en");
    expect(html.match(/class="multiple-title"/g)).toHaveLength(2);
    expect(html).toContain("head 2 (switched off)");
    expect(html.match(/the → chat: 0\.90/g)).toHaveLength(2);
  });

  it("smallMultiples(panels) gives a panel with its own rowLabels those labels, and the others the shared ones", () => {
    const html = renderToHtml((document) =>
      smallMultiples([{ title: "before", m, ariaLabel: "a" }, { title: "shuffled", m, ariaLabel: "b", rowLabels: ["cat", "the"] }], { ...options, document }),
      "en",
    );
    const [before, shuffled] = html.split('class="multiple"').slice(1);
    expect(before).toContain("the → chat: 0.90");
    expect(shuffled).toContain("cat → chat: 0.90");
    expect(shuffled).not.toContain("the → chat: 0.90");
  });
});
