import { lessonLang, type Lesson } from "./lessons";
import type { Lang } from "../i18n/lang";

type MdxModule = { default: (props: object) => unknown };
/** Each edition's lesson modules (the folders of src/content.config.ts). */
const modules: Record<Lang, Record<string, () => Promise<MdxModule>>> = {
  en: import.meta.glob<MdxModule>("../../content/lessons/*.mdx"),
  zh: import.meta.glob<MdxModule>("../../content/zh/lessons/*.mdx"),
};

/**
 * A lesson's MDX content as the tree its module's default export builds (astro/jsx-runtime vnodes,
 * every expression of the MDX evaluated, no component rendered yet), from its own edition's folder:
 * read by courseExercises, and rendered by the course document. Build time only.
 */
export async function lessonContentTree(lesson: Lesson): Promise<unknown> {
  const file = lesson.filePath?.split("/").pop();
  const load = Object.entries(modules[lessonLang(lesson)]).find(([path]) => path.split("/").pop() === file)?.[1];
  if (!load) throw new Error(`lessonContentTree: no MDX module for lesson "${lesson.id}" (${lesson.filePath ?? "no file"})`);
  return (await load()).default({});
}
