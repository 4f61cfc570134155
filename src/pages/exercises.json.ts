// The course's exercises and their checks, for the instructors' class page, which re-checks each
// answer in a progress report with the check the reader passed (src/site/courseExercises.ts).
import { courseExercises } from "../site/courseExercises";
import { courseId } from "../site/courseId";

export async function GET(): Promise<Response> {
  return new Response(JSON.stringify({ course: courseId, exercises: await courseExercises() }), { headers: { "content-type": "application/json" } });
}
