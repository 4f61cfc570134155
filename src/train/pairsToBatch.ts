import type { Seq2SeqBatch } from "../model";
import type { TranslationPair } from "./translationGrammar";
import { BOS, EOS, PAD, type Vocabulary } from "./translationVocabulary";

/**
 * Sentence pairs as one padded batch: English ids as the source; the French ids shifted right
 * after <bos> as the decoder input (teacher forcing) and followed by <eos> as what each position
 * must predict; every row padded with <pad> to the batch's longest.
 */
export function pairsToBatch(pairs: readonly TranslationPair[], english: Vocabulary, french: Vocabulary): Seq2SeqBatch {
  const Ls = Math.max(...pairs.map((p) => p.english.length));
  const Lt = Math.max(...pairs.map((p) => p.french.length)) + 1;
  const pad = (ids: number[], length: number) => [...ids, ...new Array<number>(length - ids.length).fill(PAD)];
  return {
    srcIds: pairs.map((p) => pad(p.english.map((w) => english.id(w)), Ls)),
    tgtIn: pairs.map((p) => pad([BOS, ...p.french.map((w) => french.id(w))], Lt)),
    tgtOut: pairs.map((p) => pad([...p.french.map((w) => french.id(w)), EOS], Lt)),
  };
}
