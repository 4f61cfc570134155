import type { Lang } from "../i18n/lang";
import { plotNamesText, type PlotAxis, type PlotAxisPart, type PlotMark } from "../i18n/plotNamesText";

/** Plot's axis group names: "x-axis tick label", "fy-axis", "y-grid". */
const axisName = /^(x|y|fx|fy)-(?:axis( tick label| tick| label)?|(grid))$/;
const partOfSuffix: Record<string, PlotAxisPart> = { "": "axis", " tick": "tick", " tick label": "tickLabel", " label": "label" };

/**
 * The name, in edition `lang`, of a group Observable Plot drew and named in English ("bar",
 * "x-axis tick label"); undefined for any other name (the site's own, already in the reader's words).
 *   plotGroupName("x-axis tick label", "zh") -> "x 轴刻度标签"
 *   plotGroupName("rule", "zh") -> "直线"
 */
export function plotGroupName(plotName: string, lang: Lang): string | undefined {
  const text = plotNamesText[lang];
  const axis = axisName.exec(plotName);
  if (axis) {
    const part = axis[3] ? "grid" : partOfSuffix[axis[2] ?? ""];
    return text.axisPart[part](text.axis[axis[1] as PlotAxis]);
  }
  return Object.hasOwn(text.mark, plotName) ? text.mark[plotName as PlotMark] : undefined;
}
