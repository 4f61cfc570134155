// The instructors' class page: reads progress reports from files chosen or dropped (never sent
// anywhere), shows who passed which exercise, and re-checks each passing answer with the exercise's
// own check in the cell worker (checkAnswer, as on the lesson page).
import { inLang, langOfTag } from "../../src/i18n/lang";
import { progressText } from "../../src/i18n/progressText";
import { courseId } from "../../src/site/courseId";
import { formatWhen } from "../../src/site/formatWhen";
import type { CourseExercise } from "../../src/site/courseExercises";
import type { ProgressReport, ReportEntry } from "../../src/site/progressReportSchema";
import { withBase } from "../../src/site/withBase";
import { checkAnswer, type CheckOutcome } from "../notebook/checkAnswer";
import { WorkerClient } from "../notebook/workerClient";

const lang = langOfTag(document.documentElement.lang);
const text = progressText[lang];
const page = document.querySelector<HTMLElement>(".class-page")!;
const q = <T extends HTMLElement>(selector: string) => page.querySelector<T>(selector)!;
const input = q<HTMLInputElement>("#report-files");
const dropZone = q("[data-drop-zone]");
const status = q("[data-class-status]");
const problems = q("[data-problems]");
const problemList = q("[data-problem-list]");
const tableBox = q("[data-class-table]");
const headRow = q("[data-head-row]");
const rows = q("[data-class-rows]");
const dialog = q<HTMLDialogElement>("[data-answer-dialog]");

/** One passing answer of one report, and what its re-check found. */
interface Answer {
  file: string;
  reader: string;
  exercise: CourseExercise;
  entry: Extract<ReportEntry, { passed: true }>;
  cell: HTMLTableCellElement;
  outcome?: CheckOutcome;
}

const worker = new WorkerClient();
const queue: Answer[] = [];
let reports = 0;
let checked = 0;
let failing = 0;
let rejected = 0;
let rechecking = false;

// The edition's own list: its exercise titles, and its checks, whose messages are in its language.
const course: Promise<CourseExercise[]> = fetch(withBase(inLang(lang, "exercises.json")))
  .then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json() as Promise<{ course: string; exercises: CourseExercise[] }>;
  })
  .then((data) => {
    for (const e of data.exercises) {
      const th = document.createElement("th");
      th.scope = "col";
      th.append(Object.assign(document.createElement("span"), { className: "lesson-label", textContent: text.exerciseHeading(e.lessonLabel) }), e.title);
      headRow.append(th);
    }
    return data.exercises;
  });
course.catch((error: unknown) => {
  status.textContent = text.exercisesNotLoaded(error instanceof Error ? error.message : String(error));
});

const when = (iso: string) => formatWhen(iso, lang);

function addProblem(file: string, problem: string): void {
  problems.hidden = false;
  const li = document.createElement("li");
  li.append(Object.assign(document.createElement("strong"), { textContent: file }), text.problemSeparator, problem);
  problemList.append(li);
}

function showStatus(): void {
  const read = text.readCount(reports, rejected);
  const total = checked + queue.length + (rechecking ? 1 : 0);
  const progress = queue.length > 0 || rechecking ? text.recheckRunning(checked, total) : total > 0 ? text.recheckDone(checked, failing) : "";
  status.textContent = read + progress;
}

function showRecheck(answer: Answer): void {
  const note = answer.cell.querySelector<HTMLElement>("[data-recheck]")!;
  const outcome = answer.outcome;
  note.className = outcome ? (outcome.passed ? "recheck-pass" : "recheck-fail") : "";
  note.textContent = !outcome ? text.recheckWaiting : outcome.passed ? text.recheckPasses : outcome.status === "stopped" ? text.recheckStopped : text.recheckFails;
}

function openAnswer(answer: Answer, opener: HTMLElement): void {
  q("[data-answer-title]").textContent = text.answerTitle(answer.reader, answer.exercise.title, answer.exercise.lessonLabel);
  q("[data-answer-when]").textContent = text.answerWhen(when(answer.entry.at), answer.file);
  q("[data-answer-recheck]").textContent = answer.outcome ? text.answerRecheck(answer.outcome.message) : text.answerRecheckWaiting;
  q("[data-answer-code]").textContent = answer.entry.code;
  dialog.addEventListener("close", () => opener.focus(), { once: true });
  dialog.showModal();
}

async function recheckAll(): Promise<void> {
  if (rechecking) return;
  rechecking = true;
  for (let answer = queue.shift(); answer; answer = queue.shift()) {
    showStatus();
    answer.outcome = await checkAnswer(worker, answer.exercise.id, answer.entry.code, answer.exercise.prepared);
    checked++;
    if (!answer.outcome.passed) {
      failing++;
      addProblem(answer.file, text.noLongerPasses(answer.reader, answer.exercise.title, answer.exercise.lessonLabel, answer.outcome.message));
    }
    showRecheck(answer);
  }
  rechecking = false;
  showStatus();
}

/** zod and the report schema load with the first file the instructor gives: the page needs neither before. */
const reportReader = () => Promise.all([import("../../src/site/readProgressReport"), import("../../src/site/progressReportSchema")]);

function addRow(file: string, report: ProgressReport, exercises: CourseExercise[], exerciseKey: (lesson: string, exercise: string) => string): void {
  const tr = document.createElement("tr");
  const name = document.createElement("th");
  name.scope = "row";
  name.append(report.reader, document.createElement("br"), Object.assign(document.createElement("small"), { textContent: file }));
  const byKey = new Map(report.exercises.map((e) => [exerciseKey(e.lesson, e.exercise), e]));
  const passedCount = report.exercises.filter((e) => e.passed).length;
  tr.append(name, Object.assign(document.createElement("td"), { textContent: text.passedOf(passedCount, exercises.length) }));
  for (const exercise of exercises) {
    const cell = document.createElement("td");
    const entry = byKey.get(exerciseKey(exercise.lesson, exercise.id));
    if (!entry) cell.textContent = text.notInReport;
    else if (!entry.passed) cell.textContent = text.notPassed;
    else {
      const answer: Answer = { file, reader: report.reader, exercise, entry, cell };
      const button = Object.assign(document.createElement("button"), { type: "button", textContent: text.showAnswer });
      button.setAttribute("aria-label", text.showAnswerLabel(report.reader, exercise.title));
      button.addEventListener("click", () => openAnswer(answer, button));
      const note = document.createElement("span");
      note.dataset.recheck = "";
      cell.append(text.passedAt(when(entry.at)), document.createElement("br"), note, document.createElement("br"), button);
      showRecheck(answer);
      queue.push(answer);
    }
    tr.append(cell);
  }
  rows.append(tr);
  tableBox.hidden = false;
}

async function readFiles(files: FileList | File[]): Promise<void> {
  const [exercises, [{ readProgressReport }, { exerciseKey }]] = await Promise.all([course, reportReader()]);
  const known = new Set(exercises.map((e) => exerciseKey(e.lesson, e.id)));
  for (const file of files) {
    const { report, problems: found } = readProgressReport(await file.text(), courseId, known, lang);
    for (const problem of found) addProblem(file.name, problem);
    if (report) {
      reports++;
      addRow(file.name, report, exercises, exerciseKey);
    } else rejected++;
  }
  showStatus();
  void recheckAll();
}

input.addEventListener("change", () => {
  if (input.files) void readFiles([...input.files]);
  input.value = "";
});
// A file dropped beside the box must not replace the page with the file.
for (const type of ["dragover", "drop"]) addEventListener(type, (event) => event.preventDefault());
dropZone.addEventListener("dragover", () => (dropZone.dataset.over = "true"));
dropZone.addEventListener("dragleave", () => (dropZone.dataset.over = "false"));
dropZone.addEventListener("drop", (event) => {
  dropZone.dataset.over = "false";
  const files = (event as DragEvent).dataTransfer?.files;
  if (files && files.length > 0) void readFiles([...files]);
});
