import type { Lang } from "./lang";
import { countEn as count } from "./countEn";
import { spacedZh as z } from "./spacedZh";

/**
 * What a lesson page's cells and exercises say as the reader uses them, once per edition: controls,
 * notices, run states, hints and the solution toggle. Loaded with the page's islands, so it holds
 * only these; what runs, outputs and checks say is in notebookRunText.ts, loaded with them.
 * `zh` has the type of `en`, so a string added in one language and not the other fails the type check.
 */
const en = {
  // Cell controls (components/Cell.astro, islands/cell.ts)
  cellName: (id: string) => `Code cell ${id}`,
  cellControls: "Cell controls",
  run: "Run",
  runTitle: "Run (Ctrl/Cmd+Enter)",
  edit: "Edit",
  reset: "Reset",
  copyLink: "Copy link",
  linkToCode: "Link to this code",
  editorLabel: (name: string) => `Code of ${name}`,
  running: "Running…",
  done: "Done",
  failed: "Error",
  stopped: "Stopped",
  stoppedAfter: (seconds: number) => `Stopped after ${seconds} s`,
  doneIn: (seconds: number) => `Done in ${seconds < 1 ? `${Math.round(seconds * 1000)} ms` : `${seconds.toFixed(1)} s`}`,
  staleUpstream: "Out of date: an earlier cell it uses has changed. Run it again.",
  staleEdited: "Edited: press Run (Ctrl+Enter) to see this code's output.",
  staleSaved: "Edited: this output is from the lesson's code. Press Run to see yours.",
  staleReset: "Reset to the lesson's code: press Run to see its output.",
  savedEdit: "Showing your edited code, saved in this browser. Reset returns to the lesson's code.",
  linkUnreadable: "The shared link's code could not be read (the link may be cut short); showing the lesson's code.",
  linkNotRun: "This code came from a shared link, not from the lesson, and has not run. Read it first, then press Run to run it, or Reset to go back to the lesson's code.",
  linkRan: "This code came from a shared link, not from the lesson. You ran it; Reset returns to the lesson's code.",
  linkCopied: "Link copied: it carries this cell's code.",
  linkCopyBelow: "Copy the link below: it carries this cell's code.",
  linkTooLong: (chars: number, limit: number) => `This code is too long to share by link (${chars} characters compressed; the limit is ${limit}). Shorten it, or share it as text.`,
  // Exercises (components/Exercise.astro, islands/exercise.ts, notebook/checkAnswer.ts)
  exerciseHeading: "Exercise: ",
  yourCode: "Your code",
  exerciseControls: "Exercise controls",
  check: "Check",
  checkTitle: "Check (Ctrl/Cmd+Enter)",
  /** The editor's accessible name, from the exercise's heading. */
  exerciseEditorLabel: (heading: string) => `Your code for the exercise ${heading}`,
  hints: "Hints",
  firstHint: (count: number) => `Show a hint (1 of ${count})`,
  nextHint: (n: number, count: number) => `Show another hint (${n} of ${count})`,
  showSolution: "Show solution",
  hideSolution: "Hide solution",
  checking: "Checking…",
  savedAnswer: "Showing your code, saved in this browser. Reset returns to the starter code.",
  solvedBefore: "Solved before in this browser. Check again any time.",
  // "Check your understanding" (components/Question.astro)
  showAnswer: "Show the answer",
  lateOutput: "After the cell finished, a timer or promise it started printed:",
  hiddenLines: (hidden: number, dropped: number) =>
    `… ${count(hidden, "line", "lines")} hidden here${dropped > 0 ? `, and ${count(dropped, "more line", "more lines")} past the output cap were not kept` : ""}.`,
  showAllLines: (n: number) => `Show all ${count(n, "line", "lines")}`,
} as const satisfies Record<string, string | ((...args: never[]) => string)>;

type Text = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };

const zh: Text = {
  cellName: (id) => `代码单元 ${id}`,
  cellControls: "代码单元操作",
  run: "运行",
  runTitle: "运行（Ctrl/Cmd+Enter）",
  edit: "编辑",
  reset: "重置",
  copyLink: "复制链接",
  linkToCode: "这段代码的链接",
  editorLabel: (name) => z`${name}的代码`,
  running: "运行中…",
  done: "完成",
  failed: "出错",
  stopped: "已停止",
  stoppedAfter: (seconds) => `运行 ${seconds} 秒后被停止`,
  doneIn: (seconds) => `完成，用时 ${seconds < 1 ? `${Math.round(seconds * 1000)} 毫秒` : `${seconds.toFixed(1)} 秒`}`,
  staleUpstream: "已过时：它用到的前面某个代码单元已经改动。请再运行一次。",
  staleEdited: "已编辑：按“运行”（Ctrl+Enter）查看这段代码的输出。",
  staleSaved: "已编辑：这里的输出来自课程原来的代码。按“运行”查看你的代码的输出。",
  staleReset: "已重置为课程的代码：按“运行”查看它的输出。",
  savedEdit: "显示的是你编辑过的代码，保存在这个浏览器中。“重置”可回到课程的代码。",
  linkUnreadable: "无法读取分享链接中的代码（链接可能被截断了）；显示的是课程的代码。",
  linkNotRun: "这段代码来自分享链接，而不是课程本身，还没有运行过。请先读一遍，再按“运行”运行它，或按“重置”回到课程的代码。",
  linkRan: "这段代码来自分享链接，而不是课程本身。你已经运行了它；“重置”可回到课程的代码。",
  linkCopied: "链接已复制：它带有这个代码单元的代码。",
  linkCopyBelow: "请复制下面的链接：它带有这个代码单元的代码。",
  linkTooLong: (chars, limit) => `这段代码太长，无法通过链接分享（压缩后 ${chars} 个字符，上限为 ${limit}）。请缩短代码，或以文本形式分享。`,
  exerciseHeading: "练习：",
  yourCode: "你的代码",
  exerciseControls: "练习操作",
  check: "检查",
  checkTitle: "检查（Ctrl/Cmd+Enter）",
  exerciseEditorLabel: (heading) => `${heading}（你的代码）`,
  hints: "提示",
  firstHint: (count) => `显示提示（第 1 条，共 ${count} 条）`,
  nextHint: (n, count) => `再显示一条提示（第 ${n} 条，共 ${count} 条）`,
  showSolution: "显示参考答案",
  hideSolution: "隐藏参考答案",
  checking: "检查中…",
  savedAnswer: "显示的是你的代码，保存在这个浏览器中。“重置”可回到初始代码。",
  solvedBefore: "你之前已在这个浏览器中完成了这道练习。随时可以再检查一次。",
  showAnswer: "显示答案",
  lateOutput: "代码单元运行结束后，它启动的定时器或 Promise 输出了：",
  hiddenLines: (hidden, dropped) => `…… 此处隐藏了 ${hidden.toLocaleString("zh-Hans")} 行${dropped > 0 ? `，另有 ${dropped.toLocaleString("zh-Hans")} 行超出输出上限而未保留` : ""}。`,
  showAllLines: (n) => `显示全部 ${n.toLocaleString("zh-Hans")} 行`,
};

export const notebookText: Record<Lang, Text> = { en, zh };
