import type { Page } from "playwright-core";

/**
 * Names inline code, emphasis and links that run into the word beside them ("such as/courses/",
 * "points athttps://"): Astro drops the white space of a line break between text and an element,
 * so a template that wraps its lines there loses the space a reader needs. Chinese writes words
 * without spaces, so prose may join Han to Han; Han beside a Latin word or inline code takes a space
 * (the Chinese edition's style).
 */
export async function spacingFindings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const word = /[\p{L}\p{N}]/u;
    const han = /\p{Script=Han}/u;
    const joined = (a: string, b: string) => word.test(a) && word.test(b) && !(han.test(a) && han.test(b));
    const found: string[] = [];
    for (const element of document.body.querySelectorAll(":is(code, em, strong, a)")) {
      if (element.closest("pre, svg, .katex")) continue;
      const before = element.previousSibling;
      const after = element.nextSibling;
      const text = element.textContent ?? "";
      const last = before?.nodeType === Node.TEXT_NODE ? (before.textContent ?? "").slice(-1) : "";
      const next = after?.nodeType === Node.TEXT_NODE ? (after.textContent ?? "").slice(0, 1) : "";
      // Code joins a word or a comma on any side ("such as/courses/", "unique),summary"); prose joins
      // one only word to word; an opening bracket only follows a space ("prerequisites(a list").
      const code = element.tagName === "CODE";
      const joinsBefore = (code ? word.test(last) || /[,;]/.test(last) : joined(last, text.slice(0, 1)));
      const joinsAfter = code ? word.test(next) || next === "(" : joined(text.slice(-1), next) || (next === "(" && word.test(text.slice(-1)));
      if (joinsBefore || joinsAfter) {
        const context = `${(before?.textContent ?? "").slice(-12)}${text}${(after?.textContent ?? "").slice(0, 12)}`.replace(/\s+/g, " ");
        found.push(`<${element.tagName.toLowerCase()}> "${text.slice(0, 30)}" runs into the word beside it: "${context}"`);
      }
    }
    return found;
  });
}
