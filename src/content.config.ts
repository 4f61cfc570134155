import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { lessonSchema } from "./lessonSchema";

// Lessons are the MDX files in content/lessons/ (English) and content/zh/lessons/ (Simplified Chinese,
// the same file names), ordered by `order` in their frontmatter.
const lessons = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/lessons" }),
  schema: lessonSchema,
});
const lessonsZh = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/zh/lessons" }),
  schema: lessonSchema,
});

export const collections = { lessons, lessonsZh };
