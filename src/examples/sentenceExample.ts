import { createRandom, matrix, multiHeadCrossAttention, type Matrix, type MultiHeadTrace } from "../core";
import { multiHeadExample } from "./multiHeadExample";

/** Longest sentence the explorer takes: Lq, Lk <= 16 keep every figure readable and redrawn within a frame. */
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

/** Splits a sentence on spaces, refusing an empty or over-long one with a message naming which. */
export function tokenize(text: string, name: string): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) throw new Error(`The ${name} sentence is empty; type at least one word.`);
  if (words.length > maxWords) throw new Error(`The ${name} sentence has ${words.length} words; this figure takes at most ${maxWords}. Shorten it.`);
  return words;
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
export function sentenceExample(s: SentenceSettings): SentenceExample {
  const source = tokenize(s.source, "source");
  const target = tokenize(s.target, "target");
  const [queryTokens, keyTokens] = s.swap ? [source, target] : [target, source];
  const { params } = multiHeadExample({ dModel: s.dModel, heads: s.heads, seed: s.seed });
  const query = embed(queryTokens, s.dModel, s.seed); // (Lq, dModel)
  const memory = embed(keyTokens, s.dModel, s.seed); // (Lk, dModel)
  return { queryTokens, keyTokens, trace: multiHeadCrossAttention(query, memory, memory, params) };
}
