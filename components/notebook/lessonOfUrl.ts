import { editions, langOfPath } from "../../src/i18n/lang";

/**
 * The lesson of a page URL (".../lessons/<slug>/"), which keys the build's notebook per lesson: the
 * slug, after its edition's folder ("zh/masking"), since both editions of a lesson have the same cells.
 */
export function lessonOfUrl(pathname: string): string {
  const slug = pathname.match(/\/lessons\/([^/]+)\/?$/)?.[1];
  return slug === undefined ? pathname : editions[langOfPath(pathname, import.meta.env.BASE_URL)].folder + slug;
}
