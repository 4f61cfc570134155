import { figureText } from "../../src/i18n/figureText";
import type { Lang } from "../../src/i18n/lang";
import { figureSvg } from "../../src/site/figureSvg";
import { svgToPng } from "../../src/site/svgToPng";
import { tablesToCsv } from "../../src/site/tablesToCsv";
import { figureFileName } from "../../src/site/figureFileName";
import { figureSettings } from "../../src/site/figureSettings";
import { fillNowEvent } from "../../src/site/fillWhileOpen";

export type DownloadFormat = "svg" | "png" | "csv";

/** PNGs are drawn at twice the figure's size on screen, sharp on slides and in print. */
const pngScale = 2;

/** The elements matching `selector` in `figure` that the reader can see now (a stepper hides its other stages). */
function shown<T extends Element>(figure: Element, selector: string): T[] {
  return Array.from(figure.querySelectorAll<T>(selector)).filter((element) => !element.closest("[hidden]"));
}

/** Saves `blob` as `name` through the browser's download. */
function save(blob: Blob, name: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
}

/**
 * Downloads what `figure` shows now (its drawing as SVG or PNG, its "show the numbers" tables as
 * CSV), named after the lesson, the figure and its settings. Resolves with the file name; refuses,
 * in the words of edition `lang`, a figure without tables as CSV.
 */
export async function downloadFigure(figure: HTMLElement, lesson: string, format: DownloadFormat, lang: Lang): Promise<string> {
  const name = figureFileName(lesson, figure.id, figureSettings(figure), format);
  if (format === "csv") {
    // A closed panel may hold the tables of earlier settings; have it build the current ones.
    for (const details of shown(figure, "details.numbers-toggle")) details.dispatchEvent(new Event(fillNowEvent));
    const tables = shown<HTMLTableElement>(figure, "details.numbers-toggle table");
    if (tables.length === 0) throw new Error(figureText[lang].downloadNoTable);
    save(new Blob([tablesToCsv(tables)], { type: "text/csv;charset=utf-8" }), name);
    return name;
  }
  const caption = figure.querySelector("figcaption")?.textContent?.trim() ?? "";
  const { svg, width, height } = figureSvg(shown(figure, "[data-figure-drawing]"), caption, lang);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  save(format === "svg" ? new Blob([text], { type: "image/svg+xml" }) : await svgToPng(text, width, height, pngScale, lang), name);
  return name;
}
