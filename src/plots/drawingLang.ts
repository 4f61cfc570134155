import { langOfTag, type Lang } from "../i18n/lang";

/**
 * The edition a drawing speaks: its document's <html lang>, the page's in the browser and the
 * page's at build time (renderToHtml), as every island reads its page's.
 */
export function drawingLang(node: Node): Lang {
  return langOfTag(node.ownerDocument?.documentElement.getAttribute("lang") ?? "");
}
