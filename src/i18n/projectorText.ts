import type { Lang } from "./lang";

/**
 * The words of projector mode (components/islands/projector.ts): the bar's buttons and their key
 * hints, and what the bar's live region announces for each slide, once per edition.
 */
const en = {
  barLabel: "Projector mode",
  previous: "← Previous",
  previousHint: "Previous slide (Left arrow or Page Up)",
  next: "Next →",
  nextHint: "Next slide (Right arrow or Page Down)",
  leave: "Leave",
  leaveHint: "Leave projector mode (Escape)",
  slideStatus: (n: number, total: number, label: string) => `Slide ${n} of ${total}. ${label}`,
  titleSlide: (title: string) => `Title: ${title}`,
  /** How a cell's default accessible name starts (Cell.astro); a cell with its own title gets the prefix. */
  codeCell: "Code cell",
  codeCellNamed: (name: string) => `Code cell: ${name}`,
  exercise: "Exercise",
  stageSlide: (n: number, total: number, title: string) => `Walkthrough stage ${n} of ${total}: ${title}`,
  figureSlide: (caption: string) => `Figure: ${caption}`,
} as const;

type Text = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };

const zh: Text = {
  barLabel: "投影模式",
  previous: "← 上一张",
  previousHint: "上一张（左方向键或 Page Up）",
  next: "下一张 →",
  nextHint: "下一张（右方向键或 Page Down）",
  leave: "退出",
  leaveHint: "退出投影模式（Esc）",
  slideStatus: (n, total, label) => `第 ${n} 张，共 ${total} 张。${label}`,
  titleSlide: (title) => `标题：${title}`,
  codeCell: "代码单元",
  codeCellNamed: (name) => `代码单元：${name}`,
  exercise: "练习",
  stageSlide: (n, total, title) => `分步演示第 ${n} 步，共 ${total} 步：${title}`,
  figureSlide: (caption) => `图：${caption}`,
};

export const projectorText: Record<Lang, Text> = { en, zh };
