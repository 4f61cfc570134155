// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import sitemap from "@astrojs/sitemap";
import { normalizeBasePath } from "./src/site/normalizeBasePath.mjs";
import { pagefindIntegration } from "./src/site/pagefindIntegration.mjs";
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
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { strict: "error", throwOnError: true }]],
    }),
  },
  // pagefind indexes the finished HTML in whatever outDir the build wrote; offline comes after it,
  // so the service worker's precache lists the search index too.
  integrations: [mdx(), sitemap(), pagefindIntegration(), offlineIntegration()],
  devToolbar: { enabled: false },
});
