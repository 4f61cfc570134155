import type { Lang } from "./lang";

/**
 * What a reader reads when a figure's code fails in the browser: an island that could not start,
 * and the reasons a download could not be drawn (shown after figureText.downloadFailed's "Could not
 * make the PNG:"). `zh` has the type of `en`, so a string added in one language only fails the type check.
 */
const en = {
  /** Under a figure whose island failed; the static drawing from the build stays above it. */
  islandFailed: (reason: string) => `This figure could not start: ${reason}. The static version above is still correct.`,
  /** The reason when the island's code did not arrive (the browser's own words name only a URL, in English). */
  codeNotLoaded: "its code did not load; reload the page to try again",
  noDrawingMarked: "this figure marks no drawing to export (data-figure-drawing)",
  nothingShown: "the figure shows nothing to draw (is it hidden?)",
  noCanvas: "this browser gave no canvas to draw on",
  notDecoded: "the browser could not read the drawing as an image",
  notEncoded: (width: number, height: number) => `the browser could not encode a ${width} × ${height} image`,
} as const satisfies Record<string, string | ((...args: never[]) => string)>;

type Text = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };

const zh: Text = {
  islandFailed: (reason) => `此图无法启动：${reason}。上方的静态版本仍然正确。`,
  codeNotLoaded: "它的代码没有加载成功，请重新加载页面再试",
  noDrawingMarked: "此图没有标出可导出的绘图（data-figure-drawing）",
  nothingShown: "此图当前没有可绘制的内容（是否被隐藏了？）",
  noCanvas: "此浏览器没有提供可绘制的画布",
  notDecoded: "浏览器无法把此图读作图像",
  notEncoded: (width, height) => `浏览器无法编码 ${width} × ${height} 的图像`,
};

export const figureFailureText: Record<Lang, Text> = { en, zh };
