/**
 * The editions of the site: the folder each lives in (after the base path) and the BCP 47 tag of
 * its pages. English is at today's addresses; Simplified Chinese under `zh/`.
 */
const editions = [
  { folder: "zh/", lang: "zh-Hans" },
  { folder: "", lang: "en" },
] as const;

/**
 * The language of the page at `pathname`, for `<html lang>`: from the edition folder it sits in
 * under the site's `base`. That one attribute decides everything language-dependent in search:
 * Pagefind indexes each language apart (and segments Chinese into words) and, in the browser, loads
 * the index of the page's own language.
 *   pageLanguage("/course/zh/lessons/masking/", "/course/") -> "zh-Hans"
 */
export function pageLanguage(pathname: string, base: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  // A path outside the base (Astro's 404 page is rendered as "/404") belongs to the default edition.
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : "";
  return editions.find((edition) => `${rest}/`.startsWith(edition.folder))!.lang;
}
