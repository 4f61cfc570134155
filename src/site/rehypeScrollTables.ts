import type { HastNode } from "./hastNode";

/**
 * A rehype plugin: every table of a lesson sits in its own box (class "table-scroll") that scrolls
 * sideways when the table is wider than the screen, so a phone scrolls the table, not the page
 * (reachableScrollers makes the box a tab stop while it scrolls).
 */
export function rehypeScrollTables() {
  const wrap = (parent: HastNode) => {
    parent.children?.forEach((node, n) => {
      if (node.type === "element" && node.tagName === "table") {
        parent.children![n] = { type: "element", tagName: "div", properties: { className: ["table-scroll"] }, children: [node] };
      } else if (node.children) {
        wrap(node);
      }
    });
  };
  return (tree: HastNode) => wrap(tree);
}
