import { getCollection, type CollectionEntry } from "astro:content";
import { inLang, type Lang } from "../i18n/lang";
import { siteText } from "../i18n/siteText";

export type Lesson = CollectionEntry<"lessons"> | CollectionEntry<"lessonsZh">;

/** Each edition's lessons: a collection of MDX files with the same names (src/content.config.ts). */
const collectionOf = { en: "lessons", zh: "lessonsZh" } as const satisfies Record<Lang, string>;

/** The edition a lesson is written in. */
export function lessonLang(lesson: Lesson): Lang {
  return lesson.collection === "lessonsZh" ? "zh" : "en";
}

/** All lessons of an edition in reading order (frontmatter `order`), with the URL path of each. */
export async function orderedLessons(lang: Lang = "en"): Promise<Lesson[]> {
  const lessons: Lesson[] = await getCollection(collectionOf[lang]);
  const seen = new Map<number, string>();
  for (const lesson of lessons) {
    const other = seen.get(lesson.data.order);
    if (other) {
      throw new Error(`lessons: "${lesson.id}" and "${other}" both have order ${lesson.data.order}; give each lesson its own order`);
    }
    seen.set(lesson.data.order, lesson.id);
  }
  return lessons.sort((a, b) => a.data.order - b.data.order);
}

/** The site path of a lesson page, without the base. */
export function lessonPath(lesson: Lesson): string {
  return inLang(lessonLang(lesson), `lessons/${lesson.id}/`);
}

/**
 * A lesson's number: its place in reading order, the overview (first) being 0. The page header,
 * the lesson list, the home page and every "lesson N" reference (LessonRef) use this one number,
 * so reordering lessons renumbers them all together.
 */
export function lessonNumber(lessons: readonly Lesson[], id: string): number {
  const index = lessons.findIndex((lesson) => lesson.id === id);
  if (index < 0) {
    throw new Error(`lessons: there is no lesson "${id}"; use one of ${lessons.map((lesson) => lesson.id).join(", ")}`);
  }
  return index;
}

/** "Overview" for lesson 0, else "Lesson N" ("第 N 课"), as the page header and the lesson list write it. */
export function lessonLabel(number: number, lang: Lang = "en"): string {
  return siteText[lang].lessonLabel(number);
}
