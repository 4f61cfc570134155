import type { Lang } from "./lang";

/**
 * The course document's own words (src/pages/[...lang]/course.astro: every lesson of an edition in
 * one printable page), once per edition. `zh` has the type of `en`, so a string added in one
 * language and not the other fails the type check.
 */
const en = {
  title: "The whole course, to print",
  description: "Every lesson in order in one document, with a table of contents, to print or save as PDF.",
  heading: "Cross-Attention, Cell by Cell",
  subtitle: (lessons: number) => `The course reader: all ${lessons} lessons in order`,
  /** How to print, in HTML: the page's one sentence with emphasis. */
  howToPrint:
    "This page gathers every lesson for printing. Use your browser's <strong>Print</strong> command and choose <em>Save as PDF</em> (or a printer): each lesson starts on a new page, every figure prints as drawn, and the answers to questions and exercises stay hidden, so the printout works as a workbook.",
  pagesNote:
    "The page numbers below are worked out by this page for A4 paper with its own margins, once its fonts have loaded; keep the print dialog's paper size and scale at their defaults so they stay right.",
  /** Around the link to the lesson list. */
  liveLessons: ["To read a lesson with its live figures and cells, open it from the ", "lesson list", "."] as const,
  contents: "Contents",
  liveVersion: "Live version: ",
} as const satisfies Record<string, string | readonly string[] | ((...args: never[]) => string)>;

/** en's shape with its strings widened: a string for a string, a tuple of strings for a tuple. */
type Widen<T> = T extends string ? string : T extends readonly string[] ? { readonly [K in keyof T]: string } : T;
type Text = { [K in keyof typeof en]: Widen<(typeof en)[K]> };

const zh: Text = {
  title: "整门课的打印版",
  description: "按顺序把每一课汇集成一份文档，附目录，可以打印或另存为 PDF。",
  heading: "交叉注意力，逐格拆解",
  subtitle: (lessons) => `课程读本：按顺序收录全部 ${lessons} 课`,
  howToPrint:
    "本页汇集了所有课程，供打印之用。使用浏览器的<strong>打印</strong>命令，选择<em>另存为 PDF</em>（或选择一台打印机）：每一课都从新的一页开始，每张图都按绘制的样子打印，问题和练习的答案保持隐藏，所以打印出来的就是一本练习册。",
  pagesNote:
    "下面的页码由本页在字体加载完成后，按 A4 纸和本页自己的页边距算出；请让打印对话框中的纸张大小和缩放保持默认值，页码才会准确。",
  liveLessons: ["要阅读带有实时图和代码单元的课程，请从", "课程列表", "中打开。"],
  contents: "目录",
  liveVersion: "在线版本：",
};

export const courseText: Record<Lang, Text> = { en, zh };
