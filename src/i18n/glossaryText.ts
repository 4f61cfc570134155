import type { Lang } from "./lang";

/**
 * The glossary page's own words (src/pages/[...lang]/glossary.astro), once per edition; the entries
 * themselves are in src/site/glossary.ts. Prose may hold $...$ math and **bold**, as entries do.
 * `zh` has the type of `en`, so a string added in one language and not the other fails the type check.
 */
const en = {
  title: "Glossary and notation",
  description: "Every symbol and term of the course, with its shape and the lesson that introduces it.",
  lead: "Every page of the course writes the same thing the same way. Shapes are rows × columns; projections are $Y = XW + b$ with $W$ of shape [in, out]. In cross-attention **Q comes from the target** and **K and V both come from the source**.",
  notation: "Notation",
  notationCaption: "Symbols, what they mean, and their shapes",
  symbolColumn: "symbol",
  nameColumn: "name",
  meaningColumn: "meaning",
  shapeColumn: "shape",
  lessonColumn: "introduced in",
  laterLesson: "a later lesson",
  terms: "Terms",
  /** After a term's definition, `link` (HTML) to the lesson that introduces it. */
  seeLesson: (link: string) => ` See ${link}.`,
} as const satisfies Record<string, string | ((...args: never[]) => string)>;

type Text = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };

const zh: Text = {
  title: "术语与记号",
  description: "课程中的每个符号和术语，以及它的形状和引入它的那一课。",
  lead: "本课程的每一页都用同一种写法表示同一个东西。形状写作行数 × 列数；投影写作 $Y = XW + b$，其中 $W$ 的形状为 [in, out]。在交叉注意力中，**Q 来自目标端**，**K 和 V 都来自源端**。",
  notation: "记号",
  notationCaption: "符号、含义及其形状",
  symbolColumn: "符号",
  nameColumn: "名称",
  meaningColumn: "含义",
  shapeColumn: "形状",
  lessonColumn: "引入于",
  laterLesson: "后面的课",
  terms: "术语",
  seeLesson: (link) => `参见${link}。`,
};

export const glossaryText: Record<Lang, Text> = { en, zh };
