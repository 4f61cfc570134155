import { courseId } from "./courseId";
import { progressReportFormat, type ProgressReport, type ReportEntry } from "./progressReportSchema";

/** An exercise of the course, as the build lists them (src/site/courseExercises.ts). */
export interface ListedExercise {
  lesson: string;
  id: string;
  title: string;
}

/**
 * The report of one reader: every exercise of the course in order, passed (with the passing answer
 * and when) or not. `passOf` reads what the browser stored when an exercise passed.
 */
export function makeProgressReport(reader: string, made: Date, exercises: readonly ListedExercise[], passOf: (lesson: string, id: string) => { code: string; at: string } | undefined): ProgressReport {
  const name = reader.trim();
  if (!name) throw new Error("makeProgressReport: give the reader's name; the class page lists reports by name");
  const entries = exercises.map((e): ReportEntry => {
    const pass = passOf(e.lesson, e.id);
    const common = { lesson: e.lesson, exercise: e.id, title: e.title };
    return pass ? { ...common, passed: true, at: pass.at, code: pass.code } : { ...common, passed: false };
  });
  return { format: progressReportFormat, version: 1, course: courseId, reader: name, made: made.toISOString(), exercises: entries };
}
