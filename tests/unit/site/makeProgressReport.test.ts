import { describe, expect, it } from "vitest";
import { makeProgressReport } from "../../../src/site/makeProgressReport";
import { courseId } from "../../../src/site/courseId";
import { progressReportSchema } from "../../../src/site/progressReportSchema";

const exercises = [
  { lesson: "scores", id: "rows-sum", title: "Rows sum to one" },
  { lesson: "masking", id: "padded-weights", title: "Mask the padding" },
];
const passes: Record<string, { code: string; at: string }> = { "scores/rows-sum": { code: "const x = 1;", at: "2026-11-24T09:00:00.000Z" } };
const passOf = (lesson: string, id: string) => passes[`${lesson}/${id}`];

describe("makeProgressReport", () => {
  it("makeProgressReport(reader, made, exercises, passOf) lists every exercise in order, with the answer and time of each pass", () => {
    const report = makeProgressReport(" Ada ", new Date("2026-11-24T10:00:00Z"), exercises, passOf);
    expect(report.reader).toBe("Ada");
    expect(report.course).toBe(courseId);
    expect(report.made).toBe("2026-11-24T10:00:00.000Z");
    expect(report.exercises).toEqual([
      { lesson: "scores", exercise: "rows-sum", title: "Rows sum to one", passed: true, at: "2026-11-24T09:00:00.000Z", code: "const x = 1;" },
      { lesson: "masking", exercise: "padded-weights", title: "Mask the padding", passed: false },
    ]);
  });

  it("makeProgressReport(...) gives a report the schema accepts", () => {
    expect(progressReportSchema.safeParse(makeProgressReport("Ada", new Date(), exercises, passOf)).success).toBe(true);
  });

  it("makeProgressReport(blank name, ...) throws asking for the name", () => {
    expect(() => makeProgressReport("  ", new Date(), exercises, passOf)).toThrow("give the reader's name");
  });

  it("makeProgressReport(reader, made, [], passOf) gives an empty list for a course without exercises", () => {
    expect(makeProgressReport("Ada", new Date(), [], passOf).exercises).toEqual([]);
  });
});
