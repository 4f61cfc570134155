/** The lesson slug of a page URL (".../lessons/<slug>/"), which keys the build's notebook per lesson. */
export function lessonOfUrl(pathname: string): string {
  return pathname.match(/\/lessons\/([^/]+)\/?$/)?.[1] ?? pathname;
}
