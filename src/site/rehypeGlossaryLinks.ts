import type { HastNode } from "./hastNode";
import { linkInText, type TextLink } from "./linkInText";
import type { Lang } from "../i18n/lang";

export interface GlossaryLinkTerm {
  /** The entry's anchor on the glossary page, the same in every edition. */
  id: string;
  /** The words that count as a use of the term, e.g. ["query", "queries"]; matched whole and in any case. */
  forms: readonly string[];
}

/** What the plugin links in one edition's lessons. */
export interface GlossaryLinkEdition {
  terms: readonly GlossaryLinkTerm[];
  /** Words that contain a form but are other words (数值 is no use of 值): never a use of any term. */
  notTerms?: readonly string[];
  /** The heading of the lesson's references, where linking stops: "References", "参考文献". */
  references: string;
}

export interface GlossaryLinkOptions {
  editions: Record<Lang, GlossaryLinkEdition>;
  /** The address of a term's entry as seen from the page, e.g. id => `../../glossary/#${id}`. */
  href: (id: string) => string;
}

const textOf = (node: HastNode): string => node.value ?? (node.children ?? []).map(textOf).join("");
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A form's end that is a Latin letter or digit must not touch another, nor a hyphen; Chinese has no such boundary. */
const latinEnd = /[\p{Script=Latin}\p{N}]/u;

/**
 * The edition of the lesson file at `path`: a Chinese lesson lives under content/zh/, any other file
 * is English. `path` is what the MDX compiler gives a plugin (vfile's path); none counts as English.
 */
export function langOfLessonFile(path: string | undefined): Lang {
  return path && /(^|[\\/])content[\\/]zh[\\/]/.test(path) ? "zh" : "en";
}

/**
 * Whether the document at `path` is a lesson (content/lessons/ or content/zh/lessons/): the links'
 * relative address is a lesson's, so other MDX (the instructors page's prose) gets none. A document
 * without a path counts as a lesson.
 */
export function isLessonFile(path: string | undefined): boolean {
  return path === undefined || /(^|[\\/])lessons[\\/][^\\/]+\.mdx$/.test(path);
}

/** One edition's matcher: the forms, longest first, with the words that are no use of any. */
function matcherOf(edition: GlossaryLinkEdition) {
  const idOf = new Map<string, string>();
  for (const term of edition.terms) for (const form of term.forms) idOf.set(form.toLowerCase(), term.id);
  const notTerms = new Set((edition.notTerms ?? []).map((word) => word.toLowerCase()));
  // Longest first, so "self-attention" wins over a shorter form at the same place, and 多头 over 头.
  const words = [...new Set([...idOf.keys(), ...notTerms])].sort((a, b) => b.length - a.length);
  const source = words.map((word) => `${latinEnd.test(word[0]) ? "(?<![\\p{L}\\p{N}-])" : ""}${escape(word)}${latinEnd.test(word.at(-1)!) ? "(?![\\p{L}\\p{N}-])" : ""}`);
  return { idOf, pattern: new RegExp(source.join("|"), "giu") };
}

/**
 * A rehype plugin (`[rehypeGlossaryLinks, options]`): in each document, the first use of every
 * glossary term in the prose before its references heading becomes a link to its glossary entry
 * (class "glossary-term"); later uses stay plain. The document's edition, from its file's path
 * (content/zh/ is Chinese), chooses the terms and the heading. A use the author already linked to
 * that entry counts as the first. Latin words joined by a hyphen or a letter are not a use
 * ("multi-head" is not "head", "masked" is not "mask"), nor is a Chinese word in `notTerms` (多头).
 */
export function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  const matchers = Object.fromEntries(Object.entries(options.editions).map(([lang, edition]) => [lang, matcherOf(edition)])) as Record<Lang, ReturnType<typeof matcherOf>>;
  const entryId = (href: unknown) => (typeof href === "string" ? /glossary\/#([\w-]+)$/.exec(href)?.[1] : undefined);
  return (tree: HastNode, file?: { path?: string }) => {
    if (!isLessonFile(file?.path)) return;
    const lang = langOfLessonFile(file?.path);
    const { idOf, pattern } = matchers[lang];
    const references = options.editions[lang].references;
    const linked = new Set<string>();
    linkInText(
      tree,
      (text) => {
        const links: TextLink[] = [];
        for (const match of text.matchAll(pattern)) {
          const id = idOf.get(match[0].toLowerCase());
          if (id === undefined || linked.has(id)) continue;
          linked.add(id);
          links.push({ start: match.index, end: match.index + match[0].length, href: options.href(id), className: "glossary-term" });
        }
        return links;
      },
      {
        passed: (element) => {
          const id = element.tagName === "a" ? entryId(element.properties?.href) : undefined;
          if (id) linked.add(id);
        },
        // Paper titles use the words in their own sense ("Key-Value Memory Networks").
        stopAt: (element) => /^h[1-6]$/.test(element.tagName ?? "") && textOf(element).trim() === references,
      },
    );
  };
}
