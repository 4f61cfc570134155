import { parseExpressionAt } from "acorn";

/**
 * MDX eats up to two spaces at the start of every continuation line of a JSX attribute expression
 * (micromark-factory-mdx-expression strips them as a line prefix, on purpose: see
 * https://github.com/mdx-js/mdx/issues/2574), so `<Exercise starter={`...`} />` reached the
 * component with its code's indentation cut by two. This plugin gives every multi-line attribute
 * expression back its source text, read from the file by position and parsed again.
 *
 * Only expressions outside block quotes and lists are restored: there the raw lines also carry
 * the container's `>` or indent, which MDX removes rightly.
 * @returns {(tree: import("mdast").Root, file: import("vfile").VFile) => void}
 */
export function remarkKeepExpressionIndent() {
  return (tree, file) => {
    const source = String(file.value);
    /** @param {any} node @param {boolean} inContainer */
    const visit = (node, inContainer) => {
      const container = inContainer || node.type === "blockquote" || node.type === "listItem" || node.type === "footnoteDefinition";
      if (!container && (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement")) {
        for (const attribute of node.attributes) restore(attribute, source);
      }
      for (const child of node.children ?? []) visit(child, container);
    };
    visit(tree, false);
  };
}

/**
 * Puts the source text of `name={expression}` back into the attribute when MDX changed it.
 * @param {any} attribute an mdxJsxAttribute with its position (name to closing brace)
 * @param {string} source the whole file
 */
function restore(attribute, source) {
  const value = attribute.value;
  if (attribute.type !== "mdxJsxAttribute" || value?.type !== "mdxJsxAttributeValueExpression") return;
  const end = attribute.position?.end?.offset;
  const start = attribute.position?.start?.offset;
  if (start === undefined || end === undefined || !value.value.includes("\n")) return;
  const open = source.indexOf("{", start);
  const close = end - 1;
  if (open < 0 || open > close || source[close] !== "}") return;
  const raw = source.slice(open + 1, close);
  if (raw === value.value) return;
  // Parsed in place, so every position (offset, line, column) is the file's own.
  const expression = parseExpressionAt(source, open + 1, { ecmaVersion: "latest", sourceType: "module", locations: true, ranges: true });
  if (source.slice(expression.end, close).trim() !== "") return;
  const statement = { type: "ExpressionStatement", expression, start: expression.start, end: expression.end, loc: expression.loc, range: expression.range };
  value.value = raw;
  value.data = { ...value.data, estree: { type: "Program", sourceType: "module", body: [statement], comments: [], start: expression.start, end: expression.end, loc: expression.loc, range: expression.range } };
}
