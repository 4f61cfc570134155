import type { HastNode } from "./hastNode";

/** A stretch [start, end) of one text node to become a link to `href`. */
export interface TextLink {
  start: number;
  end: number;
  href: string;
  className?: string;
}

/** Elements whose text never becomes a link: links, code, headings and table headers, math, figures, form parts. */
const skippedTags = new Set(["a", "code", "pre", "kbd", "samp", "h1", "h2", "h3", "h4", "h5", "h6", "th", "svg", "math", "button", "label", "summary", "figure", "script", "style"]);
/** KaTeX's output and remark-math's before it. */
const skippedClasses = /^(katex|katex-display|math-inline|math-display)$/;

function classes(node: HastNode): string[] {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/\s+/) : [];
}

/**
 * Walks `tree` in reading order and turns stretches of its prose text into links: `find(text)`
 * names them for each text node (ascending, not overlapping). Text inside a skipped element is left
 * alone, and so is everything inside an MDX component (`<Cell>`, `<Question>`, ...): their text is
 * theirs to render. `passed(element)` sees each skipped element, e.g. a link the author typed;
 * `stopAt(element)` ends the walk at an element, e.g. the heading of the references.
 */
export function linkInText(
  tree: HastNode,
  find: (text: string) => TextLink[],
  { passed, stopAt }: { passed?: (element: HastNode) => void; stopAt?: (element: HastNode) => boolean } = {},
): void {
  let stopped = false;
  const walk = (parent: HastNode) => {
    const children = parent.children;
    if (!children) return;
    for (let n = 0; n < children.length && !stopped; n++) {
      const node = children[n];
      if (node.type === "element" && stopAt?.(node)) {
        stopped = true;
        return;
      }
      if (node.type === "text" && node.value) {
        const links = find(node.value);
        if (links.length === 0) continue;
        const parts: HastNode[] = [];
        let at = 0;
        for (const link of links) {
          if (link.start > at) parts.push({ type: "text", value: node.value.slice(at, link.start) });
          parts.push({
            type: "element",
            tagName: "a",
            properties: { href: link.href, ...(link.className ? { className: [link.className] } : {}) },
            children: [{ type: "text", value: node.value.slice(link.start, link.end) }],
          });
          at = link.end;
        }
        if (at < node.value.length) parts.push({ type: "text", value: node.value.slice(at) });
        children.splice(n, 1, ...parts);
        n += parts.length - 1;
      } else if (node.type === "element") {
        if (skippedTags.has(node.tagName ?? "") || classes(node).some((c) => skippedClasses.test(c))) passed?.(node);
        else walk(node);
      } else if (node.type === "root") {
        walk(node);
      }
      // Anything else (MDX components and expressions, raw HTML, comments) is not prose.
    }
  };
  walk(tree);
}
