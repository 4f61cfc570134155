/**
 * Prefixes a site path with the configured base (BASE_PATH at build time), so every link works
 * when the site is hosted under a sub-path. `withBase("lessons/x/")` -> "/course/lessons/x/".
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\/+/, "")}`;
}
