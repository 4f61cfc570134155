import type { Lesson } from "./lessons";

type MdxModule = { default: (props: object) => unknown };
// Both editions' lessons: content/lessons/ and content/zh/lessons/ hold files of the same names.
const modules = import.meta.glob<MdxModule>(["../../content/lessons/*.mdx", "../../content/zh/lessons/*.mdx"]);

/**
 * A lesson's MDX content as the tree its module's default export builds (astro/jsx-runtime vnodes,
 * every expression of the MDX evaluated, no component rendered yet): read by courseExercises, and
 * rendered by the course document. Build time only.
 */
export async function lessonContentTree(lesson: Lesson): Promise<unknown> {
  const file = lesson.filePath?.replace(/^\.\//, "");
  const load = file === undefined ? undefined : Object.entries(modules).find(([path]) => path === `../../${file}`)?.[1];
  if (!load) throw new Error(`lessonContentTree: no MDX module for lesson "${lesson.id}" (${lesson.filePath ?? "no file"})`);
  return (await load()).default({});
}
