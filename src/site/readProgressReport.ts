import type { z } from "zod";
import { exerciseKey, progressReportFormat, reportEntrySchema, reportHeadSchema, type ProgressReport, type ReportEntry } from "./progressReportSchema";

/** A report file as the class page reads it. */
export interface ReadReport {
  /** The report, holding only the exercises that could be read and that this course has; null when the file is not a report of this course. */
  report: ProgressReport | null;
  /** Each thing that was wrong, one sentence each, for the instructor. */
  problems: string[];
}

/** A zod error as "where: what", the first few issues only. */
function issues(error: z.ZodError, prefix = ""): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.reduce<string>((path, key) => (typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)), prefix);
    return `${where || "the file"}: ${issue.message}`;
  });
  return shown.join("; ") + (error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : "");
}

/**
 * Reads one progress report file: refuses text that is not JSON, JSON that is not a progress
 * report, and a report of another course; in a report of this course, drops (and names) each
 * exercise entry that is malformed, that this course does not have (`known` holds exerciseKey
 * values), or that repeats an earlier one, and keeps everything else.
 */
export function readProgressReport(text: string, course: string, known: ReadonlySet<string>): ReadReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { report: null, problems: [`not a JSON file (${error instanceof Error ? error.message : String(error)})`] };
  }
  const marked = typeof json === "object" && json !== null && (json as { format?: unknown }).format === progressReportFormat;
  if (!marked) return { report: null, problems: [`not a progress report: a report has "format": "${progressReportFormat}"`] };
  const other = (json as { course?: unknown }).course;
  if (other !== course) return { report: null, problems: [`a report for another course (${JSON.stringify(other)}); this page reads reports of "${course}"`] };
  const head = reportHeadSchema.safeParse(json);
  if (!head.success) return { report: null, problems: [`not a valid progress report: ${issues(head.error)}`] };

  const problems: string[] = [];
  const exercises: ReportEntry[] = [];
  const seen = new Set<string>();
  head.data.exercises.forEach((raw, n) => {
    const entry = reportEntrySchema.safeParse(raw);
    if (!entry.success) return problems.push(`exercise entry ${n + 1} is not valid (${issues(entry.error, `exercises[${n}]`)}); it is left out`);
    const key = exerciseKey(entry.data.lesson, entry.data.exercise);
    if (!known.has(key)) return problems.push(`unknown exercise "${key}": this course has no such exercise (renamed, or from another version); it is left out`);
    if (seen.has(key)) return problems.push(`exercise "${key}" is listed twice; the first entry is kept`);
    seen.add(key);
    exercises.push(entry.data);
  });
  return { report: { ...head.data, exercises }, problems };
}
