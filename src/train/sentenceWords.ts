import { AttentionError } from "../core";
import type { Side } from "../core/errorMessages";
import type { Vocabulary } from "./translationVocabulary";

/** The most words a typed sentence may have: the grammar's longest is 7, so this leaves room to experiment. */
export const MAX_SENTENCE_WORDS = 12;

/**
 * The words of a sentence a reader typed, as the vocabulary spells them: lower case, split on
 * spaces, with punctuation around words dropped. Refuses an empty or over-long sentence, and names
 * every word outside the vocabulary with the list of known words, so the reader can fix them all
 * at once (attentionErrorText says it in the reader's language). `side` says which language's
 * vocabulary `vocab` is.
 */
export function sentenceWords(text: string, vocab: Vocabulary, side: Side): string[] {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}<>]+|[^\p{L}\p{N}<>]+$/gu, ""))
    .filter((w) => w.length > 0);
  if (words.length === 0) throw new AttentionError("translate", { code: "noWords", params: { side } });
  if (words.length > MAX_SENTENCE_WORDS) throw new AttentionError("translate", { code: "tooManyWords", params: { words: words.length, max: MAX_SENTENCE_WORDS } });
  const unknown = [...new Set(words.filter((w) => !vocab.has(w)))];
  if (unknown.length > 0) {
    throw new AttentionError("translate", { code: "unknownWords", params: { unknown, side, known: vocab.words.filter((w) => vocab.has(w)) } });
  }
  return words;
}
