import { describe, expect, it } from "vitest";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import { isLessonFile, langOfLessonFile, rehypeGlossaryLinks } from "../../../src/site/rehypeGlossaryLinks";
import { linkTerms, notTerms } from "../../../src/site/glossary";
import type { HastNode } from "../../../src/site/hastNode";

const terms = [
  { id: "query", forms: ["query", "queries"] },
  { id: "head", forms: ["head", "heads"] },
  { id: "self-attention", forms: ["self-attention"] },
  { id: "memory", forms: ["memory"] },
];
const href = (id: string) => `../../glossary/#${id}`;
/** The English test terms, and the site's own Chinese ones, as astro.config.mjs gives them. */
const editions = {
  en: { terms, references: "References" },
  zh: { terms: linkTerms("zh"), notTerms: notTerms.zh, references: "参考文献" },
};
const options = { editions, href };

/** Markdown -> HTML through the site's pipeline: math typeset by KaTeX, then the plugin; `file` is the lesson's path. */
async function render(markdown: string, file = "/site/content/lessons/scores.mdx"): Promise<string> {
  const processor = await createMarkdownProcessor({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, [rehypeGlossaryLinks, options]], smartypants: false });
  return (await processor.render(markdown, { fileURL: new URL(`file://${file}`) })).code;
}
/** A Chinese lesson's Markdown -> HTML. */
const renderZh = (markdown: string) => render(markdown, "/site/content/zh/lessons/scores.mdx");

const link = (id: string, text: string) => `<a href="../../glossary/#${id}" class="glossary-term">${text}</a>`;

describe("rehypeGlossaryLinks", () => {
  it("rehypeGlossaryLinks({ editions, href }) links the first use of each term and leaves later uses plain", async () => {
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
    rehypeGlossaryLinks(options)(tree);
    expect(tree.children![0].children![0].children).toEqual([{ type: "text", value: "a query inside" }]);
    expect(tree.children![1].children![1]).toMatchObject({ tagName: "a", properties: { href: "../../glossary/#query" } });
  });

  it("rehypeGlossaryLinks links a Chinese lesson's first use of a Chinese term once, and no English form there", async () => {
    const html = await renderZh("**查询**（query）在交叉注意力（cross-attention）中来自目标端；每个查询和 query 都不再链接。");
    expect(html).toBe(`<p><strong>${link("query", "查询")}</strong>（query）在${link("cross-attention", "交叉注意力")}（cross-attention）中来自目标端；每个查询和 query 都不再链接。</p>`);
  });

  it("rehypeGlossaryLinks leaves a Chinese word that holds a term's form alone: 数值 is no value, 多头 no head, 关键 no key", async () => {
    const html = await renderZh("数值、多头注意力和关键的一步之后，才是值、头和键。");
    expect(html).toBe(`<p>数值、多头注意力和关键的一步之后，才是${link("value", "值")}、${link("head", "头")}和${link("key", "键")}。</p>`);
  });

  it("rehypeGlossaryLinks leaves Chinese terms in math, code and links alone and links the first use in prose after them", async () => {
    const html = await renderZh("[查询](https://example.org)、`查询`、$\\text{查询}$，然后是查询。");
    expect(html).toContain('<a href="https://example.org">查询</a>、<code>查询</code>');
    expect(html).toContain('<span class="katex">');
    expect(html).toContain(`然后是${link("query", "查询")}。</p>`);
    expect(html.match(/glossary-term/g)).toHaveLength(1);
  });

  it("rehypeGlossaryLinks stops a Chinese lesson at its 参考文献 heading", async () => {
    const html = await renderZh("一些正文。\n\n## 参考文献\n\n- 关于查询和记忆的论文。");
    expect(html).not.toContain("glossary-term");
  });

  it("rehypeGlossaryLinks does not stop a Chinese lesson at an English References heading, nor an English one at 参考文献", async () => {
    await expect(renderZh("## References\n\n查询")).resolves.toContain(link("query", "查询"));
    await expect(render("## 参考文献\n\nquery")).resolves.toContain(link("query", "query"));
  });
});

describe("isLessonFile", () => {
  it("rehypeGlossaryLinks links nothing in MDX that is not a lesson (the instructors page's prose), whose pages sit elsewhere", async () => {
    await expect(render("the query", "/site/content/pages/instructors.mdx")).resolves.not.toContain("glossary-term");
    await expect(render("the query", "/site/content/zh/pages/instructors.mdx")).resolves.not.toContain("glossary-term");
    await expect(render("the query")).resolves.toContain("glossary-term");
  });

  it("isLessonFile(path) is true for either edition's lessons and for no path", () => {
    expect(isLessonFile("/work/site/content/lessons/masking.mdx")).toBe(true);
    expect(isLessonFile("C:\\site\\content\\zh\\lessons\\masking.mdx")).toBe(true);
    expect(isLessonFile("/work/site/content/pages/instructors.mdx")).toBe(false);
    expect(isLessonFile(undefined)).toBe(true);
  });
});

describe("langOfLessonFile", () => {
  it("langOfLessonFile(path) is zh under content/zh/ and en for an English lesson, another file or none", () => {
    expect(langOfLessonFile("/work/site/content/zh/lessons/masking.mdx")).toBe("zh");
    expect(langOfLessonFile("C:\\site\\content\\zh\\lessons\\masking.mdx")).toBe("zh");
    expect(langOfLessonFile("/work/site/content/lessons/masking.mdx")).toBe("en");
    expect(langOfLessonFile("/work/site/content/zhx/lessons/masking.mdx")).toBe("en");
    expect(langOfLessonFile(undefined)).toBe("en");
  });
});
