import { getCollection, type CollectionEntry } from "astro:content";

export type Lesson = CollectionEntry<"lessons">;

/** All lessons in reading order (frontmatter `order`, then title), with the URL path of each. */
export async function orderedLessons(): Promise<Lesson[]> {
  const lessons = await getCollection("lessons");
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
  return `lessons/${lesson.id}/`;
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

/** "Overview" for lesson 0, else "Lesson N", as the page header and the lesson list write it. */
export function lessonLabel(number: number): string {
  return number === 0 ? "Overview" : `Lesson ${number}`;
}
