import type { z } from "zod";
import { zhCN } from "zod/v4/locales";
import type { Lang } from "../i18n/lang";
import { progressText } from "../i18n/progressText";
import { exerciseKey, progressReportFormat, reportEntrySchema, reportHeadSchema, type ProgressReport, type ReportEntry } from "./progressReportSchema";

/** A report file as the class page reads it. */
export interface ReadReport {
  /** The report, holding only the exercises that could be read and that this course has; null when the file is not a report of this course. */
  report: ProgressReport | null;
  /** Each thing that was wrong, one sentence each, for the instructor. */
  problems: string[];
}

type Text = (typeof progressText)["en"];

/** How zod words a problem it finds, in each edition: the reader's language, not zod's English. */
const zodMessages: Record<Lang, z.core.ParseContext<z.core.$ZodIssue> | undefined> = { en: undefined, zh: { error: zhCN().localeError } };
const schemaMessages = ["schemaId", "schemaPassedAt", "schemaReader", "schemaMadeAt"] as const;

/** An issue's message in the edition of `text`: the schema's own messages are English (progressText.en). */
function messageOf(message: string, text: Text): string {
  const key = schemaMessages.find((k) => progressText.en[k] === message);
  return key ? text[key] : message;
}

/** A zod error as "where: what", the first few issues only. */
function issues(error: z.ZodError, text: Text, prefix = ""): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.reduce<string>((path, key) => (typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)), prefix);
    return `${where || text.theFile}${text.problemSeparator}${messageOf(issue.message, text)}`;
  });
  return shown.join(text.issueSeparator) + (error.issues.length > 3 ? text.moreIssues(error.issues.length - 3) : "");
}

/**
 * Reads one progress report file: refuses text that is not JSON, JSON that is not a progress
 * report, and a report of another course; in a report of this course, drops (and names) each
 * exercise entry that is malformed, that this course does not have (`known` holds exerciseKey
 * values), or that repeats an earlier one, and keeps everything else. The problems are written in
 * the language of the class page's edition `lang`.
 */
export function readProgressReport(file: string, course: string, known: ReadonlySet<string>, lang: Lang = "en"): ReadReport {
  const text = progressText[lang];
  let json: unknown;
  try {
    json = JSON.parse(file);
  } catch (error) {
    return { report: null, problems: [text.notJson(error instanceof Error ? error.message : String(error))] };
  }
  const marked = typeof json === "object" && json !== null && (json as { format?: unknown }).format === progressReportFormat;
  if (!marked) return { report: null, problems: [text.notReport(progressReportFormat)] };
  const other = (json as { course?: unknown }).course;
  if (other !== course) return { report: null, problems: [text.otherCourse(JSON.stringify(other), course)] };
  const head = reportHeadSchema.safeParse(json, zodMessages[lang]);
  if (!head.success) return { report: null, problems: [text.invalidReport(issues(head.error, text))] };

  const problems: string[] = [];
  const exercises: ReportEntry[] = [];
  const seen = new Set<string>();
  head.data.exercises.forEach((raw, n) => {
    const entry = reportEntrySchema.safeParse(raw, zodMessages[lang]);
    if (!entry.success) return problems.push(text.invalidEntry(n + 1, issues(entry.error, text, `exercises[${n}]`)));
    const key = exerciseKey(entry.data.lesson, entry.data.exercise);
    if (!known.has(key)) return problems.push(text.unknownExercise(key));
    if (seen.has(key)) return problems.push(text.listedTwice(key));
    seen.add(key);
    exercises.push(entry.data);
  });
  return { report: { ...head.data, exercises }, problems };
}
