import { describe, expect, it } from "vitest";
import * as core from "../../../src/core";
import { attentionModule, cellGlobals } from "../../../src/notebook/cellGlobals";
import { compileCell } from "../../../src/notebook/compileCell";
import { createRuntime } from "../../../src/notebook/createRuntime";
import type { OutputEntry } from "../../../src/notebook/outputTypes";

describe("cellGlobals", () => {
  it("cellGlobals(io) and the \"attention\" module hold every export of the core, gradCheck and the backward passes included", () => {
    const globals = cellGlobals({ show: () => {}, console: { log() {}, info() {}, debug() {}, warn() {}, error() {}, table() {} } }, "en");
    for (const [name, value] of Object.entries(core)) {
      expect(globals[name], name).toBe(value);
      expect(attentionModule[name], name).toBe(value);
    }
    for (const name of ["gradCheck", "scaledDotProductAttentionBackward", "softmaxRowsBackward", "matmulBackward"]) expect(typeof globals[name], name).toBe("function");
  });

  it("a cell calls gradCheck as a global on the core's backward and gets ok", async () => {
    const source = `const t = attention(q, k, v);
const dO = randomMatrix(createRandom(1), q.rows, v.cols);
const g = scaledDotProductAttentionBackward(q, k, v, t, dO);
const loss = ([Q, K, V]) => attention(Q, K, V).output.data.reduce((s, o, n) => s + o * dO.data[n], 0);
gradCheck(loss, [q, k, v], [g.dQ, g.dK, g.dV]).ok`;
    const entries: OutputEntry[] = [];
    await createRuntime().run({ id: "grad", compiled: compileCell(source, "en"), notebook: true, lang: "en" }, (e) => entries.push(e));
    expect(entries).toEqual([{ type: "result", value: { kind: "boolean", value: true } }]);
  });
});
