import type { Random } from "../core";

/** An English noun, its French translation and that noun's grammatical gender. */
interface Noun {
  en: string;
  fr: string;
  gender: "m" | "f";
}

/** A colour adjective: French puts it after the noun and agrees it with the noun's gender. */
interface Adjective {
  en: string;
  m: string;
  f: string;
}

/** Every noun starts with a consonant, so "le" and "la" never elide to "l'" before it (no "le oiseau"). */
export const NOUNS: readonly Noun[] = [
  { en: "cat", fr: "chat", gender: "m" },
  { en: "dog", fr: "chien", gender: "m" },
  { en: "horse", fr: "cheval", gender: "m" },
  { en: "book", fr: "livre", gender: "m" },
  { en: "car", fr: "voiture", gender: "f" },
  { en: "house", fr: "maison", gender: "f" },
  { en: "flower", fr: "fleur", gender: "f" },
  { en: "table", fr: "table", gender: "f" },
];

export const ADJECTIVES: readonly Adjective[] = [
  { en: "black", m: "noir", f: "noire" },
  { en: "white", m: "blanc", f: "blanche" },
  { en: "green", m: "vert", f: "verte" },
  { en: "blue", m: "bleu", f: "bleue" },
  { en: "grey", m: "gris", f: "grise" },
  { en: "red", m: "rouge", f: "rouge" },
];

/** English article -> French article by gender: "the" -> le / la, "a" -> un / une. */
export const ARTICLES: Readonly<Record<string, { m: string; f: string }>> = {
  the: { m: "le", f: "la" },
  a: { m: "un", f: "une" },
};

export const VERBS: Readonly<Record<string, string>> = { sees: "voit", likes: "aime", follows: "suit" };

/** One sentence pair and its true word alignment. */
export interface TranslationPair {
  english: string[];
  french: string[];
  /** For each French word (target position t), the English word (source position) it translates. */
  alignment: number[];
}

/** A noun phrase: article, optional colour, noun. English "the black cat" is French "le chat noir". */
function nounPhrase(rng: Random, start: number): TranslationPair {
  const article = rng.next() < 0.5 ? "the" : "a";
  const noun = NOUNS[Math.floor(rng.next() * NOUNS.length)];
  const frArticle = ARTICLES[article][noun.gender];
  if (rng.next() < 1 / 3) {
    return { english: [article, noun.en], french: [frArticle, noun.fr], alignment: [start, start + 1] };
  }
  const adjective = ADJECTIVES[Math.floor(rng.next() * ADJECTIVES.length)];
  // The article agrees with a noun that comes two words later in English, and the
  // adjective moves after the noun: the alignment is not the diagonal.
  return {
    english: [article, adjective.en, noun.en],
    french: [frArticle, noun.fr, adjective[noun.gender]],
    alignment: [start, start + 2, start + 1],
  };
}

/**
 * A random sentence pair from the grammar: a noun phrase alone (2-3 words) or
 * "noun phrase, verb, noun phrase" (5-7 words), with the true alignment of every French word.
 */
export function translationPair(rng: Random): TranslationPair {
  const subject = nounPhrase(rng, 0);
  if (rng.next() < 0.25) return subject;
  const verbs = Object.keys(VERBS);
  const verb = verbs[Math.floor(rng.next() * verbs.length)];
  const verbAt = subject.english.length;
  const object = nounPhrase(rng, verbAt + 1);
  return {
    english: [...subject.english, verb, ...object.english],
    french: [...subject.french, VERBS[verb], ...object.french],
    alignment: [...subject.alignment, verbAt, ...object.alignment],
  };
}

/** Every English and French word the grammar can produce, in a fixed order. */
export function grammarWords(): { english: string[]; french: string[] } {
  return {
    english: [...Object.keys(ARTICLES), ...ADJECTIVES.map((a) => a.en), ...NOUNS.map((n) => n.en), ...Object.keys(VERBS)],
    french: [
      ...Object.values(ARTICLES).flatMap((a) => [a.m, a.f]),
      ...ADJECTIVES.flatMap((a) => (a.m === a.f ? [a.m] : [a.m, a.f])),
      ...NOUNS.map((n) => n.fr),
      ...Object.values(VERBS),
    ],
  };
}
