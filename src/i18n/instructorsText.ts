import type { Lang } from "./lang";

/**
 * The instructors page's title and description (its prose is content: content/pages/instructors.mdx
 * and content/zh/pages/instructors.mdx), once per edition.
 */
const en = {
  instructorsTitle: "For instructors",
  instructorsDescription:
    "Host the course under any sub-path, embed lessons in an LMS, reorder or add lessons, link to a step, read progress reports, present, print the course.",
} as const;

type Text = { [K in keyof typeof en]: string };

const zh: Text = {
  instructorsTitle: "教师指南",
  instructorsDescription: "把课程托管在任意子路径下，在 LMS 中嵌入课程，调整顺序或添加课程，链接到某一步，读取进度报告，投影演示，打印整门课。",
};

export const instructorsText: Record<Lang, Text> = { en, zh };
