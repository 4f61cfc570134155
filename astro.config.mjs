// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import sitemap from "@astrojs/sitemap";
import { normalizeBasePath } from "./src/site/normalizeBasePath.mjs";
import { pagefindIntegration } from "./src/site/pagefindIntegration.mjs";
import { remarkKeepExpressionIndent } from "./src/site/remarkKeepExpressionIndent.mjs";
import { cellTypesPlugin } from "./src/site/cellTypesPlugin.mjs";
import { rehypeGlossaryLinks } from "./src/site/rehypeGlossaryLinks.ts";
import { rehypePaperLinks } from "./src/site/rehypePaperLinks.ts";
import { rehypeScrollTables } from "./src/site/rehypeScrollTables.ts";
import { linkTerms, notTerms } from "./src/site/glossary.ts";
import { offlineIntegration } from "./src/site/offlineIntegration.mjs";

export default defineConfig({
  // The public origin, for the sitemap's absolute URLs: SITE_URL=https://you.github.io npm run build.
  site: process.env.SITE_URL || "https://example.org",
  // BASE_PATH=/courses/attention/ npm run build: every link, asset and worker URL follows it.
  base: normalizeBasePath(process.env.BASE_PATH),
  // Directory-style URLs work on every static host (GitHub Pages, Netlify, a plain web folder).
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: {
    // KaTeX runs here, at build time: the browser gets typeset HTML plus KaTeX's CSS and fonts only.
    // remark/rehype plugins need the unified processor (Astro 7's default is Sätteri); MDX inherits it.
    processor: unified({
      // remarkKeepExpressionIndent: cell and exercise code keeps its indentation (MDX strips two spaces a line).
      remarkPlugins: [remarkMath, remarkKeepExpressionIndent],
      rehypePlugins: [
        [rehypeKatex, { strict: "error", throwOnError: true }],
        // After KaTeX, so typeset math is recognised and left alone. Lessons live at lessons/<id>/ and
        // zh/lessons/<id>/, two folders below their edition's glossary, under any base path.
        [
          rehypeGlossaryLinks,
          {
            editions: {
              en: { terms: linkTerms("en"), notTerms: notTerms.en, references: "References" },
              zh: { terms: linkTerms("zh"), notTerms: notTerms.zh, references: "参考文献" },
            },
            href: (/** @type {string} */ id) => `../../glossary/#${id}`,
          },
        ],
        rehypePaperLinks,
        rehypeScrollTables,
      ],
    }),
  },
  // pagefind indexes the finished HTML in whatever outDir the build wrote; offline comes after it,
  // so the service worker's precache lists the search index too.
  integrations: [mdx(), sitemap(), pagefindIntegration(), offlineIntegration()],
  devToolbar: { enabled: false },
  // The cell type checker's declarations (core, cell globals, libraries), made from the sources.
  vite: {
    plugins: [cellTypesPlugin(fileURLToPath(new URL(".", import.meta.url)))],
    worker: { plugins: () => [cellTypesPlugin(fileURLToPath(new URL(".", import.meta.url)))] },
  },
});
