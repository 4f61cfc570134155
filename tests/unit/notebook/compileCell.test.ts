import { describe, expect, it } from "vitest";
import { compileCell } from "../../../src/notebook/compileCell";
import { CellSyntaxError } from "../../../src/notebook/cellSyntaxError";
import { transpile } from "../../../src/notebook/transpile";

const lineOf = (fn: () => unknown): number | undefined => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CellSyntaxError);
    return (error as CellSyntaxError).line;
  }
  throw new Error("expected a CellSyntaxError");
};

describe("transpile", () => {
  it("transpile(source) strips types and keeps every line where it was", () => {
    const source = "const a: number = 1;\ninterface P {\n  x: number;\n}\nconst b = a as number;\nb";
    const js = transpile(source);
    expect(js.split("\n")).toHaveLength(6);
    expect(js.split("\n")[0]).toBe("const a = 1;");
    expect(js.split("\n")[4]).toBe("const b = a ;");
  });

  it("transpile(source) throws a SyntaxError naming the line of the mistake", () => {
    expect(lineOf(() => transpile("const a = 1;\n\nconst b = ;"))).toBe(3);
    expect(() => transpile("const a = 1;\nconst b = ;")).toThrow("Unexpected token (line 2)");
  });
});

describe("compileCell", () => {
  it("compileCell(source, lang) lists top-level names, destructured ones included, and leaves locals out", () => {
    const c = compileCell("const { a, b: [c, ...d] } = x;\nlet e = 1, f = 2;\nfunction g() { const local = 1; return local; }\nclass H {}", "en");
    expect(c.defs).toEqual(["a", "c", "d", "e", "f", "g", "H"]);
  });

  it("compileCell(source, lang) lists the names the code mentions but not property names or its own declarations", () => {
    const c = compileCell("const t = attention(q, k, v);\nconst o = { weights: t.weights };\nshow(o.weights);", "en");
    expect(c.refs).toEqual(["attention", "k", "q", "show", "v"]);
  });

  it("compileCell(source, lang) returns the last expression as the cell's value, keeping line count", () => {
    const c = compileCell("const a = 1;\na +\n  1", "en");
    expect(c.js).toBe("const a = 1;\nreturn (a +\n  1);");
  });

  it("compileCell(source, lang) turns an import from \"attention\" into a lookup on the same line and declares its names", () => {
    const c = compileCell('import {\n  matmul,\n  transpose as t,\n} from "attention";\nmatmul', "en");
    expect(c.js.split("\n")).toHaveLength(5);
    expect(c.js.split("\n")[0]).toBe('const { matmul, transpose: t } = __rt.module("attention");');
    expect(c.defs).toEqual(["matmul", "t"]);
    expect(compileCell('import * as core from "attention";', "en").js).toBe('const core = __rt.module("attention");');
  });

  it("compileCell(source, lang) refuses other modules, default imports and exports, naming the line", () => {
    expect(() => compileCell('\nimport x from "lodash";', "en")).toThrow('cells can import only from "attention"; "lodash" is not available here (line 2)');
    expect(() => compileCell('import core from "attention";', "en")).toThrow('"attention" has no default export');
    expect(lineOf(() => compileCell("const a = 1;\n\nexport const b = 2;", "en"))).toBe(3);
  });

  it("compileCell(source, \"zh\") words its own refusals in Chinese", () => {
    expect(() => compileCell('\nimport x from "lodash";', "zh")).toThrow('代码单元只能从 "attention" 导入；这里没有 "lodash" (line 2)');
    expect(() => compileCell("export const b = 2;", "zh")).toThrow("代码单元不导出：每个顶层名字对后面的代码单元本来就可见，所以请去掉 `export`");
  });

  it("compileCell(source, lang) keeps a lone string as the value", () => {
    expect(compileCell("'hello'", "en").js).toBe("return ('hello');");
  });

  it("compileCell(source, lang) drops type-only imports and allows top-level await and return", () => {
    const c = compileCell('import type { Matrix } from "attention";\nconst m: Matrix = zeros(1, 1);\nawait 0;\nreturn m;', "en");
    expect(c.js.split("\n")[0]).toBe("");
    expect(c.refs).toContain("zeros");
  });
});
