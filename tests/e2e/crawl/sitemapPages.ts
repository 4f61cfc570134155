/**
 * The page URLs listed by the site's sitemap-index.xml, moved onto the local server's origin
 * (the sitemap carries SITE_URL's), so the crawl also visits pages nothing links to.
 */
export async function sitemapPages(root: string): Promise<string[]> {
  const locs = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`sitemap: ${url} answered HTTP ${response.status}`);
    return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  };
  const origin = new URL(root).origin;
  const pages: string[] = [];
  for (const sitemap of await locs(new URL("sitemap-index.xml", root).href)) {
    for (const loc of await locs(new URL(new URL(sitemap).pathname, origin).href)) {
      const { pathname, search } = new URL(loc);
      pages.push(new URL(pathname + search, origin).href);
    }
  }
  return pages;
}
