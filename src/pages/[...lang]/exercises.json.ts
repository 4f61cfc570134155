// The course's exercises and their checks, for the instructors' class page, which re-checks each
// answer in a progress report with the check the reader passed (src/site/courseExercises.ts). One list
// per edition: exercises.json and zh/exercises.json.
import type { APIContext } from "astro";
import { courseExercises } from "../../site/courseExercises";
import { courseId } from "../../site/courseId";
import { editionParams, langOfParam } from "../../i18n/lang";

export function getStaticPaths() {
  return editionParams.map((params) => ({ params }));
}

export async function GET({ params }: APIContext): Promise<Response> {
  const exercises = await courseExercises(langOfParam(params.lang));
  return new Response(JSON.stringify({ course: courseId, exercises }), { headers: { "content-type": "application/json" } });
}
