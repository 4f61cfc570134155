// The instructors' class page: reads progress reports from files chosen or dropped (never sent
// anywhere), shows who passed which exercise, and re-checks each passing answer with the exercise's
// own check in the cell worker (checkAnswer, as on the lesson page).
import { courseId } from "../../src/site/courseId";
import type { CourseExercise } from "../../src/site/courseExercises";
import { exerciseKey, type ProgressReport, type ReportEntry } from "../../src/site/progressReportSchema";
import { readProgressReport } from "../../src/site/readProgressReport";
import { withBase } from "../../src/site/withBase";
import { checkAnswer, type CheckOutcome } from "../notebook/checkAnswer";
import { WorkerClient } from "../notebook/workerClient";

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

const course: Promise<CourseExercise[]> = fetch(withBase("exercises.json"))
  .then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json() as Promise<{ course: string; exercises: CourseExercise[] }>;
  })
  .then((data) => {
    for (const e of data.exercises) {
      const th = document.createElement("th");
      th.scope = "col";
      th.append(Object.assign(document.createElement("span"), { className: "lesson-label", textContent: `${e.lessonLabel}: ` }), e.title);
      headRow.append(th);
    }
    return data.exercises;
  });
course.catch((error: unknown) => {
  status.textContent = `The course's list of exercises (exercises.json) could not be loaded, so no report can be read: ${error instanceof Error ? error.message : String(error)}. Reload the page.`;
});

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

function addProblem(file: string, text: string): void {
  problems.hidden = false;
  const li = document.createElement("li");
  li.append(Object.assign(document.createElement("strong"), { textContent: file }), `: ${text}`);
  problemList.append(li);
}

function showStatus(): void {
  const read = `Read ${reports} report${reports === 1 ? "" : "s"}${rejected ? `; ${rejected} file${rejected === 1 ? "" : "s"} not accepted` : ""}.`;
  const total = checked + queue.length + (rechecking ? 1 : 0);
  const progress = queue.length > 0 || rechecking ? ` Re-checking answers: ${checked} of ${total} done…` : total > 0 ? ` Re-checked ${checked} answer${checked === 1 ? "" : "s"}: ${checked - failing} pass, ${failing} fail.` : "";
  status.textContent = read + progress;
}

function showRecheck(answer: Answer): void {
  const note = answer.cell.querySelector<HTMLElement>("[data-recheck]")!;
  const outcome = answer.outcome;
  note.className = outcome ? (outcome.passed ? "recheck-pass" : "recheck-fail") : "";
  note.textContent = !outcome ? "Re-check waiting" : outcome.passed ? "Re-check passes" : outcome.status === "stopped" ? "Re-check stopped (time limit)" : "Re-check fails";
}

function openAnswer(answer: Answer, opener: HTMLElement): void {
  q("[data-answer-title]").textContent = `${answer.reader}: ${answer.exercise.title} (${answer.exercise.lessonLabel})`;
  q("[data-answer-when]").textContent = `Passed ${when(answer.entry.at)}, as the report says (from ${answer.file}).`;
  q("[data-answer-recheck]").textContent = answer.outcome ? `Re-check in this browser: ${answer.outcome.message}` : "Re-check in this browser: waiting.";
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
      addProblem(answer.file, `${answer.reader}'s answer to "${answer.exercise.title}" (${answer.exercise.lessonLabel}) no longer passes the check: ${answer.outcome.message}`);
    }
    showRecheck(answer);
  }
  rechecking = false;
  showStatus();
}

function addRow(file: string, report: ProgressReport, exercises: CourseExercise[]): void {
  const tr = document.createElement("tr");
  const name = document.createElement("th");
  name.scope = "row";
  name.append(report.reader, document.createElement("br"), Object.assign(document.createElement("small"), { textContent: file }));
  const byKey = new Map(report.exercises.map((e) => [exerciseKey(e.lesson, e.exercise), e]));
  const passedCount = report.exercises.filter((e) => e.passed).length;
  tr.append(name, Object.assign(document.createElement("td"), { textContent: `${passedCount} of ${exercises.length}` }));
  for (const exercise of exercises) {
    const cell = document.createElement("td");
    const entry = byKey.get(exerciseKey(exercise.lesson, exercise.id));
    if (!entry) cell.textContent = "Not in report";
    else if (!entry.passed) cell.textContent = "Not passed";
    else {
      const answer: Answer = { file, reader: report.reader, exercise, entry, cell };
      const button = Object.assign(document.createElement("button"), { type: "button", textContent: "Show answer" });
      button.setAttribute("aria-label", `Show answer: ${report.reader}, ${exercise.title}`);
      button.addEventListener("click", () => openAnswer(answer, button));
      const note = document.createElement("span");
      note.dataset.recheck = "";
      cell.append(`Passed ${when(entry.at)}`, document.createElement("br"), note, document.createElement("br"), button);
      showRecheck(answer);
      queue.push(answer);
    }
    tr.append(cell);
  }
  rows.append(tr);
  tableBox.hidden = false;
}

async function readFiles(files: FileList | File[]): Promise<void> {
  const exercises = await course;
  const known = new Set(exercises.map((e) => exerciseKey(e.lesson, e.id)));
  for (const file of files) {
    const { report, problems: found } = readProgressReport(await file.text(), courseId, known);
    for (const problem of found) addProblem(file.name, problem);
    if (report) {
      reports++;
      addRow(file.name, report, exercises);
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
