import { z } from "astro/zod";

/** The frontmatter every lesson must have; a bad field fails the build with the file and field named. */
export const lessonSchema = z
  .object({
    // Two characters: a Chinese title such as 掩码 ("Masking") is complete.
    title: z.string().min(2, "title: give the lesson a title of at least 2 characters"),
    // 0 is the one-page overview; the course proper runs from 1.
    order: z.number().int("order: use a whole number").nonnegative("order: use 0 or more"),
    summary: z.string().min(10, "summary: one sentence saying what the reader learns"),
    objectives: z.array(z.string().min(3)).min(1, "objectives: list at least one objective"),
    // A lesson's id (e.g. "masking") becomes a numbered link to it; anything else is shown as written.
    prerequisites: z.array(z.string()).default([]),
    minutes: z.number().positive("minutes: the estimated reading time, in minutes"),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
