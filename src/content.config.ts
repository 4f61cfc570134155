import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { lessonSchema } from "./lessonSchema";

// Lessons are the MDX files in content/lessons/, ordered by `order` in their frontmatter.
const lessons = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/lessons" }),
  schema: lessonSchema,
});

export const collections = { lessons };
