import { langOfPath, type Lang } from "./lang";

/** The edition of the page being rendered, from its URL under the site's base: `pageLang(Astro.url)`. */
export function pageLang(url: URL): Lang {
  return langOfPath(url.pathname, import.meta.env.BASE_URL);
}
