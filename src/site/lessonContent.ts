import type { Lesson } from "./lessons";

type MdxModule = { default: (props: object) => unknown };
const modules = import.meta.glob<MdxModule>("../../content/lessons/*.mdx");

/**
 * A lesson's MDX content as the tree its module's default export builds (astro/jsx-runtime vnodes,
 * every expression of the MDX evaluated, no component rendered yet): read by courseExercises, and
 * rendered by the course document. Build time only.
 */
export async function lessonContentTree(lesson: Lesson): Promise<unknown> {
  const file = lesson.filePath?.split("/").pop();
  const load = Object.entries(modules).find(([path]) => path.split("/").pop() === file)?.[1];
  if (!load) throw new Error(`lessonContentTree: no MDX module for lesson "${lesson.id}" (${lesson.filePath ?? "no file"})`);
  return (await load()).default({});
}
