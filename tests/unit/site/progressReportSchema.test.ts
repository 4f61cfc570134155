import { describe, expect, it } from "vitest";
import { exerciseKey, progressReportFormat, progressReportSchema, reportEntrySchema } from "../../../src/site/progressReportSchema";

const report = {
  format: progressReportFormat,
  version: 1,
  course: "c",
  reader: "Ada Lovelace",
  made: "2026-11-24T10:00:00.000Z",
  exercises: [
    { lesson: "scores", exercise: "rows-sum", title: "Rows sum to one", passed: true, at: "2026-11-24T09:00:00.000Z", code: "function f() {}" },
    { lesson: "masking", exercise: "padded-weights", passed: false },
  ],
};

describe("progressReportSchema", () => {
  it("progressReportSchema.parse(report) accepts a report with a passed and a not-passed exercise", () => {
    expect(progressReportSchema.parse(report)).toEqual(report);
  });

  it("progressReportSchema refuses a passed exercise without its answer or without its time", () => {
    const { code: _code, ...noCode } = report.exercises[0];
    const { at: _at, ...noTime } = report.exercises[0];
    expect(reportEntrySchema.safeParse(noCode).success).toBe(false);
    expect(reportEntrySchema.safeParse(noTime).success).toBe(false);
    expect(reportEntrySchema.safeParse({ ...report.exercises[0], at: "yesterday" }).success).toBe(false);
  });

  it("progressReportSchema refuses a blank reader name, another format or version, and unknown fields", () => {
    expect(progressReportSchema.safeParse({ ...report, reader: "   " }).success).toBe(false);
    expect(progressReportSchema.safeParse({ ...report, format: "other" }).success).toBe(false);
    expect(progressReportSchema.safeParse({ ...report, version: 2 }).success).toBe(false);
    expect(progressReportSchema.safeParse({ ...report, extra: 1 }).success).toBe(false);
  });

  it("progressReportSchema trims the reader's name", () => {
    expect(progressReportSchema.parse({ ...report, reader: "  Ada  " }).reader).toBe("Ada");
  });

  it("reportEntrySchema refuses an id with characters no exercise id has", () => {
    expect(reportEntrySchema.safeParse({ ...report.exercises[1], exercise: "../x" }).success).toBe(false);
  });

  it("exerciseKey(lesson, exercise) joins them with a slash", () => {
    expect(exerciseKey("scores", "rows-sum")).toBe("scores/rows-sum");
  });
});
