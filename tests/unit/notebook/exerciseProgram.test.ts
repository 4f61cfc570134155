import { describe, expect, it } from "vitest";
import { compileCell } from "../../../src/notebook/compileCell";
import { createRuntime } from "../../../src/notebook/createRuntime";
import { exerciseProgram } from "../../../src/notebook/exerciseProgram";
import type { OutputEntry } from "../../../src/notebook/outputTypes";
import type { Forbid } from "../../../src/notebook/forbidGlobals";
import type { Lang } from "../../../src/i18n/lang";

/** Runs one exercise as the page does: the reader's code, then the check, optionally with a forbid list. */
async function runExercise(code: string, check: string, forbid?: Forbid, lang: Lang = "en") {
  const { source, checkFromLine } = exerciseProgram(code, check);
  const entries: OutputEntry[] = [];
  const status = await createRuntime().run({ id: "ex", compiled: compileCell(source, "en"), notebook: false, checkFromLine, forbid, lang }, (e) => entries.push(e));
  return { status, entries };
}

const forbid: Forbid = { names: ["scaledDotProductAttentionBackward", "softmaxRowsBackward"], reason: "This exercise asks you to write dV and dQ yourself" };
const refused = "This exercise asks you to write dV and dQ yourself; scaledDotProductAttentionBackward is switched off here.";
// The check compares the reader's dV with the real core's, which it reaches through `reference`.
const check = `const t = attention(q, k, v);
const dO = randomMatrix(createRandom(1), q.rows, v.cols);
check.closeTo(myDV(t, dO), reference.scaledDotProductAttentionBackward(q, k, v, t, dO).dV, 1e-12, "dV");`;

describe("exerciseProgram", () => {
  it("exerciseProgram(code, check) starts the check on line checkFromLine of the source", () => {
    const { source, checkFromLine } = exerciseProgram("a;\nb;", "c;");
    expect(source.split("\n")[checkFromLine - 1]).toBe("c;");
  });

  it("an answer written by hand passes while the core's backward is switched off", async () => {
    const { status, entries } = await runExercise("function myDV(t, dO) {\n  return matmul(transpose(t.weights), dO);\n}", check, forbid);
    expect(entries).toEqual([]);
    expect(status).toBe("done");
  });

  it("an answer that calls the forbidden global is refused with the exercise's reason, as a check failure", async () => {
    const { status, entries } = await runExercise("function myDV(t, dO) {\n  return scaledDotProductAttentionBackward(q, k, v, t, dO).dV;\n}", check, forbid);
    expect(status).toBe("error");
    expect(entries).toEqual([{ type: "error", error: { name: "CheckFailure", message: refused, where: "check" } }]);
  });

  it("run({ lang: \"zh\" }) checks the same answers alike and words the check's and the switched-off call's messages in Chinese", async () => {
    const reason = "这个练习要求你自己写出 dV 和 dQ";
    const zhForbid: Forbid = { names: forbid.names, reason };
    const passes = await runExercise("function myDV(t, dO) {\n  return matmul(transpose(t.weights), dO);\n}", check, zhForbid, "zh");
    expect(passes.status).toBe("done");
    const shortcut = await runExercise("function myDV(t, dO) {\n  return scaledDotProductAttentionBackward(q, k, v, t, dO).dV;\n}", check, zhForbid, "zh");
    expect(shortcut.entries).toEqual([{ type: "error", error: { name: "CheckFailure", message: `${reason}；scaledDotProductAttentionBackward 在这里被禁用了。`, where: "check" } }]);
    // The weights are Lq x Lk = 5x4 on the running example; dV is Lk x dv = 4x3.
    const wrong = await runExercise("function myDV(t, dO) {\n  return t.weights;\n}", check, zhForbid, "zh");
    expect(wrong.entries).toEqual([{ type: "error", error: { name: "CheckFailure", message: "dV 的形状是 5x4，但应为 4x3", where: "check" } }]);
  });

  it("importing the forbidden function, by name or through the namespace, is refused too", async () => {
    const named = await runExercise('import { scaledDotProductAttentionBackward as bw } from "attention";\nfunction myDV(t, dO) {\n  return bw(q, k, v, t, dO).dV;\n}', check, forbid);
    expect(named.entries).toEqual([{ type: "error", error: { name: "CheckFailure", message: refused, where: "check" } }]);
    const namespace = await runExercise('import * as core from "attention";\nfunction myDV(t, dO) {\n  return core.scaledDotProductAttentionBackward(q, k, v, t, dO).dV;\n}', check, forbid);
    expect(namespace.entries).toEqual([{ type: "error", error: { name: "CheckFailure", message: refused, where: "check" } }]);
  });

  it("the same shortcut passes when the exercise forbids nothing", async () => {
    const { status } = await runExercise("function myDV(t, dO) {\n  return scaledDotProductAttentionBackward(q, k, v, t, dO).dV;\n}", check);
    expect(status).toBe("done");
  });

  it("the reader's functions cannot reach `reference`: it is bound only inside the check's block", async () => {
    const { entries } = await runExercise("function myDV(t, dO) {\n  return reference.scaledDotProductAttentionBackward(q, k, v, t, dO).dV;\n}", check, forbid);
    expect(entries).toEqual([{ type: "error", error: { name: "ReferenceError", message: "reference is not defined", line: 2, where: "code" } }]);
  });

  it("a forbid list in one exercise run does not switch the function off in the next run of the same worker", async () => {
    const runtime = createRuntime();
    const { source, checkFromLine } = exerciseProgram("const w = fromRows([[0.5, 0.5]]);", "softmaxRowsBackward(w, w);");
    const first = await runtime.run({ id: "a", compiled: compileCell(source, "en"), notebook: false, checkFromLine, forbid, lang: "en" }, () => {});
    const second = await runtime.run({ id: "b", compiled: compileCell(source, "en"), notebook: false, checkFromLine, lang: "en" }, () => {});
    expect([first, second]).toEqual(["error", "done"]);
  });
});
