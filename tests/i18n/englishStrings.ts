/**
 * The English strings a Chinese page must not show: every `en` value of an interface text table
 * (`src/i18n/*Text.ts`, `Record<Lang, T>`) whose `zh` differs. Strings with parameters are functions:
 * they are called with sample arguments and give the English pieces between the arguments.
 */
export interface EnglishString {
  /** Where it comes from: "siteText.searchNone". */
  source: string;
  text: string;
}

/** A value counts as English when it holds a Latin word of three letters or more. */
const englishWord = /[A-Za-z]{3,}/;
/**
 * Notation, the same in every edition: names joined by operators ("Lq × d_model", "kdim = vdim"),
 * acronyms ("AER", "RMS") and the names of operations ("LayerNorm", "Concat").
 */
const notation = /^(?:[A-Za-z_][\w.]*(\s*[=×·+\-−/]\s*[A-Za-z_][\w.]*)+|[A-Z]{2,}|[A-Z][a-z]+(?:[A-Z][a-z]*)+)$/;
/** Sample arguments: numbers read as counts (7 takes plural branches), strings as names. */
const samples = [7, "7"] as const;

/**
 * The English pieces of `text`: around the sample arguments and inline `code`, trimmed of
 * punctuation. A lone lowercase word cut out of a longer string ("about" from "about 7 min") is too
 * common to stand for the string, so it is left out.
 */
function pieces(text: string, split: RegExp): string[] {
  const parts = text.split(split).map((piece) => piece.replace(/\s+/g, " ").replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, ""));
  return parts.filter((piece) => englishWord.test(piece) && !notation.test(piece) && (parts.length === 1 || /\s|^[A-Z]/.test(piece)));
}

function callWithSamples(fn: (...args: unknown[]) => unknown): { en: unknown; sample: string } | undefined {
  for (const sample of samples) {
    try {
      return { en: fn(...Array<unknown>(Math.max(fn.length, 4)).fill(sample)), sample: String(sample) };
    } catch {
      // The function wants other arguments; try the next sample.
    }
  }
  return undefined;
}

/** The English strings of one table, walking `en` and `zh` side by side (strings, functions, arrays, objects). */
export function englishStrings(name: string, table: { en: unknown; zh: unknown }): EnglishString[] {
  const found: EnglishString[] = [];
  const walk = (en: unknown, zh: unknown, source: string, split: RegExp) => {
    if (typeof en === "string") {
      if (en !== zh) for (const text of pieces(en, split)) found.push({ source, text });
    } else if (typeof en === "function") {
      const called = callWithSamples(en as (...args: unknown[]) => unknown);
      const zhCalled = typeof zh === "function" ? callWithSamples(zh as (...args: unknown[]) => unknown) : undefined;
      if (called && called.en !== zhCalled?.en) {
        for (const text of pieces(String(called.en), new RegExp(`${called.sample}|\`[^\`]*\``))) found.push({ source, text });
      }
    } else if (Array.isArray(en)) {
      en.forEach((item, i) => walk(item, Array.isArray(zh) ? zh[i] : undefined, `${source}[${i}]`, split));
    } else if (en && typeof en === "object") {
      for (const [key, value] of Object.entries(en)) walk(value, zh && typeof zh === "object" ? (zh as Record<string, unknown>)[key] : undefined, `${source}.${key}`, split);
    }
  };
  walk(table.en, table.zh, name, /`[^`]*`/);
  return found;
}

/** The text tables among a module's exports: objects with an `en` and a `zh` object. */
export function textTables(exports: Record<string, unknown>): [string, { en: unknown; zh: unknown }][] {
  return Object.entries(exports).filter((entry): entry is [string, { en: unknown; zh: unknown }] => {
    const value = entry[1] as { en?: unknown; zh?: unknown } | null;
    return typeof value === "object" && value !== null && typeof value.en === "object" && typeof value.zh === "object";
  });
}
