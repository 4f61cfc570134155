import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

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
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join("; "));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join("; "));
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join("; "));
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } catch (error) {
          // A site without search would pass unnoticed, so the build fails instead.
          throw new Error(`pagefind: could not index ${site}: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
