import type { HastNode } from "./hastNode";
import { linkInText, type TextLink } from "./linkInText";

export interface GlossaryLinkTerm {
  /** The entry's anchor on the glossary page. */
  id: string;
  /** The words that count as a use of the term, e.g. ["query", "queries"]; matched whole and in any case. */
  forms: readonly string[];
}

export interface GlossaryLinkOptions {
  terms: readonly GlossaryLinkTerm[];
  /** The address of a term's entry as seen from the page, e.g. id => `../../glossary/#${id}`. */
  href: (id: string) => string;
}

const textOf = (node: HastNode): string => node.value ?? (node.children ?? []).map(textOf).join("");
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A rehype plugin (`[rehypeGlossaryLinks, options]`): in each document, the first use of every
 * glossary term in the prose before its "References" becomes a link to its glossary entry (class
 * "glossary-term"); later uses stay plain. A use the author already linked to that entry counts
 * as the first. Words joined by a hyphen or a letter are not a use ("multi-head" is not "head",
 * "masked" is not "mask").
 */
export function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  const idOf = new Map<string, string>();
  for (const term of options.terms) for (const form of term.forms) idOf.set(form.toLowerCase(), term.id);
  // Longest forms first, so "self-attention" wins over a shorter form at the same place.
  const forms = [...idOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.join("|")})(?![\\p{L}\\p{N}-])`, "giu");
  const entryId = (href: unknown) => (typeof href === "string" ? /glossary\/#([\w-]+)$/.exec(href)?.[1] : undefined);
  return (tree: HastNode) => {
    const linked = new Set<string>();
    linkInText(
      tree,
      (text) => {
        const links: TextLink[] = [];
        for (const match of text.matchAll(pattern)) {
          const id = idOf.get(match[0].toLowerCase())!;
          if (linked.has(id)) continue;
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
        stopAt: (element) => /^h[1-6]$/.test(element.tagName ?? "") && textOf(element).trim() === "References",
      },
    );
  };
}
