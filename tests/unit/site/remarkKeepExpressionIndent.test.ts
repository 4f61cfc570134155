import { describe, expect, it } from "vitest";
import { evaluate } from "@mdx-js/mdx";
import { remarkKeepExpressionIndent } from "../../../src/site/remarkKeepExpressionIndent.mjs";

/** The `code` props an MDX source gives component C, compiled as the site compiles lessons. */
async function codeProps(source: string, plugins = [remarkKeepExpressionIndent]): Promise<string[]> {
  const seen: string[] = [];
  const jsx = (type: unknown, props: { children?: unknown; code?: string }) => (typeof type === "function" ? type(props) : (props.children ?? null));
  const mdx = await evaluate(source, { Fragment: Symbol("Fragment"), jsx, jsxs: jsx, remarkPlugins: plugins } as unknown as Parameters<typeof evaluate>[1]);
  (mdx.default as (props: object) => unknown)({ components: { C: (p: { code: string }) => (seen.push(p.code), null) } });
  return seen;
}

const starter = "function f(scores: Matrix): Matrix {\n  const out = zeros(1, 1);\n    // four spaces\n\treturn out;\n}";

describe("remarkKeepExpressionIndent", () => {
  it("remarkKeepExpressionIndent() keeps every line's indentation in a multi-line template literal prop", async () => {
    await expect(codeProps(`# Lesson\n\n<C\n  id="x"\n  code={\`${starter}\`}\n/>\n`)).resolves.toEqual([starter]);
  });

  it("remarkKeepExpressionIndent() is needed: MDX alone strips up to two spaces from each line", async () => {
    const [stripped] = await codeProps(`<C code={\`${starter}\`} />\n`, []);
    expect(stripped).toBe("function f(scores: Matrix): Matrix {\nconst out = zeros(1, 1);\n  // four spaces\nreturn out;\n}");
  });

  it("remarkKeepExpressionIndent() keeps ${} substitutions and escaped backticks working", async () => {
    const source = "export const n = 3;\n\n<C code={`const a = ${n};\n  const b = \\`x\\`;`} />\n";
    await expect(codeProps(source)).resolves.toEqual(["const a = 3;\n  const b = `x`;"]);
  });

  it("remarkKeepExpressionIndent() leaves expressions inside a block quote to MDX, whose lines carry the '>'", async () => {
    await expect(codeProps("> <C code={`a\n>   b`} />\n")).resolves.toEqual(["a\nb"]);
  });
});
