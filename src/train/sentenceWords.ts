import { AttentionError } from "../core";
import type { Lang } from "../i18n/lang";
import { trainerText } from "../i18n/trainerText";
import type { Vocabulary } from "./translationVocabulary";

/** The most words a typed sentence may have: the grammar's longest is 7, so this leaves room to experiment. */
export const MAX_SENTENCE_WORDS = 12;

/**
 * The words of a sentence a reader typed, as the vocabulary spells them: lower case, split on
 * spaces, with punctuation around words dropped. Refuses an empty or over-long sentence, and names
 * every word outside the vocabulary with the list of known words, so the reader can fix them all
 * at once, in the reader's `lang`. `side` says which language's vocabulary `vocab` is.
 */
export function sentenceWords(text: string, vocab: Vocabulary, side: "english" | "french", lang: Lang): string[] {
  const say = trainerText[lang];
  const sideName = say.side[side];
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}<>]+|[^\p{L}\p{N}<>]+$/gu, ""))
    .filter((w) => w.length > 0);
  if (words.length === 0) throw new AttentionError("translate", say.noWords(sideName));
  if (words.length > MAX_SENTENCE_WORDS) throw new AttentionError("translate", say.tooManyWords(words.length, MAX_SENTENCE_WORDS));
  const unknown = [...new Set(words.filter((w) => !vocab.has(w)))];
  if (unknown.length > 0) {
    throw new AttentionError("translate", say.unknownWords(unknown, sideName, vocab.words.filter((w) => vocab.has(w))));
  }
  return words;
}
