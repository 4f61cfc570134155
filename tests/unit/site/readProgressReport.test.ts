import { describe, expect, it } from "vitest";
import { readProgressReport } from "../../../src/site/readProgressReport";
import { progressReportFormat } from "../../../src/site/progressReportSchema";

const known = new Set(["scores/rows-sum", "masking/padded-weights"]);
const pass = { lesson: "scores", exercise: "rows-sum", passed: true, at: "2026-11-24T09:00:00.000Z", code: "function f() {}" };
const notPassed = { lesson: "masking", exercise: "padded-weights", passed: false };
const report = (fields: object = {}) =>
  JSON.stringify({ format: progressReportFormat, version: 1, course: "c", reader: "Ada", made: "2026-11-24T10:00:00.000Z", exercises: [pass, notPassed], ...fields });

describe("readProgressReport", () => {
  it("readProgressReport(text, course, known) reads a good report whole, with no problems", () => {
    const { report: read, problems } = readProgressReport(report(), "c", known);
    expect(problems).toEqual([]);
    expect(read?.reader).toBe("Ada");
    expect(read?.exercises).toEqual([pass, notPassed]);
  });

  it("readProgressReport(text that is not JSON, ...) says so, with the parser's reason", () => {
    const { report: read, problems } = readProgressReport("not json {", "c", known);
    expect(read).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^not a JSON file \(.+\)$/);
  });

  it("readProgressReport(JSON without the report format, ...) says it is not a progress report", () => {
    for (const text of ["[1, 2]", "null", '"text"', JSON.stringify({ reader: "Ada" })]) {
      expect(readProgressReport(text, "c", known)).toEqual({ report: null, problems: [`not a progress report: a report has "format": "${progressReportFormat}"`] });
    }
  });

  it("readProgressReport(a report of another course, ...) names both courses", () => {
    expect(readProgressReport(report({ course: "other-course" }), "c", known)).toEqual({
      report: null,
      problems: ['a report for another course ("other-course"); this page reads reports of "c"'],
    });
  });

  it("readProgressReport(a report with a blank name, ...) refuses it naming the field", () => {
    const { report: read, problems } = readProgressReport(report({ reader: " " }), "c", known);
    expect(read).toBeNull();
    expect(problems).toEqual(["not a valid progress report: reader: give the reader's name"]);
  });

  it("readProgressReport(a report with an unknown exercise, ...) names it and keeps the other exercises", () => {
    const unknown = { lesson: "scores", exercise: "no-such-exercise", passed: false };
    const { report: read, problems } = readProgressReport(report({ exercises: [pass, unknown, notPassed] }), "c", known);
    expect(problems).toEqual(['unknown exercise "scores/no-such-exercise": this course has no such exercise (renamed, or from another version); it is left out']);
    expect(read?.exercises).toEqual([pass, notPassed]);
  });

  it("readProgressReport(a report with a malformed entry, ...) names the entry and its field and keeps the rest", () => {
    const { code: _code, ...noCode } = pass;
    const { report: read, problems } = readProgressReport(report({ exercises: [noCode, notPassed] }), "c", known);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^exercise entry 1 is not valid \(exercises\[0\]\.code: .+\); it is left out$/);
    expect(read?.exercises).toEqual([notPassed]);
  });

  it("readProgressReport(a report listing an exercise twice, ...) keeps the first", () => {
    const { report: read, problems } = readProgressReport(report({ exercises: [pass, { lesson: "scores", exercise: "rows-sum", passed: false }] }), "c", known);
    expect(problems).toEqual(['exercise "scores/rows-sum" is listed twice; the first entry is kept']);
    expect(read?.exercises).toEqual([pass]);
  });

  it("readProgressReport(a report with no exercises, ...) reads it with an empty list", () => {
    expect(readProgressReport(report({ exercises: [] }), "c", known)).toEqual({ report: expect.objectContaining({ exercises: [] }), problems: [] });
  });

  it('readProgressReport(text, course, known, "zh") names each problem in Chinese, the schema\'s own messages and zod\'s alike', () => {
    expect(readProgressReport("not json {", "c", known, "zh").problems[0]).toMatch(/^不是 JSON 文件（.+）$/);
    expect(readProgressReport(report({ course: "other-course" }), "c", known, "zh").problems).toEqual(['这是另一门课程的报告（"other-course"）；本页面读取的是 "c" 的报告']);
    expect(readProgressReport(report({ reader: " " }), "c", known, "zh").problems).toEqual(["不是有效的进度报告：reader：请给出读者的名字"]);
    const { code: _code, ...noCode } = pass;
    const { report: read, problems } = readProgressReport(report({ exercises: [noCode, notPassed] }), "c", known, "zh");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^第 1 条练习记录无效（exercises\[0\]\.code：无效输入：期望 string，实际接收 undefined），已略去$/);
    expect(read?.exercises).toEqual([notPassed]);
    expect(readProgressReport(report({ exercises: [pass, { lesson: "scores", exercise: "x", passed: false }] }), "c", known, "zh").problems).toEqual([
      '未知练习 "scores/x"：本课程没有这道练习（可能已改名，或来自另一个版本），已略去',
    ]);
  });
});
