import type { Lang } from "../i18n/lang";
import { prepareExercise, type ExerciseCheckProps, type PreparedExercise } from "../notebook/prepareExercise";
import type { ListedExercise } from "./makeProgressReport";
import { lessonLabel, orderedLessons } from "./lessons";
import { astroComponentAt, propsOfComponent } from "./mdxTree";
import { lessonContentTree } from "./lessonContent";

/** One exercise of the course with what it takes to check an answer to it (the starter aside). */
export interface CourseExercise extends ListedExercise {
  lessonTitle: string;
  /** "Overview" or "Lesson N" ("总览", "第 N 课"), as the lesson's page writes it. */
  lessonLabel: string;
  prepared: Omit<PreparedExercise, "starter">;
}

const isExercise = astroComponentAt("/components/Exercise.astro");

const listed = new Map<Lang, Promise<CourseExercise[]>>();

/**
 * Every <Exercise> of every lesson of the edition `lang`, in reading order (titles and checks in its
 * language; both editions have the same ids, so a report from either reads on either class page), read from each lesson's MDX content tree
 * (propsOfComponent) and prepared exactly as the lesson page prepares it, so the instructors' class
 * page re-checks an answer with the check the reader passed. Build time only.
 */
export function courseExercises(lang: Lang = "en"): Promise<CourseExercise[]> {
  const known = listed.get(lang);
  if (known) return known;
  const made = (async () => {
    const lessons = await orderedLessons(lang);
    const out: CourseExercise[] = [];
    for (const [index, lesson] of lessons.entries()) {
      const tree = await lessonContentTree(lesson);
      const seen = new Set<string>();
      for (const props of propsOfComponent(tree, isExercise)) {
        const p = props as unknown as ExerciseCheckProps & { title: string };
        if (seen.has(p.id)) throw new Error(`Exercise: the id "${p.id}" appears twice in lesson "${lesson.id}"; give every exercise of a lesson its own id (it keys saved code and progress reports)`);
        seen.add(p.id);
        const { starter: _starter, ...prepared } = prepareExercise(p, lang);
        out.push({ lesson: lesson.id, id: p.id, title: p.title, lessonTitle: lesson.data.title, lessonLabel: lessonLabel(index, lang), prepared });
      }
    }
    return out;
  })();
  listed.set(lang, made);
  return made;
}
