import { AttentionError } from "../core";
import type { Side } from "../core/errorMessages";

/** The special tokens, the same ids on both sides: padding, begin and end of a sentence. */
export const PAD = 0;
export const BOS = 1;
export const EOS = 2;
const SPECIALS = ["<pad>", "<bos>", "<eos>"];

/** A word list with ids; ids 0-2 are <pad>, <bos> and <eos>. */
export interface Vocabulary {
  readonly words: readonly string[];
  /** The id of a word; refuses a word outside the vocabulary, naming it and listing the known words. */
  id(word: string): number;
  has(word: string): boolean;
}

/** A vocabulary of the special tokens followed by `words` in the order given. */
export function vocabulary(words: readonly string[], side: Side): Vocabulary {
  const all = [...SPECIALS, ...words];
  const ids = new Map(all.map((w, i) => [w, i]));
  if (ids.size !== all.length) throw new AttentionError("vocabulary", { code: "repeatedWord", params: { side } });
  return {
    words: all,
    has: (word) => ids.has(word) && !SPECIALS.includes(word),
    id(word) {
      const id = ids.get(word);
      if (id === undefined || SPECIALS.includes(word)) {
        throw new AttentionError("vocabulary", { code: "notInVocabulary", params: { word, side, words: [...words] } });
      }
      return id;
    },
  };
}
