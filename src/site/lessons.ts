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
