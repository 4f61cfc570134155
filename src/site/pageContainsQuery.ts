/**
 * Whether a page's indexed text really holds every word of a search query, so the search box lists
 * only such pages. Pagefind 1.x retries a word found on no page with ever shorter prefixes of it and
 * has no switch to stop that (pagefind issues #599, #780): "qwzxplk" finds every page with a "q".
 *
 * A query word counts as present when a word of the page
 *   - begins with it: the reader may still be typing ("atten" finds "attention"), or
 *   - in English, is another form of it: the same stem of 3 or more letters before a plural or verb
 *     ending ("queries" and "query", "masked" and "masking", "stopped" and "stop"), as Pagefind's
 *     stemming matches them.
 * In languages written without spaces (Chinese, Japanese, Thai) Pagefind cuts the query into words;
 * each must then appear in the page's text as written.
 *
 * Words are compared as Pagefind compares them: lower case, accents dropped, punctuation removed
 * (so "cross-attention" is "crossattention"); the page's "cross-attention" and
 * "scaledDotProductAttention" also offer their parts ("attention").
 *   pageContainsQuery("Masking writes −∞ into each blocked score.", "masked scores", "en") -> true
 */
export function pageContainsQuery(content: string, query: string, language: string): boolean {
  const terms = queryWords(query, language);
  if (terms.length === 0) return false;
  if (isUnspaced(language)) {
    const text = fold(content.replace(/\s+/g, ""));
    return terms.every((term) => text.includes(term));
  }
  const words = pageWords(content);
  const english = primaryLanguage(language) === "en";
  return terms.every((term) => {
    const stems = english ? new Set(englishStems(term)) : undefined;
    for (const word of words) {
      if (word.startsWith(term)) return true;
      if (stems && englishStems(word).some((stem) => stems.has(stem))) return true;
    }
    return false;
  });
}

/** Endings after which two English words are one word: plurals, third person, past, -ing. */
const englishEndings = ["", "s", "es", "ies", "y", "e", "d", "ed", "ied", "ing"];
/** Endings that double the stem's last consonant first ("stop" -> "stopped", "stopping"). */
const doublingEndings = ["ed", "ing", "er"];

/** The stems of 3 or more letters that `word` is, followed by one English ending. */
function englishStems(word: string): string[] {
  const stems: string[] = [];
  for (const ending of englishEndings) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) stems.push(word.slice(0, word.length - ending.length));
  }
  for (const ending of doublingEndings) {
    const stem = word.slice(0, word.length - ending.length - 1);
    if (word.endsWith(ending) && stem.length >= 3 && word.at(-ending.length - 1) === stem.at(-1)) stems.push(stem);
  }
  return stems;
}

/** The query's words as Pagefind searches them. */
function queryWords(query: string, language: string): string[] {
  let text = query;
  if (isUnspaced(language) && typeof Intl.Segmenter === "function") {
    const segmenter = new Intl.Segmenter(language, { granularity: "word" });
    text = Array.from(segmenter.segment(query), (s) => s.segment).join(" ");
  }
  return text.split(/\s+/).map(normalize).filter((word) => word !== "");
}

/** Every word of the page text as Pagefind indexes it, with the parts of compound words. */
function pageWords(content: string): Set<string> {
  const words = new Set<string>();
  for (const chunk of content.split(/\s+/)) {
    words.add(normalize(chunk));
    for (const part of chunk.split(/[^\p{L}\p{N}]+/u)) {
      words.add(fold(part));
      for (const piece of part.split(/(?<=\p{Ll})(?=\p{Lu})/u)) words.add(fold(piece));
    }
  }
  words.delete("");
  return words;
}

/** Punctuation Pagefind removes from words before indexing and searching: dashes, brackets, quotes, others. */
const punctuation = /[\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}]/gu;

function normalize(word: string): string {
  return fold(word.replace(punctuation, ""));
}

/** Lower case without accents; the Japanese voicing marks stay, as they change the letter. */
function fold(text: string): string {
  const stripped = text.toLocaleLowerCase().normalize("NFD").replace(/(?![\u3099\u309A])\p{M}/gu, "");
  return stripped.normalize("NFC");
}

function primaryLanguage(language: string): string {
  return language.split("-")[0].toLowerCase();
}

/** Languages that Pagefind segments into words, as they put no spaces between them. */
function isUnspaced(language: string): boolean {
  return ["zh", "ja", "th"].includes(primaryLanguage(language));
}
