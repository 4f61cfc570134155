import { describe, expect, it } from "vitest";
import { createOutputCap, entrySize, outputLimits } from "../../../src/notebook/outputCap";
import type { OutputEntry } from "../../../src/notebook/outputTypes";
import type { Lang } from "../../../src/i18n/lang";

const line = (n: number): OutputEntry => ({ type: "log", level: "log", parts: [{ kind: "string", value: `line ${n}` }] });
const text = (e: OutputEntry) => (e.type === "log" && e.parts[0].kind === "string" ? e.parts[0].value : e.type);

/** A cap whose posts are recorded as batches, with a clock the test moves. */
function capture(limits = outputLimits, lang: Lang = "en") {
  const batches: OutputEntry[][] = [];
  let clock = 0;
  const cap = createOutputCap((entries) => batches.push(entries), lang, () => clock, limits);
  return { cap, batches, tick: (ms: number) => (clock += ms), all: () => batches.flat() };
}

describe("createOutputCap", () => {
  it("createOutputCap(post).add() posts the first entries one by one, so a log before an endless loop shows", () => {
    const { cap, batches } = capture();
    for (let n = 0; n < outputLimits.immediateEntries; n++) cap.add(line(n));
    expect(batches.map((b) => b.length)).toEqual(Array(outputLimits.immediateEntries).fill(1));
  });

  it("createOutputCap(post) then batches entries: at most batchEntries, or what came in batchMs", () => {
    const limits = { ...outputLimits, batchEntries: 1000 };
    const { cap, batches, tick, all } = capture(limits);
    for (let n = 0; n < limits.immediateEntries + 2500; n++) cap.add(line(n));
    expect(batches.length).toBe(limits.immediateEntries + 2);
    expect(batches.at(-1)!.length).toBe(1000);
    tick(limits.batchMs);
    cap.add(line(-1));
    expect(batches.at(-1)!.length).toBe(501);
    cap.end();
    expect(all().map(text).slice(-2)).toEqual(["line 2529", "line -1"]);
  });

  it("createOutputCap(post) keeps about maxChars, then only the last tailEntries, after an 'omitted' entry that counts the rest", () => {
    const limits = { ...outputLimits, maxChars: 10 * entrySize(line(0)), tailEntries: 3 };
    const { cap, all } = capture(limits);
    for (let n = 0; n < 100; n++) cap.add(line(n));
    cap.end();
    const out = all();
    expect(out.slice(0, 10).map(text)).toEqual(Array.from({ length: 10 }, (_, n) => `line ${n}`));
    const left = Array.from({ length: 87 }, (_, k) => entrySize(line(10 + k))).reduce((a, b) => a + b);
    expect(out[10]).toEqual({ type: "omitted", entries: 87, chars: left });
    expect(out.slice(11).map(text)).toEqual(["line 97", "line 98", "line 99"]);
  });

  it("createOutputCap(post) keeps an error thrown after a flood of logs: it is among the last entries", () => {
    const limits = { ...outputLimits, maxChars: 5 * entrySize(line(0)) };
    const { cap, all } = capture(limits);
    for (let n = 0; n < 1000; n++) cap.add(line(n));
    cap.add({ type: "error", error: { name: "Error", message: "boom", line: 3 } });
    cap.end();
    expect(all().at(-1)).toEqual({ type: "error", error: { name: "Error", message: "boom", line: 3 } });
  });

  it("createOutputCap(post) cuts one huge or many-line string, saying how much it left out", () => {
    const { cap, all } = capture();
    cap.add({ type: "log", level: "log", parts: [{ kind: "string", value: "x".repeat(outputLimits.maxStringChars + 5) }] });
    cap.add({ type: "result", value: { kind: "string", value: Array.from({ length: 1000 }, (_, i) => String(i)).join("\n") } });
    cap.end();
    const [long, lines] = all();
    expect(long.type === "log" && long.parts[0].kind === "string" && long.parts[0].value).toBe(`${"x".repeat(outputLimits.maxStringChars)}… (5 more characters not shown)`);
    const value = lines.type === "result" && lines.value.kind === "string" ? lines.value.value : "";
    expect(value.split("\n")).toHaveLength(outputLimits.maxStringLines);
    expect(value.slice(value.lastIndexOf("\n"))).toBe("\n499… (500 more lines, 2,000 more characters not shown)");
  });

  it("createOutputCap(post, \"zh\") says in Chinese how much of a cut string it left out", () => {
    const { cap, all } = capture(outputLimits, "zh");
    cap.add({ type: "log", level: "log", parts: [{ kind: "string", value: "x".repeat(outputLimits.maxStringChars + 5) }] });
    cap.add({ type: "result", value: { kind: "string", value: Array.from({ length: 1000 }, (_, i) => String(i)).join("\n") } });
    cap.end();
    const [long, lines] = all();
    expect(long.type === "log" && long.parts[0].kind === "string" && long.parts[0].value).toBe(`${"x".repeat(outputLimits.maxStringChars)}……（还有 5 个字符未显示）`);
    const value = lines.type === "result" && lines.value.kind === "string" ? lines.value.value : "";
    expect(value.slice(value.lastIndexOf("\n"))).toBe("\n499……（还有 500 行、2,000 个字符未显示）");
  });

  it("createOutputCap(post).end() with nothing held back posts nothing more", () => {
    const { cap, batches } = capture();
    cap.add(line(0));
    cap.end();
    expect(batches).toEqual([[line(0)]]);
  });
});

describe("entrySize", () => {
  it("entrySize(entry) grows with the text and the numbers an entry carries", () => {
    expect(entrySize(line(1))).toBeLessThan(entrySize({ type: "log", level: "log", parts: [{ kind: "string", value: "x".repeat(100) }] }));
    expect(entrySize({ type: "show", value: { kind: "matrix", rows: 10, cols: 10, data: Array(100).fill(0) } })).toBeGreaterThan(800);
  });
});
