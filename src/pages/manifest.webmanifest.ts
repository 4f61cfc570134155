// The web app manifest: lets a reader install the course (it then opens in its own window and,
// with the service worker, works offline). start_url, scope and icons follow BASE_PATH.
import type { APIRoute } from "astro";
import { siteIdentity } from "../site/siteIdentity";
import { withBase } from "../site/withBase";

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        id: withBase(""),
        name: siteIdentity.title,
        short_name: siteIdentity.shortName,
        description: siteIdentity.description,
        lang: "en",
        start_url: withBase(""),
        scope: withBase(""),
        display: "standalone",
        background_color: "#ffffff",
        theme_color: siteIdentity.themeColor,
        icons: [
          { src: withBase("favicon.svg"), sizes: "any", type: "image/svg+xml" },
          { src: withBase("icons/icon-192.png"), sizes: "192x192", type: "image/png" },
          { src: withBase("icons/icon-512.png"), sizes: "512x512", type: "image/png" },
          { src: withBase("icons/maskable-512.png"), sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      null,
      2,
    ),
    { headers: { "content-type": "application/manifest+json" } },
  );
