import type { Page } from "playwright-core";
import type { EnglishString } from "../../i18n/englishStrings";

/**
 * What a Chinese page's reader is not meant to read in English, besides the tables' strings: the
 * labels of the controls every lesson has, looked for as whole words in the page's controls and
 * their labels (button, label, summary, th, caption, legend, tabs, and what aria-labelledby names).
 */
export const interfaceWords = [
  "Run",
  "Edit",
  "Reset",
  "Check",
  "Copy link",
  "Show the numbers",
  "Hide the numbers",
  "Show the answer",
  "Show solution",
  "Hide solution",
  "Hint",
  "Answer",
  "Output",
  "Previous",
  "Next",
  "Lessons",
  "Download",
  "Search",
  "Reload",
  "Play",
  "Pause",
  "Step",
  "Stage",
  "Seed",
  "Heads",
  "Mask",
];

/**
 * Every place on the page (as it is now: islands awake) where one of `strings` is readable as
 * whole words, or one of `words` labels a control (its text or aria-label, or an element that names
 * it through aria-labelledby): text outside code, math, <pre>, the references
 * and elements marked lang="en"; the accessible names and descriptions an element carries in its
 * attributes (aria-label, title, alt, placeholder...); the page's <title> and description. One line
 * per place: the element, the string, where the string comes from.
 */
export function englishFindings(page: Page, strings: EnglishString[], words: string[] = interfaceWords): Promise<string[]> {
  return page.evaluate(
    ({ strings, words }) => {
      const skip = "script, style, noscript, template, code, pre, kbd, samp, .katex, .cm-editor, [lang='en'], [lang^='en-']";
      const controls = "button, label, summary, th, caption, legend, [role='button'], [role='tab'], [role='radio']";
      const attributes = ["aria-label", "aria-description", "aria-roledescription", "aria-valuetext", "title", "alt", "placeholder"];
      // A lesson's references (the list under "References" / "参考文献") cite English titles.
      const references = new Set<Element>();
      for (const heading of document.querySelectorAll("h2")) {
        if (!/^(References|参考文献)$/.test(heading.textContent?.trim() ?? "")) continue;
        for (let next = heading.nextElementSibling; next && !/^H[12]$/.test(next.tagName); next = next.nextElementSibling) references.add(next);
      }
      const skipped = (el: Element) => references.has(el) || el.matches(skip);
      // Where the site's own words are: figures, cells, exercises, questions, navigation, the header
      // and footer, forms. A lesson's prose is the translation itself, which quotes English papers
      // ("the queries come from the previous decoder layer") and glosses terms on purpose; a cell's
      // output shows its code's own names.
      const interfaceBlocks = "figure, [data-cell], [data-exercise], .question, nav, header, footer, form, [role='group'], [role='dialog'], .lesson-header, .site-header";
      const labelling = "button, label, summary, legend, [role='button'], [role='tab'], [role='radio'], .multiple-title";
      const isInterface = (el: Element) => el.closest(interfaceBlocks) !== null && el.closest(".cell-output, .cell-source") === null;
      // Each element's readable text, children apart (so "<td>Run</td><td>x</td>" is not "Runx").
      const texts = new Map<Element, string>();
      const textOf = (node: Node): string => {
        // The English term in brackets after its first Chinese use, 词元（token）, is part of the translation.
        if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.replace(/（[A-Za-z][^（）]*）/g, "（）");
        if (node.nodeType !== Node.ELEMENT_NODE || skipped(node as Element)) return " ";
        let text = "";
        for (const child of node.childNodes) text += child.nodeType === Node.ELEMENT_NODE ? ` ${textOf(child)} ` : textOf(child);
        texts.set(node as Element, text);
        return text;
      };
      textOf(document.body);
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
      const wholeWords = (s: string) => new RegExp(`(?<![A-Za-z0-9_])${escape(s)}(?![A-Za-z0-9_])`);
      const describe = (el: Element) => {
        const cls = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/)[0]}` : "";
        const own = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : cls}>`;
        const holder = el.parentElement?.closest("[id]");
        return holder && holder !== document.body ? `${own} in #${holder.id}` : own;
      };
      const snippet = (s: string) => JSON.stringify(s.replace(/\s+/g, " ").trim().slice(0, 80));
      // One line per place, listing every string and word found there.
      const places = new Map<string, string[]>();
      const found = (place: string, what: string) => places.set(place, [...(places.get(place) ?? []), what]);
      // The deepest elements whose text holds a match: the element that shows it.
      const deepest = (el: Element, pattern: RegExp, into: Element[]) => {
        const inside = [...el.children].filter((child) => pattern.test(texts.get(child) ?? ""));
        if (inside.length === 0) into.push(el);
        for (const child of inside) deepest(child, pattern, into);
        return into;
      };
      const bodyText = texts.get(document.body) ?? "";
      const described = [...document.querySelectorAll("*")].filter((el) => texts.has(el) && attributes.some((a) => el.hasAttribute(a)));
      const description = document.querySelector("meta[name='description']")?.getAttribute("content") ?? "";
      for (const { source, text } of strings) {
        const pattern = wholeWords(text);
        const what = `"${text}" (${source})`;
        if (pattern.test(bodyText)) {
          // A one-word string ("weights", "output") is also a name in the code a hint or an exercise
          // quotes, or a column header naming a code option ("核心 allowed"), so it counts on controls.
          const oneWord = !/\s/.test(text);
          for (const el of deepest(document.body, pattern, [])) {
            if (isInterface(el) && (!oneWord || el.matches(labelling))) found(`${describe(el)} shows ${snippet(texts.get(el)!)}`, what);
          }
        }
        for (const el of described) {
          for (const a of attributes) if (pattern.test(el.getAttribute(a) ?? "")) found(`${describe(el)} ${a}=${snippet(el.getAttribute(a)!)}`, what);
        }
        if (pattern.test(document.title)) found(`<title> ${snippet(document.title)}`, what);
        if (pattern.test(description)) found(`<meta name=description> ${snippet(description)}`, what);
      }
      for (const word of words) {
        const pattern = wholeWords(word);
        // The controls, and what names a control or a group of them through aria-labelledby.
        const labelIds = [...document.querySelectorAll("[aria-labelledby]")].flatMap((el) => el.getAttribute("aria-labelledby")!.split(/\s+/));
        const labels = labelIds.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
        for (const el of new Set([...document.querySelectorAll(controls), ...labels])) {
          if (!texts.has(el)) continue; // inside code, math or English
          const what = `"${word}" (a control label)`;
          if (pattern.test(texts.get(el)!)) found(`${describe(el)} shows ${snippet(texts.get(el)!)}`, what);
          if (pattern.test(el.getAttribute("aria-label") ?? "")) found(`${describe(el)} aria-label=${snippet(el.getAttribute("aria-label")!)}`, what);
        }
      }
      return [...places].map(([place, whats]) => `${place}: ${[...new Set(whats)].join(", ")}`);
    },
    { strings, words },
  );
}
