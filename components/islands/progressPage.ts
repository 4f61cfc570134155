// The progress page: reads this browser's exercise passes (stored by the exercise island), shows
// them, and makes the reader's progress report (a JSON download) or prints a summary.
import { langOfTag } from "../../src/i18n/lang";
import { progressText } from "../../src/i18n/progressText";
import { formatWhen } from "../../src/site/formatWhen";
import { makeProgressReport, type ListedExercise } from "../../src/site/makeProgressReport";
import { storage, type StoredPass } from "../notebook/storage";

const readerKey = "progress:reader";
const lang = langOfTag(document.documentElement.lang);
const text = progressText[lang];
const page = document.querySelector<HTMLElement>(".progress-page")!;
const exercises = JSON.parse(page.querySelector("script[data-course-exercises]")!.textContent ?? "[]") as ListedExercise[];
const form = page.querySelector<HTMLFormElement>("[data-report-form]")!;
const nameInput = form.querySelector<HTMLInputElement>("#reader-name")!;
const nameError = form.querySelector<HTMLElement>("[data-name-error]")!;
const status = form.querySelector<HTMLElement>("[data-report-status]")!;
const heading = page.querySelector<HTMLElement>("[data-print-heading]")!;

/** The stored pass of an exercise, if it passed since passes began to keep their answer. */
function passOf(lesson: string, id: string): StoredPass | undefined {
  const raw = storage.get(storage.key(lesson, "exercise-pass", id));
  if (!raw) return undefined;
  try {
    const pass = JSON.parse(raw) as Partial<StoredPass>;
    return typeof pass.code === "string" && typeof pass.at === "string" ? { code: pass.code, at: pass.at } : undefined;
  } catch {
    return undefined;
  }
}

const when = (iso: string) => formatWhen(iso, lang);

function showResults(): void {
  let passed = 0;
  for (const e of exercises) {
    const cell = page.querySelector<HTMLElement>(`tr[data-exercise-row="${CSS.escape(`${e.lesson}/${e.id}`)}"] [data-result]`)!;
    const pass = passOf(e.lesson, e.id);
    const solvedBefore = !pass && storage.get(storage.key(e.lesson, "exercise-done", e.id)) === "1";
    if (pass) passed++;
    cell.dataset.passed = String(Boolean(pass));
    cell.textContent = pass ? text.passedAt(when(pass.at)) : solvedBefore ? text.solvedBefore : text.notPassedYet;
  }
  page.querySelector("[data-progress-count]")!.textContent = text.passedCount(passed, exercises.length);
}

function showName(): void {
  const name = nameInput.value.trim();
  heading.textContent = text.summaryHeadingOf(name, when(new Date().toISOString()));
}

/** Names the empty name field next to it and returns false, or returns true. */
function nameGiven(): boolean {
  const missing = !nameInput.value.trim();
  nameError.hidden = !missing;
  nameError.textContent = missing ? text.nameMissing : "";
  nameInput.setAttribute("aria-invalid", String(missing));
  if (missing) nameInput.focus();
  return !missing;
}

/** Letters of any script stay (a Chinese name names its file too); accents and punctuation go. */
function fileName(name: string, made: Date): string {
  const slug = name.normalize("NFKD").replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s+/g, "-").toLowerCase() || text.fileReader;
  return `progress-${slug}-${made.toISOString().slice(0, 10)}.json`;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!nameGiven()) return;
  const made = new Date();
  const report = makeProgressReport(nameInput.value, made, exercises, passOf);
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: "application/json" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName(report.reader, made) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  const passed = report.exercises.filter((e) => e.passed).length;
  status.textContent = text.downloaded(link.download, passed, report.exercises.length);
});

nameInput.value = storage.get(readerKey) ?? "";
nameInput.addEventListener("input", () => {
  storage.set(readerKey, nameInput.value.trim());
  if (nameInput.value.trim()) nameGiven();
  showName();
});
form.querySelector("[data-print]")!.addEventListener("click", () => {
  showName();
  window.print();
});
addEventListener("beforeprint", showName);
// Another tab passed an exercise.
addEventListener("storage", showResults);
showName();
showResults();
