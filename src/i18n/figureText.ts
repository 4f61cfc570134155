import type { Lang } from "./lang";

/**
 * The words around every live figure and lab (controls' messages, "show the numbers", download,
 * callout titles, the labs' default captions) and inside the shared plots, once per edition.
 * `zh` has the type of `en`, so a string added in one language and not the other fails the type check.
 * A figure's own labels live in figureLabelsText.ts.
 */
const en = {
  showTheNumbers: "Show the numbers",
  /** Appended to a heat map's accessible name when its values are not drawn one by one. */
  everyValueInTable: (ariaLabel: string, showTheNumbers: string) => `${ariaLabel}. Every value is in the table under “${showTheNumbers}”.`,
  linkedHint: "These controls are linked: every figure on this page with the same controls follows them.",
  /** Said beside a control whose change the figure refused. */
  stillShows: (problem: string, label: string, value: string) => `${problem} The figure still shows ${label} = ${value}.`,
  /** The readout while a figure computes the reader's change in slices (its old drawing is dimmed meanwhile). */
  working: "Working out the new figure…",
  /** Said beside a select that moved because its value is no longer offered. */
  movedTo: (label: string, chosen: string, why: string) => `${label} is now ${chosen}: ${why}.`,
  notOffered: (value: string) => `${value} is not offered with these settings`,
  download: "Download",
  downloadSaved: (name: string) => `Saved ${name}.`,
  downloadFailed: (format: string, reason: string) => `Could not make the ${format.toUpperCase()}: ${reason}.`,
  downloadNoTable: "this figure has no table of numbers",
  calloutMistake: "Common mistake",
  calloutNote: "Note",
  calloutFact: "Fact check",
  headsDoNotFit: (heads: string, dModel: number) => `d_model = ${dModel} does not split into ${heads} heads of equal width`,
  histogramCount: "count",
  weightAxis: "weight",
  /** A heat map cell's name when the mask removed it. */
  masked: "masked (−∞)",
  /** The shape badge's key to the hatched cells: "▨ = masked". */
  maskedBadge: "masked",
  switchedOff: (title: string) => `${title} (switched off)`,
  scalingLabCaption:
    "Scaling lab: dot products of random unit-variance vectors, unscaled and divided by the square root of d_k, and how peaked the softmax gets as d_k grows from 1 to 1024, with and without scaling, and when d_model is used in place of d_k.",
  maskingLabCaption:
    "Masking lab: a batch of three source sentences padded to six tokens. Move the lengths and see which keys each batch item blocks; compare boolean conventions and additive values, the fate of a fully masked row under each, and the causal mask, which belongs to decoder self-attention, not cross-attention.",
  multiHeadLabCaption:
    "Multi-head lab: one small heatmap of weights per head, the heads' outputs concatenated and projected by W_O, with shapes, and the change in the output when heads are switched off. The parameter count does not depend on the number of heads.",
} as const satisfies Record<string, string | ((...args: never[]) => string)>;

type Text = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };

const zh: Text = {
  showTheNumbers: "显示数值",
  everyValueInTable: (ariaLabel, showTheNumbers) => `${ariaLabel}。每个数值都在“${showTheNumbers}”下的表格中。`,
  linkedHint: "这些控件是联动的：本页中具有相同控件的每个图都会随之变化。",
  stillShows: (problem, label, value) => `${problem} 图中仍显示 ${label} = ${value}。`,
  working: "正在计算新的图……",
  movedTo: (label, chosen, why) => `${label} 已改为 ${chosen}：${why}。`,
  notOffered: (value) => `在当前设置下不提供 ${value}`,
  download: "下载",
  downloadSaved: (name) => `已保存 ${name}。`,
  downloadFailed: (format, reason) => `无法生成 ${format.toUpperCase()}：${reason}。`,
  downloadNoTable: "此图没有数值表格",
  calloutMistake: "常见错误",
  calloutNote: "注意",
  calloutFact: "事实核查",
  headsDoNotFit: (heads, dModel) => `d_model = ${dModel} 无法均分为 ${heads} 个等宽的头`,
  histogramCount: "个数",
  weightAxis: "权重",
  masked: "已掩蔽（−∞）",
  maskedBadge: "已掩蔽",
  switchedOff: (title) => `${title}（已关闭）`,
  scalingLabCaption:
    "缩放实验：随机单位方差向量的点积，未缩放的和除以 d_k 平方根的；以及随着 d_k 从 1 增长到 1024，softmax 在缩放与不缩放时、以及误用 d_model 代替 d_k 时变得多么尖锐。",
  maskingLabCaption:
    "掩码实验：一个由三个源句子组成的批量，填充到六个词元。移动长度，观察每个批量元素掩蔽了哪些键；比较布尔约定和加性取值、完全被掩蔽的行在每种做法下的结果，以及因果掩码——它属于解码器自注意力，而不是交叉注意力。",
  multiHeadLabCaption:
    "多头实验：每个头一张小的权重热图，各头的输出拼接后经 W_O 投影（附形状），以及关闭某些头时输出的变化。参数量与头数无关。",
};

export const figureText: Record<Lang, Text> = { en, zh };
