import { createRandom, matrix, multiHeadCrossAttention, type Matrix, type MultiHeadTrace } from "../core";
import { multiHeadExample } from "./multiHeadExample";
import { explorerText } from "../i18n/explorerText";
import type { Lang } from "../i18n/lang";

/** Most tokens a sentence may have in the explorer: Lq, Lk <= 16 keep every figure readable and redrawn within a frame. */
export const maxWords = 16;

export interface SentenceSettings {
  source: string;
  target: string;
  dModel: number;
  heads: number;
  seed: number;
  /** Swap the roles: queries from the source, keys and values from the target. */
  swap: boolean;
}

export interface SentenceExample {
  /** Tokens that give the queries (the target unless swapped): Lq of them. */
  queryTokens: string[];
  /** Tokens that give the keys and values (the source unless swapped): Lk of them. */
  keyTokens: string[];
  trace: MultiHeadTrace;
}

/**
 * Characters of scripts written without spaces between words (Han, kana, Hangul) and the CJK and
 * full-width punctuation that goes with them: each is one token in a sentence without spaces.
 */
const unspaced = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef`;
const unspacedTokens = new RegExp(`[${unspaced}]|[^${unspaced}]+`, "gu");

/**
 * A sentence's tokens: split on spaces when it has any; otherwise, as Chinese is written, one
 * token per CJK character, a run of other characters (a Latin word, a number) kept whole.
 *   splitTokens("le chat noir") -> ["le", "chat", "noir"]
 *   splitTokens("黑猫睡着了") -> ["黑", "猫", "睡", "着", "了"]
 *   splitTokens("我用PyTorch") -> ["我", "用", "PyTorch"]
 *   splitTokens("黑猫 睡着了") -> ["黑猫", "睡着了"]
 */
export function splitTokens(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  if (/\s/u.test(trimmed)) return trimmed.split(/\s+/u);
  return trimmed.match(unspacedTokens) ?? [];
}

/** Splits a sentence into tokens (splitTokens), refusing an empty or over-long one with a message naming which, in the reader's language. */
export function tokenize(text: string, name: "source" | "target", lang: Lang): string[] {
  const words = explorerText[lang];
  const tokens = splitTokens(text);
  if (tokens.length === 0) throw new Error(words.emptySentence[name]);
  if (tokens.length > maxWords) throw new Error(words.longSentence[name](tokens.length, maxWords));
  return tokens;
}

/** A word's seeded vector (dModel): the same word gets the same embedding wherever it appears. */
function embedWord(word: string, dModel: number, seed: number): number[] {
  let hash = seed >>> 0;
  for (const ch of word.toLowerCase()) hash = Math.imul(hash ^ ch.codePointAt(0)!, 2654435761) >>> 0;
  const rng = createRandom(hash);
  return Array.from({ length: dModel }, () => rng.normal());
}

/** Embeddings of the tokens, one row each: (L, dModel). */
function embed(tokens: string[], dModel: number, seed: number): Matrix {
  return matrix(tokens.length, dModel, tokens.flatMap((t) => embedWord(t, dModel, seed))); // (L, dModel)
}

/**
 * The reader's two sentences through multi-head cross-attention with seeded random embeddings and
 * weights. Any refusal (empty or long sentence, heads not dividing d_model) is an Error whose message
 * the figure shows as it is.
 */
export function sentenceExample(s: SentenceSettings, lang: Lang): SentenceExample {
  const source = tokenize(s.source, "source", lang);
  const target = tokenize(s.target, "target", lang);
  const [queryTokens, keyTokens] = s.swap ? [source, target] : [target, source];
  const { params } = multiHeadExample({ dModel: s.dModel, heads: s.heads, seed: s.seed });
  const query = embed(queryTokens, s.dModel, s.seed); // (Lq, dModel)
  const memory = embed(keyTokens, s.dModel, s.seed); // (Lk, dModel)
  return { queryTokens, keyTokens, trace: multiHeadCrossAttention(query, memory, memory, params) };
}
