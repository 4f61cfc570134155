import { z } from "zod";
import { progressText } from "../i18n/progressText";

/** The `format` field that marks a file as this site's progress report. */
export const progressReportFormat = "cross-attention-progress-report";

// The schema speaks English; readProgressReport gives these messages in the class page's language.
const messages = progressText.en;
const id = z.string().regex(/^[\w-]+$/, messages.schemaId);
const common = { lesson: id, exercise: id, title: z.string().max(300).optional() };

/**
 * One exercise in a report: passed with the answer that passed and when, or not passed. The reader's
 * page writes it (makeProgressReport) and the class page reads it (readProgressReport).
 */
export const reportEntrySchema = z.discriminatedUnion("passed", [
  z.object({ ...common, passed: z.literal(true), at: z.iso.datetime({ error: messages.schemaPassedAt }), code: z.string().max(100_000) }).strict(),
  z.object({ ...common, passed: z.literal(false) }).strict(),
]);

/** The fields around the exercises; readProgressReport reads each exercise on its own, so one bad entry loses nothing else. */
export const reportHeadSchema = z
  .object({
    format: z.literal(progressReportFormat),
    version: z.literal(1),
    course: z.string().min(1),
    reader: z.string().trim().min(1, messages.schemaReader).max(200),
    made: z.iso.datetime({ error: messages.schemaMadeAt }),
    exercises: z.array(z.unknown()).max(2000),
  })
  .strict();

/**
 * A progress report: made on the reader's machine from what this browser stored when each exercise
 * passed. Nothing in it is signed, so it is evidence of work, not proof.
 */
export const progressReportSchema = reportHeadSchema.extend({ exercises: z.array(reportEntrySchema).max(2000) });

export type ProgressReport = z.infer<typeof progressReportSchema>;
export type ReportEntry = z.infer<typeof reportEntrySchema>;

/** How reports and the class page name one exercise of the course. */
export const exerciseKey = (lesson: string, exercise: string) => `${lesson}/${exercise}`;
