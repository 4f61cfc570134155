import type { HastNode } from "./hastNode";
import { linkInText } from "./linkInText";

/** "arXiv:1706.03762" (new-style ids, with or without a version) and "doi:10.xxxx/..." in prose. */
const identifier = /\barXiv:(\d{4}\.\d{4,5}(?:v\d+)?)|\bdoi:\s?(10\.\d{4,9}\/[^\s"<>]*[^\s"<>.,;:)])/gi;

/**
 * A rehype plugin: a paper cited by its identifier but not linked ("arXiv:1706.03762",
 * "doi:10.18653/v1/W18-2509") becomes a link to it (arxiv.org/abs, doi.org), so every reference
 * with an identifier opens the paper. Identifiers already inside a link or code are left alone.
 */
export function rehypePaperLinks() {
  return (tree: HastNode) =>
    linkInText(tree, (text) =>
      [...text.matchAll(identifier)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        href: match[1] ? `https://arxiv.org/abs/${match[1]}` : `https://doi.org/${match[2]}`,
      })),
    );
}
