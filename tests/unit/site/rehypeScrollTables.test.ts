import { describe, expect, it } from "vitest";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { rehypeScrollTables } from "../../../src/site/rehypeScrollTables";

describe("rehypeScrollTables", () => {
  it("rehypeScrollTables() puts every table, at any depth, in its own scrolling box and leaves the rest", async () => {
    const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeScrollTables], smartypants: false });
    const { code } = await processor.render("| a | b |\n| --- | --- |\n| 1 | 2 |\n\n> | c |\n> | --- |\n> | 3 |\n\nText.");
    expect(code.match(/<div class="table-scroll"><table>/g)).toHaveLength(2);
    expect(code.match(/<\/table><\/div>/g)).toHaveLength(2);
    expect(code).toContain("<p>Text.</p>");
  });
});
