import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/**
 * What Pagefind leaves out of every page, whichever component drew it. KaTeX writes each formula
 * three times: MathML with the TeX source as an annotation (`.katex-mathml`, for screen readers) and
 * the visible `.katex-html`; indexing only the visible copy keeps "e−∞=0e^{-\infty} = 0e−∞=0" out of
 * snippets and counts each formula once. Form controls are labels ("Run", "Copy link"), never prose.
 * Regions only a component knows to be output or data (cell output, number tables) carry
 * `data-pagefind-ignore` in that component.
 */
export const searchExclusions = [".katex-mathml", "button", "select", "textarea"];

/**
 * Indexes the built pages in `site` into `<site>/pagefind/`. Pagefind makes one index per `<html lang>`
 * and the browser loads the one of the page it runs on, so the English and Chinese editions are
 * searched apart (no `forceLanguage`, which would merge them).
 * @param {string} site the folder Astro wrote
 * @returns {Promise<{ pages: number, languages: string[] }>}
 */
export async function buildSearchIndex(site) {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: searchExclusions });
    if (!index) throw new Error(errors.join("; "));
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(added.errors.join("; "));
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    // pagefind-entry.json lists the index of each language, as the browser will choose among them.
    const entry = JSON.parse(await readFile(`${site}/pagefind/pagefind-entry.json`, "utf8"));
    return { pages: added.page_count, languages: Object.keys(entry.languages) };
  } catch (error) {
    // A site without search would pass unnoticed, so the build fails instead.
    throw new Error(`pagefind: could not index ${site}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once Astro has written the pages, so
 * every build gets search, including `astro build --outDir somewhere/else`. The index holds paths
 * relative to the site root; the search box adds the base path when it shows results.
 * @returns {import("astro").AstroIntegration}
 */
export function pagefindIntegration() {
  return {
    name: "pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, languages } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages (${languages.join(", ")}) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
