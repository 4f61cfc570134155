import { ADJECTIVES, ARTICLES, NOUNS, VERBS } from "./translationGrammar";

/** Each English word's part of speech: a article, j adjective, n noun, v verb. */
const PART: Readonly<Record<string, string>> = Object.fromEntries([
  ...Object.keys(ARTICLES).map((w) => [w, "a"]),
  ...ADJECTIVES.map((a) => [a.en, "j"]),
  ...NOUNS.map((n) => [n.en, "n"]),
  ...Object.keys(VERBS).map((w) => [w, "v"]),
]);

/** The grammar's sentence shapes: a noun phrase, or noun phrase, verb, noun phrase. */
const GRAMMATICAL = /^aj?n(vaj?n)?$/;

/**
 * How many different sentences of the grammar are made of exactly these English words (this one
 * included): every distinct ordering that parses. An encoder without positions sees all of them
 * as the same set of words, so it can translate at most one of them right.
 */
export function sameWordSentences(english: readonly string[]): number {
  const found = new Set<string>();
  const words = [...english].sort();
  // Distinct permutations only (words can repeat: "the cat sees the dog"), pruned as soon as a prefix cannot parse.
  const walk = (prefix: string[], rest: string[]) => {
    if (rest.length === 0) {
      if (GRAMMATICAL.test(prefix.map((w) => PART[w] ?? "?").join(""))) found.add(prefix.join(" "));
      return;
    }
    rest.forEach((w, i) => {
      if (i > 0 && rest[i - 1] === w) return;
      const next = [...prefix, w];
      const shape = next.map((x) => PART[x] ?? "?").join("");
      if (!/^(a(j?(n(v(a(j?n?)?)?)?)?)?)?$/.test(shape)) return;
      walk(next, [...rest.slice(0, i), ...rest.slice(i + 1)]);
    });
  };
  walk([], words);
  return found.size;
}
