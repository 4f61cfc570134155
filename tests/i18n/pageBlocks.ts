import { parseHTML } from "linkedom";
import type { Block } from "./lessonBlocks";

/** The elements a built lesson page marks for its figures, labs, steppers, cells, exercises and questions. */
const blockSelector = "[data-figure], [data-stepper], [data-cell], [data-exercise], [data-question]";

/**
 * The interactive blocks of a built page, in document order: "figure#id" (live figures, labs and the
 * stepper's figure), "stepper#id stages=N", "cell#id", "exercise#id", "question" (questions have no
 * id: their count and place are compared). `line` is the block's position on the page (1-based).
 */
export function pageBlocks(html: string): Block[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll(blockSelector)].map((el, i) => {
    const line = i + 1;
    if (el.hasAttribute("data-stepper")) {
      const figure = el.querySelector("[data-figure]");
      return { key: `stepper#${figure?.id ?? ""} stages=${el.querySelectorAll("[data-stage]").length}`, line };
    }
    if (el.hasAttribute("data-figure")) return { key: `figure#${el.id}`, line };
    if (el.hasAttribute("data-cell")) return { key: `cell#${el.getAttribute("data-cell")}`, line };
    if (el.hasAttribute("data-exercise")) return { key: `exercise#${el.getAttribute("data-exercise")}`, line };
    return { key: "question", line };
  });
}
