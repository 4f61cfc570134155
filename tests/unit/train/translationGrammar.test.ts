import { describe, expect, it } from "vitest";
import { createRandom } from "../../../src/core";
import { grammarWords, translationPair, type TranslationPair } from "../../../src/train";

// Written out by hand from French grammar, not from the module's tables, so a wrong gender or a
// wrong form in the grammar fails here.
const GENDER: Record<string, "m" | "f"> = { chat: "m", chien: "m", cheval: "m", livre: "m", voiture: "f", maison: "f", fleur: "f", table: "f" };
const NOUN: Record<string, string> = { cat: "chat", dog: "chien", horse: "cheval", book: "livre", car: "voiture", house: "maison", flower: "fleur", table: "table" };
const ADJECTIVE: Record<string, { m: string; f: string }> = {
  black: { m: "noir", f: "noire" },
  white: { m: "blanc", f: "blanche" },
  green: { m: "vert", f: "verte" },
  blue: { m: "bleu", f: "bleue" },
  grey: { m: "gris", f: "grise" },
  red: { m: "rouge", f: "rouge" },
};
const ARTICLE: Record<string, { m: string; f: string }> = { the: { m: "le", f: "la" }, a: { m: "un", f: "une" } };
const VERB: Record<string, string> = { sees: "voit", likes: "aime", follows: "suit" };
const FRENCH_ARTICLES = ["le", "la", "un", "une"];

/** Many pairs from one seeded generator. */
function pairs(n: number, seed = 11): TranslationPair[] {
  const rng = createRandom(seed);
  return Array.from({ length: n }, () => translationPair(rng));
}

/** The gender of the noun a French article or adjective belongs to: the article's noun follows it, the adjective's precedes it. */
function nounGender(french: string[], noun: number): "m" | "f" {
  const gender = GENDER[french[noun]];
  if (!gender) throw new Error(`“${french[noun]}” at ${noun} of “${french.join(" ")}” is not a noun`);
  return gender;
}

describe("translationPair", () => {
  it("translationPair(rng) aligns each French word to the English word it translates (articles and adjectives in the noun's gender)", () => {
    for (const { english, french, alignment } of pairs(1500)) {
      const sentence = `${english.join(" ")} -> ${french.join(" ")}`;
      expect(alignment, sentence).toHaveLength(french.length);
      french.forEach((fr, t) => {
        const en = english[alignment[t]];
        if (en in NOUN) expect(fr, sentence).toBe(NOUN[en]);
        else if (en in VERB) expect(fr, sentence).toBe(VERB[en]);
        else if (en in ARTICLE) expect(fr, sentence).toBe(ARTICLE[en][nounGender(french, t + 1)]);
        else if (en in ADJECTIVE) expect(fr, sentence).toBe(ADJECTIVE[en][nounGender(french, t - 1)]);
        else throw new Error(`unknown English word “${en}” in ${sentence}`);
      });
    }
  });

  it("translationPair(rng) uses every English word exactly once (the alignment is a permutation), so French is as long as English", () => {
    for (const { english, alignment } of pairs(500)) {
      expect([...alignment].sort((a, b) => a - b)).toEqual(english.map((_, s) => s));
    }
  });

  it("translationPair(rng): every article agrees with the noun right after it, which in English may come two words later", () => {
    let laterInEnglish = 0;
    for (const { english, french, alignment } of pairs(1000)) {
      french.forEach((fr, t) => {
        if (!FRENCH_ARTICLES.includes(fr)) return;
        const gender = nounGender(french, t + 1);
        expect(["le", "un"].includes(fr) ? "m" : "f", french.join(" ")).toBe(gender);
        if (alignment[t + 1] - alignment[t] === 2) laterInEnglish += 1;
        expect(english[alignment[t + 1]] in NOUN).toBe(true);
      });
    }
    expect(laterInEnglish).toBeGreaterThan(0);
  });

  it("translationPair(rng): every adjective follows its noun in French and precedes it in English", () => {
    let adjectives = 0;
    for (const { english, french, alignment } of pairs(1000)) {
      french.forEach((_fr, t) => {
        const en = english[alignment[t]];
        if (!(en in ADJECTIVE)) return;
        adjectives += 1;
        expect(french[t - 1] in GENDER, french.join(" ")).toBe(true);
        expect(english[alignment[t] + 1], english.join(" ")).toBe(Object.keys(NOUN).find((k) => NOUN[k] === french[t - 1]));
      });
    }
    expect(adjectives).toBeGreaterThan(100);
  });

  it("translationPair(rng) never writes “le” or “la” before a vowel or an h, where French elides them to “l'”", () => {
    for (const { french } of pairs(1000)) {
      french.forEach((fr, t) => {
        if (fr === "le" || fr === "la") expect(french[t + 1], french.join(" ")).toMatch(/^[^aeiouyhàâéèêëîïôûù]/);
      });
    }
  });

  it("translationPair(rng) gives noun phrases of 2-3 words and sentences of 5-7, each length occurring", () => {
    const lengths = new Set(pairs(1000).map((p) => p.english.length));
    expect([...lengths].sort()).toEqual([2, 3, 5, 6, 7]);
  });

  it("translationPair(rng) is the same for the same seed and differs for another", () => {
    expect(pairs(50, 3)).toEqual(pairs(50, 3));
    expect(pairs(50, 3)).not.toEqual(pairs(50, 4));
  });
});

describe("grammarWords", () => {
  it("grammarWords() lists every word the grammar produces, each once", () => {
    const { english, french } = grammarWords();
    expect(new Set(english).size).toBe(english.length);
    expect(new Set(french).size).toBe(french.length);
    for (const p of pairs(1000)) {
      for (const w of p.english) expect(english).toContain(w);
      for (const w of p.french) expect(french).toContain(w);
    }
    // Counted by hand: 2 articles, 6 colours, 8 nouns, 3 verbs; 4 articles, 11 colour forms ("rouge" once), 8 nouns, 3 verbs.
    expect([english.length, french.length]).toEqual([19, 26]);
  });
});
