/**
 * The site's editions. English lives at today's addresses, Simplified Chinese under `zh/`; every
 * page exists in both (a parity test holds lessons together). `tag` is the page's `<html lang>`,
 * which also makes Pagefind index each edition apart and segment Chinese into words.
 */
export const editions = {
  en: { folder: "", tag: "en", name: "English" },
  zh: { folder: "zh/", tag: "zh-Hans", name: "简体中文" },
} as const;

export type Lang = keyof typeof editions;
export const languages = Object.keys(editions) as Lang[];

/** Route parameters for a page in every edition: `src/pages/[...lang]/` gives "" and "zh/". */
export const editionParams = languages.map((lang) => ({ lang: editions[lang].folder.replace(/\/$/, "") || undefined }));

/** The edition a `[...lang]` route parameter names. */
export function langOfParam(param: string | undefined): Lang {
  const lang = languages.find((l) => editions[l].folder === (param ? `${param}/` : ""));
  if (!lang) throw new Error(`lang: no edition lives in "${param}/"; use one of ${languages.map((l) => `"${editions[l].folder}"`).join(", ")}`);
  return lang;
}

/** The site path without the base, e.g. "zh/lessons/masking/" under base "/course/". */
function pathInSite(pathname: string, base: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  // A path outside the base (Astro renders the 404 page as "/404") belongs to the default edition.
  return pathname.startsWith(root) ? pathname.slice(root.length) : "";
}

/**
 * The edition of the page at `pathname` under the site's `base`.
 *   langOfPath("/course/zh/lessons/masking/", "/course/") -> "zh"
 */
export function langOfPath(pathname: string, base: string): Lang {
  const rest = `${pathInSite(pathname, base)}/`;
  return languages.find((lang) => editions[lang].folder !== "" && rest.startsWith(editions[lang].folder)) ?? "en";
}

/** `path` (a site path without the base, "" for home) in the edition `lang`: inLang("zh", "glossary/") -> "zh/glossary/". */
export function inLang(lang: Lang, path: string): string {
  return editions[lang].folder + path;
}

/**
 * The same page in the edition `lang`, as a site path without the base: the language switch's target.
 *   twinPath("/course/lessons/masking/", "/course/", "zh") -> "zh/lessons/masking/"
 */
export function twinPath(pathname: string, base: string, lang: Lang): string {
  const path = pathInSite(pathname, base);
  const from = editions[langOfPath(pathname, base)].folder;
  return inLang(lang, path.slice(from.length));
}

/** The edition whose `<html lang>` tag is `tag` (what an island reads from its page); English otherwise. */
export function langOfTag(tag: string): Lang {
  return languages.find((lang) => editions[lang].tag === tag) ?? "en";
}
