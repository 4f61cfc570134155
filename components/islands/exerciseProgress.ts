// Marks lessons whose exercises are all solved (in this browser) in the lesson list:
// each `li[data-lesson-link]` carries its lesson's exercise ids in `data-exercises`.
import { storage } from "../notebook/storage";

function refresh(): void {
  // Exercise pages import this too; the list only exists where the lesson navigation is.
  for (const li of document.querySelectorAll<HTMLElement>("li[data-lesson-link][data-exercises]")) {
    const lesson = li.dataset.lessonLink!;
    const ids = li.dataset.exercises!.split(" ").filter(Boolean);
    const done = ids.length > 0 && ids.every((id) => storage.get(storage.key(lesson, "exercise-done", id)) === "1");
    if (done && li.dataset.done !== "true") {
      li.dataset.done = "true";
      const mark = document.createElement("span");
      mark.className = "lesson-done-mark";
      mark.setAttribute("data-done-mark", "");
      mark.innerHTML = `<span aria-hidden="true">✓</span><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap"> (exercises done)</span>`;
      li.append(mark);
    }
  }
}

/** Called when an exercise is solved, so the mark appears at once. */
export const refreshDoneMarks = refresh;

refresh();
// Another tab solved one.
addEventListener("storage", refresh);
