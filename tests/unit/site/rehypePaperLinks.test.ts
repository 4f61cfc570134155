import { describe, expect, it } from "vitest";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { rehypePaperLinks } from "../../../src/site/rehypePaperLinks";

async function render(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({ rehypePlugins: [rehypePaperLinks], smartypants: false });
  return (await processor.render(markdown)).code;
}

describe("rehypePaperLinks", () => {
  it("rehypePaperLinks() links a bare arXiv id to its abstract page, version and all", async () => {
    await expect(render("Vaswani et al. (2017). *NeurIPS*. arXiv:1706.03762 and arXiv:2103.03206v2.")).resolves.toBe(
      '<p>Vaswani et al. (2017). <em>NeurIPS</em>. <a href="https://arxiv.org/abs/1706.03762">arXiv:1706.03762</a> and <a href="https://arxiv.org/abs/2103.03206v2">arXiv:2103.03206v2</a>.</p>',
    );
  });

  it("rehypePaperLinks() links a DOI to doi.org without the sentence's closing punctuation", async () => {
    await expect(render("Rush (2018), doi:10.18653/v1/W18-2509.")).resolves.toBe('<p>Rush (2018), <a href="https://doi.org/10.18653/v1/W18-2509">doi:10.18653/v1/W18-2509</a>.</p>');
  });

  it("rehypePaperLinks() leaves an id that is already a link, or code, as it is", async () => {
    await expect(render("[arXiv:1706.03762](https://arxiv.org/abs/1706.03762) `arXiv:1409.0473`")).resolves.toBe(
      '<p><a href="https://arxiv.org/abs/1706.03762">arXiv:1706.03762</a> <code>arXiv:1409.0473</code></p>',
    );
  });
});
