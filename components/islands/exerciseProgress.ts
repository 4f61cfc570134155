// A lesson's progress wherever lessons are listed: each `li[data-lesson-link]` carries its lesson's
// exercise ids in `data-exercises`. The lesson navigation gets a ✓ beside lessons whose exercises
// are all solved (in this browser); the home page's `[data-progress]` says how many are.
import { storage } from "../notebook/storage";
import { langOfTag } from "../../src/i18n/lang";
import { siteText } from "../../src/i18n/siteText";

function refresh(): void {
  // Exercise pages import this too; the lists only exist where lessons are listed.
  for (const li of document.querySelectorAll<HTMLElement>("li[data-lesson-link][data-exercises]")) {
    const lesson = li.dataset.lessonLink!;
    const ids = li.dataset.exercises!.split(" ").filter(Boolean);
    const solved = ids.filter((id) => storage.get(storage.key(lesson, "exercise-done", id)) === "1").length;
    const progress = li.querySelector<HTMLElement>("[data-progress]");
    if (progress) {
      const text = siteText[langOfTag(document.documentElement.lang)].exercisesDone(solved, ids.length);
      if (progress.textContent !== text) progress.textContent = text;
      continue;
    }
    if (ids.length > 0 && solved === ids.length && li.dataset.done !== "true") {
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
