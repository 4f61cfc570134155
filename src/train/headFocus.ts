import type { CrossAttentionMaps } from "./crossAttentionMaps";
import { ARTICLES } from "./translationGrammar";
import type { TranslationPair } from "./translationGrammar";

/** Where one attention pattern (a head, or the heads' mean) looks, over many pairs. */
export interface Focus {
  /** The share of French words whose most-attended English word is the one they translate (1 - AER). */
  aligned: number;
  /** The share of French articles whose most-attended English word is their noun, the word that decides the article's gender. */
  articleToNoun: number;
  /** The share of French articles whose most-attended English word is the English article they translate. */
  articleToArticle: number;
}

const argmax = (row: readonly number[]) => row.reduce((best, x, s) => (x > row[best] ? s : best), 0);

/**
 * What each head of the last decoder layer attends to, and the heads' mean: how often it points
 * at the true alignment, and, for articles, whether it points at the English article or at the
 * noun that comes after it. A head can be useful without pointing where the alignment says.
 */
export function headFocus(items: readonly { pair: TranslationPair; maps: CrossAttentionMaps }[]): { heads: Focus[]; mean: Focus } {
  const heads = items[0].maps.heads.length;
  const patterns = heads + 1; // each head, then the mean
  const counts = Array.from({ length: patterns }, () => ({ aligned: 0, articleToNoun: 0, articleToArticle: 0 }));
  let words = 0;
  let articles = 0;
  for (const { pair, maps } of items) {
    pair.french.forEach((_, t) => {
      const rows = [...maps.heads.map((h) => h[t]), pair.english.map((__, s) => maps.heads.reduce((sum, h) => sum + h[t][s], 0) / heads)];
      const isArticle = pair.english[pair.alignment[t]] in ARTICLES;
      words += 1;
      if (isArticle) articles += 1;
      rows.forEach((row, p) => {
        const top = argmax(row);
        if (top === pair.alignment[t]) counts[p].aligned += 1;
        if (isArticle && top === pair.alignment[t + 1]) counts[p].articleToNoun += 1;
        if (isArticle && top === pair.alignment[t]) counts[p].articleToArticle += 1;
      });
    });
  }
  const shares = counts.map((c) => ({ aligned: c.aligned / words, articleToNoun: c.articleToNoun / articles, articleToArticle: c.articleToArticle / articles }));
  return { heads: shares.slice(0, heads), mean: shares[heads] };
}
