import type { Lang } from "./lang";

/**
 * Observable Plot's own names for the groups it draws (aria-label on each mark's <g>: "bar",
 * "x-axis tick", "x-axis tick label", "y-grid" ...), once per edition. Plot writes them in English
 * whatever the page, and its `ariaLabel` options cannot replace them all: an axis appends " tick",
 * " tick label" and " label" to its own, and Plot finds its axes by the "x-axis" prefix, so a
 * renamed axis gets a second, default one. plotChart renames them after drawing (plotGroupName).
 * `en` keeps Plot's words, so English pages read as Plot writes them. Names as of Plot 0.6.17.
 */

/** The scales an axis or a grid belongs to: position, and facet position. */
export type PlotAxis = "x" | "y" | "fx" | "fy";

/** The groups of an axis, and its grid. */
export type PlotAxisPart = "axis" | "tick" | "tickLabel" | "label" | "grid";

const en = {
  axis: { x: "x", y: "y", fx: "fx", fy: "fy" },
  axisPart: {
    axis: (axis) => `${axis}-axis`,
    tick: (axis) => `${axis}-axis tick`,
    tickLabel: (axis) => `${axis}-axis tick label`,
    label: (axis) => `${axis}-axis label`,
    grid: (axis) => `${axis}-grid`,
  },
  mark: {
    area: "area",
    arrow: "arrow",
    bar: "bar",
    cell: "cell",
    contour: "contour",
    "delaunay link": "delaunay link",
    "delaunay mesh": "delaunay mesh",
    density: "density",
    dot: "dot",
    frame: "frame",
    geo: "geo",
    hexgrid: "hexgrid",
    hull: "hull",
    image: "image",
    line: "line",
    "linear-regression": "linear-regression",
    link: "link",
    "negative difference": "negative difference",
    "positive difference": "positive difference",
    raster: "raster",
    rect: "rect",
    rule: "rule",
    text: "text",
    tick: "tick",
    tip: "tip",
    vector: "vector",
    voronoi: "voronoi",
    "voronoi mesh": "voronoi mesh",
    waffle: "waffle",
  },
} satisfies Omit<Text, "mark"> & { mark: Record<string, string> };

/** Plot's default mark names. */
export type PlotMark = keyof typeof en.mark;

interface Text {
  /** The scale's name as the start of its axis groups' names: "x" -> "x 轴". */
  axis: Record<PlotAxis, string>;
  /** An axis group's name, from its scale's name in `axis`. */
  axisPart: Record<PlotAxisPart, (axis: string) => string>;
  /** Each mark's default name, keyed by Plot's. */
  mark: Record<PlotMark, string>;
}

const zh: Text = {
  axis: { x: "x 轴", y: "y 轴", fx: "分面 x 轴", fy: "分面 y 轴" },
  axisPart: {
    axis: (axis) => axis,
    tick: (axis) => `${axis}刻度`,
    tickLabel: (axis) => `${axis}刻度标签`,
    label: (axis) => `${axis}标题`,
    grid: (axis) => `${axis}网格线`,
  },
  mark: {
    area: "面积",
    arrow: "箭头",
    bar: "条形",
    cell: "方格",
    contour: "等值线",
    "delaunay link": "德劳内连线",
    "delaunay mesh": "德劳内网格",
    density: "密度",
    dot: "点",
    frame: "边框",
    geo: "地理图形",
    hexgrid: "六边形网格",
    hull: "凸包",
    image: "图像",
    line: "折线",
    "linear-regression": "线性回归",
    link: "连线",
    "negative difference": "负差值",
    "positive difference": "正差值",
    raster: "栅格",
    rect: "矩形",
    rule: "直线",
    text: "文字",
    tick: "刻度线",
    tip: "提示框",
    vector: "向量",
    voronoi: "沃罗诺伊图",
    "voronoi mesh": "沃罗诺伊网格",
    waffle: "华夫图",
  },
};

export const plotNamesText: Record<Lang, Text> = { en, zh };
