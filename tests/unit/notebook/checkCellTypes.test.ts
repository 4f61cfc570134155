import { readFileSync, readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createProcessor } from "@mdx-js/mdx";
import remarkMath from "remark-math";
import { createCellTypeChecker, type CellTypeEnvironment } from "../../../src/notebook/checkCellTypes";
import { cellTypeEnvironment } from "../../../src/site/cellTypeEnvironment.mjs";

let env: CellTypeEnvironment;
let checker: ReturnType<typeof createCellTypeChecker>;
beforeAll(() => {
  env = cellTypeEnvironment(process.cwd());
  checker = createCellTypeChecker(env);
}, 120_000);

const check = (code: string, earlier: string[] = []) => checker.check({ code, earlier });

describe("createCellTypeChecker", () => {
  it("check({ code }) reports a wrong type at its line and column", () => {
    expect(check('const a = 1;\nconst x: number = "hello";\nx')).toEqual([
      { line: 2, column: 7, from: 19, to: 20, message: "Type 'string' is not assignable to type 'number'.", syntax: false },
    ]);
  });

  it("check({ code }) marks a syntax error as such", () => {
    expect(check("const a = ;")).toMatchObject([{ line: 1, message: "Expression expected.", syntax: true }]);
  });

  it("check({ code }) knows every cell global and the core's types", () => {
    expect(check('const t = attention(q, k, v);\nconst w: Matrix = t.weights;\nshow(w, "weights");\nconsole.log(source.length, example.target[0]);\ncheck.rowsSumToOne(w);\nplot.heatmap(w)')).toEqual([]);
    expect(check('import { matmul } from "attention";\nimport * as core from "attention";\nmatmul(q, core.transpose(k))')).toEqual([]);
  });

  it("check({ code }) finds a core function called with a missing argument", () => {
    expect(check("attention(q, k)")).toMatchObject([{ line: 1, message: "Expected 3-4 arguments, but got 2." }]);
  });

  it("check({ code }) accepts what the cell runtime allows: a top-level return and await, timers", () => {
    expect(check("await new Promise((r) => setTimeout(r, 1));\nif (q.rows > 1) return q.rows;\n0")).toEqual([]);
  });

  it("check({ code, earlier }) sees the names the earlier cells declare, with their types", () => {
    const earlier = ["const t = attention(q, k, v);\nfunction twice(n: number) { return 2 * n; }", "const q = 3;"];
    expect(check("const w: Matrix = t.weights;\nconst n: number = twice(q);", earlier)).toEqual([]);
    expect(check("const s: string = twice(1);", earlier)).toMatchObject([{ line: 1, message: "Type 'number' is not assignable to type 'string'." }]);
  });

  it("check({ code }) lets a cell declare a name a global already has", () => {
    expect(check("const q = fromRows([[1, 2]]);\nconst k = 2;\nq.rows + k")).toEqual([]);
  });

  it("the environment declares every name a cell can use without declaring it", async () => {
    const { cellGlobals } = await import("../../../src/notebook/cellGlobals");
    const names = Object.keys(cellGlobals({ show: () => {}, console: { log() {}, info() {}, debug() {}, warn() {}, error() {}, table() {} } }, "en"));
    expect([...env.globalNames].sort()).toEqual(names.sort());
  });
});

/** A lesson's <Cell> and <Exercise> props that hold code, read from its MDX as the build reads them. */
function lessonCode(mdx: string): { cells: string[]; exercises: Record<string, string>[] } {
  // As astro.config.mjs parses lessons: frontmatter apart, math with remark-math.
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, "");
  const tree = createProcessor({ remarkPlugins: [remarkMath] }).parse(body) as unknown as { children: Node[] };
  type Node = { type: string; name?: string; children?: Node[]; attributes?: { name: string; value: unknown }[] };
  type Expression = { type: string; name?: string; quasis?: { value: { cooked: string } }[]; expressions?: unknown[] };
  const cells: string[] = [];
  const exercises: Record<string, string>[] = [];
  /** `export const name = \`...\`` in the lesson's ESM: code a prop may name instead of writing it inline. */
  const constants = new Map<string, Expression>();
  const literal = (e: Expression | undefined): string => {
    const resolved = e?.type === "Identifier" ? constants.get(e.name!) : e;
    if (resolved?.type !== "TemplateLiteral") throw new Error(`a code prop is not a template literal: ${e?.type} ${e?.name ?? ""}`);
    // A \${...} the build fills in from the lesson's numbers: any number gives the same types.
    return resolved.quasis!.map((q) => q.value.cooked).join("0");
  };
  const text = (value: unknown) => literal((value as { data: { estree: { body: { expression: Expression }[] } } }).data.estree.body[0].expression);
  for (const node of tree.children as unknown as { type: string; data?: { estree?: { body: { type: string; declaration?: { declarations?: { id: { name: string }; init: Expression }[] } }[] } } }[]) {
    if (node.type !== "mdxjsEsm") continue;
    for (const statement of node.data!.estree!.body) {
      for (const d of statement.type === "ExportNamedDeclaration" ? (statement.declaration?.declarations ?? []) : []) constants.set(d.id.name, d.init);
    }
  }
  const visit = (node: Node) => {
    if (node.type === "mdxJsxFlowElement" && (node.name === "Cell" || node.name === "Exercise")) {
      const props = Object.fromEntries((node.attributes ?? []).filter((a) => ["code", "solution"].includes(a.name)).map((a) => [a.name, text(a.value)]));
      if (node.name === "Cell") cells.push(props.code);
      else exercises.push(props);
    }
    node.children?.forEach(visit);
  };
  visit(tree as unknown as Node);
  return { cells, exercises };
}

describe("lessons", () => {
  const dir = "content/lessons";
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".mdx"))) {
    it(`${file}: every cell (after the cells before it) and every exercise solution type-check`, () => {
      const { cells, exercises } = lessonCode(readFileSync(`${dir}/${file}`, "utf8"));
      const errors: string[] = [];
      cells.forEach((code, i) => {
        for (const e of check(code, cells.slice(0, i))) errors.push(`cell ${i + 1}, line ${e.line}: ${e.message}`);
      });
      // A solution is code a reader may paste into the exercise's editor, which checks it alone.
      exercises.forEach(({ solution }, i) => {
        if (solution === undefined) return;
        for (const e of check(solution)) errors.push(`exercise ${i + 1} solution, line ${e.line}: ${e.message}`);
      });
      expect(errors).toEqual([]);
    }, 60_000);
  }
});
