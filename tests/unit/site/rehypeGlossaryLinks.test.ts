import { describe, expect, it } from "vitest";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import { rehypeGlossaryLinks } from "../../../src/site/rehypeGlossaryLinks";
import type { HastNode } from "../../../src/site/hastNode";

const terms = [
  { id: "query", forms: ["query", "queries"] },
  { id: "head", forms: ["head", "heads"] },
  { id: "self-attention", forms: ["self-attention"] },
  { id: "memory", forms: ["memory"] },
];
const href = (id: string) => `../../glossary/#${id}`;

/** Markdown -> HTML through the site's pipeline: math typeset by KaTeX, then the plugin. */
async function render(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, [rehypeGlossaryLinks, { terms, href }]], smartypants: false });
  return (await processor.render(markdown)).code;
}

const link = (id: string, text: string) => `<a href="../../glossary/#${id}" class="glossary-term">${text}</a>`;

describe("rehypeGlossaryLinks", () => {
  it("rehypeGlossaryLinks({ terms, href }) links the first use of each term and leaves later uses plain", async () => {
    const html = await render("Each query looks at the keys.\n\nEvery query, and the queries after it, stay plain.");
    expect(html).toBe(`<p>Each ${link("query", "query")} looks at the keys.</p>\n<p>Every query, and the queries after it, stay plain.</p>`);
  });

  it("rehypeGlossaryLinks matches any of a term's forms, in any case, and keeps the reader's word", async () => {
    await expect(render("Queries come first. Heads split the width.")).resolves.toBe(`<p>${link("query", "Queries")} come first. ${link("head", "Heads")} split the width.</p>`);
  });

  it("rehypeGlossaryLinks takes whole words only: multi-head, headline and ahead are no use of head", async () => {
    await expect(render("Multi-head attention, a headline, ahead; then one head.")).resolves.toBe(`<p>Multi-head attention, a headline, ahead; then one ${link("head", "head")}.</p>`);
  });

  it("rehypeGlossaryLinks prefers the longest form: self-attention is one term, not a hyphenated word", async () => {
    await expect(render("In self-attention each query")).resolves.toBe(`<p>In ${link("self-attention", "self-attention")} each ${link("query", "query")}</p>`);
  });

  it("rehypeGlossaryLinks leaves headings, links, code and typeset math alone and links the first use in prose after them", async () => {
    const html = await render("## One query\n\n[a query](https://example.org) `query` $\\text{query}$ and the query.");
    expect(html).toContain('<h2 id="one-query">One query</h2>');
    expect(html).toContain('<a href="https://example.org">a query</a> <code>query</code>');
    expect(html).toContain('<span class="katex">');
    expect(html).toContain(`and the ${link("query", "query")}.</p>`);
    expect(html.match(/glossary-term/g)).toHaveLength(1);
  });

  it("rehypeGlossaryLinks counts a use the author already linked to the entry as the first", async () => {
    await expect(render("The [memory](../../glossary/#memory) again: memory.")).resolves.toBe('<p>The <a href="../../glossary/#memory">memory</a> again: memory.</p>');
  });

  it("rehypeGlossaryLinks stops at the References heading, where paper titles use the words in their own sense", async () => {
    const html = await render("Some prose.\n\n## References\n\n- Key-Value Memory Networks, a query.");
    expect(html).not.toContain("glossary-term");
  });

  it("rehypeGlossaryLinks leaves the text inside an MDX component (a node that is not an element) alone", () => {
    const paragraph = (value: string): HastNode => ({ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value }] });
    const tree: HastNode = { type: "root", children: [{ type: "mdxJsxFlowElement", children: [paragraph("a query inside")] }, paragraph("a query outside")] };
    rehypeGlossaryLinks({ terms, href })(tree);
    expect(tree.children![0].children![0].children).toEqual([{ type: "text", value: "a query inside" }]);
    expect(tree.children![1].children![1]).toMatchObject({ tagName: "a", properties: { href: "../../glossary/#query" } });
  });
});
