import { describe, expect, it } from "vitest";
import { compileCell } from "../../../src/notebook/compileCell";
import { createRuntime } from "../../../src/notebook/createRuntime";
import type { OutputEntry } from "../../../src/notebook/outputTypes";

async function run(runtime: ReturnType<typeof createRuntime>, id: string, source: string, notebook = true) {
  const entries: OutputEntry[] = [];
  const status = await runtime.run({ id, compiled: compileCell(source, "en"), notebook, lang: "en" }, (e) => entries.push(e));
  return { status, entries };
}

describe("createRuntime", () => {
  it("run() reports console output, show() and the value in the order they happened", async () => {
    const { status, entries } = await run(createRuntime(), "a", 'console.log("one", 2);\nshow([1, 2]);\nconsole.warn("three");\n4');
    expect(status).toBe("done");
    expect(entries).toEqual([
      { type: "log", level: "log", parts: [{ kind: "string", value: "one" }, { kind: "number", value: 2 }] },
      { type: "show", value: { kind: "array", label: "Array(2)", items: [{ kind: "number", value: 1 }, { kind: "number", value: 2 }], more: 0 } },
      { type: "log", level: "warn", parts: [{ kind: "string", value: "three" }] },
      { type: "result", value: { kind: "number", value: 4 } },
    ]);
  });

  it("run() of a cell whose last line is show(x) shows x and no stray value after it", async () => {
    const { entries } = await run(createRuntime(), "last-show", 'show(1, "one");\nshow(2, "two")');
    expect(entries).toEqual([
      { type: "show", value: { kind: "number", value: 1 }, label: "one" },
      { type: "show", value: { kind: "number", value: 2 }, label: "two" },
    ]);
  });

  it("run() lets a later cell use the names an earlier notebook cell declared, by their current value", async () => {
    const runtime = createRuntime();
    await run(runtime, "first", "let n = 1;\nfunction bump() { n += 1; }");
    await run(runtime, "second", "bump();");
    const { entries } = await run(runtime, "third", "n * 10");
    expect(entries).toEqual([{ type: "result", value: { kind: "number", value: 20 } }]);
  });

  it("run() of an exercise (notebook: false) neither sees nor leaves notebook names", async () => {
    const runtime = createRuntime();
    await run(runtime, "cell", "const secret = 1;");
    const { entries } = await run(runtime, "ex", "typeof secret", false);
    expect(entries).toEqual([{ type: "result", value: { kind: "string", value: "undefined" } }]);
  });

  it("run() maps a runtime error to the line in the cell's own code", async () => {
    const { status, entries } = await run(createRuntime(), "err", "const a = 1;\n\nconst o: any = null;\no.x;");
    expect(status).toBe("error");
    expect(entries).toEqual([{ type: "error", error: { name: "TypeError", message: "Cannot read properties of null (reading 'x')", line: 4, where: "code" } }]);
  });

  it("run() shows the core's shape errors as they are, at the calling line", async () => {
    const { entries } = await run(createRuntime(), "shape", 'import { scaledDotProductAttention } from "attention";\nscaledDotProductAttention(q, v, v)');
    expect(entries).toEqual([
      {
        type: "error",
        error: {
          name: "AttentionError",
          message: "scores: Q is 5x4 but K is 4x3; Q and K need the same number of columns (dk)",
          // The reason crosses postMessage so the page can say it in its own language.
          reason: { op: "scores", code: "qkColumns", params: { qShape: "5x4", kShape: "4x3" } },
          line: 2,
          where: "code",
        },
      },
    ]);
  });

  it("run() says which cell left a name unset when that cell failed before assigning it", async () => {
    const runtime = createRuntime();
    await run(runtime, "broken", 'throw new Error("early");\nconst late = 1;');
    const { entries } = await run(runtime, "reader", "late");
    expect(entries[0]).toMatchObject({ type: "error", error: { name: "ReferenceError", message: 'late is not set: cell "broken" stopped before it assigned late; fix that cell and run it again', line: 1 } });
  });

  it("run() with checkFromLine reports a failing check's message and an error in the check's own lines", async () => {
    const runtime = createRuntime();
    const failing = await runtime.run({ id: "x", compiled: compileCell("const f = () => 1;\n;{\ncheck.closeTo(f(), 2, 1e-9, \"f()\");\n}", "en"), notebook: false, checkFromLine: 3, lang: "en" }, () => {});
    expect(failing).toBe("error");
    const entries: OutputEntry[] = [];
    await runtime.run({ id: "y", compiled: compileCell("const f = 1;\n;{\nconst o: any = undefined;\no.p;\n}", "en"), notebook: false, checkFromLine: 3, lang: "en" }, (e) => entries.push(e));
    expect(entries).toEqual([{ type: "error", error: { name: "TypeError", message: "Cannot read properties of undefined (reading 'p')", line: 2, where: "check" } }]);
  });
});

describe("createRuntime late output", () => {
  it("createRuntime(late): what a cell's timer prints after its run ended goes to late with that cell's id", async () => {
    const late: [string, OutputEntry][] = [];
    const runtime = createRuntime((id, entry) => late.push([id, entry]));
    const { entries } = await run(runtime, "ticker", 'setTimeout(() => { console.log("later"); show(2, "two"); }, 0);\n"now"');
    expect(entries).toEqual([{ type: "result", value: { kind: "string", value: "now" } }]);
    await run(runtime, "other", 'console.log("other runs");');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(late).toEqual([
      ["ticker", { type: "log", level: "log", parts: [{ kind: "string", value: "later" }] }],
      ["ticker", { type: "show", value: { kind: "number", value: 2 }, label: "two" }],
    ]);
  });

  it("createRuntime(late): output awaited within the run stays the run's own", async () => {
    const late: unknown[] = [];
    const { entries } = await run(createRuntime((_id, entry) => late.push(entry)), "waits", 'await new Promise((r) => setTimeout(r, 5));\nconsole.log("in time");');
    expect(entries).toEqual([{ type: "log", level: "log", parts: [{ kind: "string", value: "in time" }] }]);
    expect(late).toEqual([]);
  });
});

describe("runAtBuild", () => {
  it("runAtBuild(lesson, id, code) runs a lesson's cells in order, so a later cell sees an earlier cell's names", async () => {
    const { runAtBuild } = await import("../../../src/notebook/runAtBuild");
    const first = runAtBuild("unit-lesson", "one", "const n = 20;", "en");
    const second = runAtBuild("unit-lesson", "two", "n + 1", "en");
    expect((await second).entries).toEqual([{ type: "result", value: { kind: "number", value: 21 } }]);
    expect((await first).status).toBe("done");
  });

  it("runAtBuild(..., once) refuses an id used twice in one lesson", async () => {
    const { runAtBuild } = await import("../../../src/notebook/runAtBuild");
    runAtBuild("unit-dup", "same", "1", "en", true);
    expect(() => runAtBuild("unit-dup", "same", "2", "en", true)).toThrow('Cell: the id "same" appears twice in lesson "unit-dup"');
  });

  it("runAtBuild returns a syntax error as the cell's output instead of failing the build", async () => {
    const { runAtBuild } = await import("../../../src/notebook/runAtBuild");
    const run = await runAtBuild("unit-syntax", "bad", "const a = ;", "en");
    expect(run).toEqual({ entries: [{ type: "error", error: { name: "SyntaxError", message: "Unexpected token (line 1)", line: 1, where: "code" } }], status: "error" });
  });
});

describe("runAtBuild output cap", () => {
  it("runAtBuild(lesson, id, code) caps a flood of logs as the page does: the first lines, a count of the rest, the last lines", async () => {
    const { runAtBuild } = await import("../../../src/notebook/runAtBuild");
    const { entries } = await runAtBuild("unit-flood", "flood", 'for (let i = 0; i < 200000; i++) console.log("line " + i);', "en");
    expect(entries.length).toBeLessThan(100_000);
    expect(entries[0]).toEqual({ type: "log", level: "log", parts: [{ kind: "string", value: "line 0" }] });
    expect(entries.at(-11)).toMatchObject({ type: "omitted" });
    expect(entries.at(-1)).toEqual({ type: "log", level: "log", parts: [{ kind: "string", value: "line 199999" }] });
  });
});
