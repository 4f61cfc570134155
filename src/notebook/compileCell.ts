import { parse, type Node } from "acorn";
import { CellSyntaxError } from "./cellSyntaxError";
import { transpile } from "./transpile";
import type { Lang } from "../i18n/lang";
import { notebookRunText } from "../i18n/notebookRunText";

/** The one module name a cell can import from; everything it exports is also a global in cells. */
export const moduleName = "attention";

/**
 * A cell ready to run: JavaScript that keeps every line of the source where it was, the top-level
 * names it declares (visible to later cells) and every name it mentions (to find the earlier cells
 * it needs). Made at build time for the lesson's code and in the browser for edited code.
 */
export interface CompiledCell {
  /** A function body: imports became `const {...} = __rt.module("attention")`, the last expression a `return`. */
  js: string;
  defs: string[];
  refs: string[];
}

type AnyNode = Node & Record<string, unknown>;

/** Every identifier bound by a declaration pattern: `{ a, b: [c, ...d] }` -> a, c, d. */
function patternNames(pattern: AnyNode, out: string[]): void {
  switch (pattern.type) {
    case "Identifier":
      out.push(pattern.name as string);
      break;
    case "ObjectPattern":
      for (const p of pattern.properties as AnyNode[]) patternNames((p.type === "RestElement" ? p.argument : p.value) as AnyNode, out);
      break;
    case "ArrayPattern":
      for (const e of pattern.elements as (AnyNode | null)[]) if (e) patternNames(e, out);
      break;
    case "RestElement":
      patternNames(pattern.argument as AnyNode, out);
      break;
    case "AssignmentPattern":
      patternNames(pattern.left as AnyNode, out);
      break;
  }
}

/**
 * Names the code mentions. An over-estimate (a local `q` counts too) only means an earlier cell
 * that declares `q` runs first, which is harmless; a miss would leave a name undefined.
 */
function referencedNames(node: AnyNode, out: Set<string>): void {
  if (node.type === "Identifier") out.add(node.name as string);
  for (const [key, child] of Object.entries(node)) {
    if (key === "type" || key === "start" || key === "end" || key === "loc") continue;
    // A property name after a dot, an object key or a label is not a variable.
    if (key === "property" && node.type === "MemberExpression" && !node.computed) continue;
    if (key === "key" && !node.computed && !(node.type === "Property" && node.shorthand)) continue;
    if (key === "label") continue;
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c === "object" && typeof (c as AnyNode).type === "string") referencedNames(c as AnyNode, out);
    } else if (child && typeof child === "object" && typeof (child as AnyNode).type === "string") {
      referencedNames(child as AnyNode, out);
    }
  }
}

/** `text` padded with the newlines `original` spanned, so later lines keep their numbers. */
function sameLines(text: string, original: string): string {
  return text + "\n".repeat(original.split("\n").length - 1);
}

/** The line (from 1) of an offset in `source`. */
function lineAt(source: string, offset: number): number {
  return source.slice(0, offset).split("\n").length;
}

/** `import { a, b as c } from "attention"` -> `const { a, b: c } = __rt.module("attention");` */
function rewriteImport(node: AnyNode, js: string, lang: Lang): string {
  const from = (node.source as AnyNode).value as string;
  const text = js.slice(node.start, node.end);
  const line = lineAt(js, node.start);
  if (from !== moduleName) {
    throw new CellSyntaxError(notebookRunText[lang].onlyAttentionImport(from), line);
  }
  const specifiers = node.specifiers as AnyNode[];
  const named: string[] = [];
  let statement = "";
  for (const s of specifiers) {
    const local = (s.local as AnyNode).name as string;
    if (s.type === "ImportDefaultSpecifier") {
      throw new CellSyntaxError(notebookRunText[lang].noDefaultExport(local), line);
    }
    if (s.type === "ImportNamespaceSpecifier") statement += `const ${local} = __rt.module(${JSON.stringify(from)});`;
    else {
      const imported = (s.imported as AnyNode).name as string;
      named.push(imported === local ? local : `${imported}: ${local}`);
    }
  }
  if (named.length > 0) statement += `const { ${named.join(", ")} } = __rt.module(${JSON.stringify(from)});`;
  return sameLines(statement, text);
}

/**
 * TypeScript cell source -> CompiledCell. Throws CellSyntaxError naming the line in the reader's
 * code (the messages of its own rules in `lang`; the parsers' own stay English). Every rewrite keeps
 * line counts, so runtime errors map back by line number alone.
 */
export function compileCell(source: string, lang: Lang): CompiledCell {
  const js = transpile(source);
  let program: AnyNode;
  try {
    program = parse(js, {
      ecmaVersion: "latest",
      sourceType: "module",
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
    }) as unknown as AnyNode;
  } catch (error) {
    const loc = (error as { loc?: { line: number } }).loc;
    throw new CellSyntaxError((error instanceof Error ? error.message : String(error)).replace(/\s*\(\d+:\d+\)$/, ""), loc?.line);
  }
  const defs: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const body = program.body as AnyNode[];
  body.forEach((node, index) => {
    switch (node.type) {
      case "ImportDeclaration": {
        const text = rewriteImport(node, js, lang);
        for (const s of node.specifiers as AnyNode[]) defs.push((s.local as AnyNode).name as string);
        edits.push({ start: node.start, end: node.end, text });
        break;
      }
      case "ExportNamedDeclaration":
      case "ExportDefaultDeclaration":
      case "ExportAllDeclaration":
        throw new CellSyntaxError(notebookRunText[lang].noExport, lineAt(js, node.start));
      case "VariableDeclaration":
        for (const d of node.declarations as AnyNode[]) patternNames(d.id as AnyNode, defs);
        break;
      case "FunctionDeclaration":
      case "ClassDeclaration":
        defs.push((node.id as AnyNode).name as string);
        break;
      case "ExpressionStatement":
        // The last expression is the cell's value, as in a notebook: `weights` alone shows weights.
        if (index === body.length - 1) {
          const expression = node.expression as AnyNode;
          edits.push({ start: node.start, end: node.end, text: `return (${js.slice(expression.start, expression.end)});` });
        }
        break;
    }
  });
  const refs = new Set<string>();
  referencedNames(program, refs);
  let out = js;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  const unique = [...new Set(defs)];
  return { js: out, defs: unique, refs: [...refs].filter((name) => !unique.includes(name)).sort() };
}
