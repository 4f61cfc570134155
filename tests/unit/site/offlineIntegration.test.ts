import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { devServiceWorker, offlineIntegration, writeServiceWorker } from "../../../src/site/offlineIntegration.mjs";
import { precacheList } from "../../../src/site/precacheList";

let site: string | undefined;
afterEach(async () => {
  if (site) await rm(site, { recursive: true, force: true });
  site = undefined;
});

/** A build folder with one file per kind the real build writes. */
async function fakeBuild(files: Record<string, string | Buffer>): Promise<string> {
  site = await mkdtemp(join(tmpdir(), "offline-"));
  for (const [path, body] of Object.entries(files)) {
    await mkdir(dirname(join(site, path)), { recursive: true });
    await writeFile(join(site, path), body);
  }
  return site;
}

describe("writeServiceWorker", () => {
  it("writeServiceWorker(site, base) precaches pages, assets, fonts and the search index under base, and leaves out what no reader loads", async () => {
    const dir = await fakeBuild({
      "index.html": "<h1>home</h1>",
      "lessons/scores/index.html": "<h1>scores</h1>",
      "404.html": "<h1>not found</h1>",
      "manifest.webmanifest": "{}",
      "favicon.svg": "<svg/>",
      "icons/icon-192.png": Buffer.from([137, 80, 78, 71]),
      "_astro/lessons.AbC123.css": "h1{}",
      "_astro/worker-D1vVAlRA.js": "self.x=1",
      "_astro/KaTeX_Main-Regular.B22N.woff2": "w2",
      "_astro/KaTeX_Main-Regular.Dr94.woff": "w1",
      "_astro/KaTeX_Main-Regular.ypZv.ttf": "tt",
      "pagefind/pagefind.js": "export {}",
      "pagefind/pagefind-worker.js": "",
      "pagefind/pagefind-entry.json": "{}",
      "pagefind/wasm.en.pagefind": "wasm",
      "pagefind/pagefind.en_d22d45e77c.pf_meta": "m",
      "pagefind/index/en_804c903.pf_index": "i",
      "pagefind/fragment/en_13b5e28.pf_fragment": "f",
      "pagefind/pagefind-ui.js": "ui",
      "pagefind/pagefind-component-ui.css": "ui",
      "pagefind/pagefind-highlight.js": "hl",
      "sitemap-0.xml": "<urlset/>",
    });
    const result = await writeServiceWorker(dir, "/course/x/");
    const worker = await readFile(join(dir, "sw.js"), "utf8");
    const list = precacheList(worker);
    expect([...list.keys()].sort()).toEqual(
      [
        "index.html", "lessons/scores/index.html", "404.html", "manifest.webmanifest", "favicon.svg", "icons/icon-192.png",
        "_astro/lessons.AbC123.css", "_astro/worker-D1vVAlRA.js", "_astro/KaTeX_Main-Regular.B22N.woff2",
        "pagefind/pagefind.js", "pagefind/pagefind-worker.js", "pagefind/pagefind-entry.json", "pagefind/wasm.en.pagefind",
        "pagefind/pagefind.en_d22d45e77c.pf_meta", "pagefind/index/en_804c903.pf_index", "pagefind/fragment/en_13b5e28.pf_fragment",
      ].map((path) => `/course/x/${path}`).sort(),
    );
    // Content-hashed names need no revision; every other file carries the hash of its content.
    expect(list.get("/course/x/_astro/worker-D1vVAlRA.js")).toBeNull();
    expect(list.get("/course/x/pagefind/index/en_804c903.pf_index")).toBeNull();
    expect(list.get("/course/x/lessons/scores/index.html")).toMatch(/^[0-9a-f]{32}$/);
    expect(list.get("/course/x/pagefind/wasm.en.pagefind")).toMatch(/^[0-9a-f]{32}$/);
    // The reader decides when a new version takes over: skipWaiting only on the page's message.
    expect(worker).toContain("SKIP_WAITING");
    expect(result).toEqual({ count: 16, bytes: expect.any(Number), workerBytes: Buffer.byteLength(worker) });
    expect(result.bytes).toBeGreaterThan(0);

    // A changed lesson changes its revision and nothing else.
    await writeFile(join(dir, "lessons/scores/index.html"), "<h1>scores, revised</h1>");
    await writeServiceWorker(dir, "/course/x/");
    const next = precacheList(await readFile(join(dir, "sw.js"), "utf8"));
    const changed = [...list.keys()].filter((url) => list.get(url) !== next.get(url));
    expect(changed).toEqual(["/course/x/lessons/scores/index.html"]);
  }, 120_000);

  it("writeServiceWorker(site, base) fails the build when a file is too large to precache, naming it", async () => {
    // Over the 8 MB limit (the type checker and the course document, about 4 MB each, are under it).
    const dir = await fakeBuild({ "index.html": "<h1>home</h1>", "_astro/huge.AbC.js": Buffer.alloc(8.5 * 1024 * 1024, 32) });
    await expect(writeServiceWorker(dir, "/")).rejects.toThrow(/service worker: .*huge\.AbC\.js/);
  }, 120_000);
});

describe("offlineIntegration", () => {
  it("offlineIntegration() serves the self-removing worker at <base>sw.js on the dev server and passes every other request on", () => {
    const hooks = offlineIntegration().hooks as Record<string, (options: unknown) => void>;
    hooks["astro:config:done"]({ config: { base: "/course" } });
    let middleware: ((request: { url: string; originalUrl: string }, response: unknown, next: () => void) => void) | undefined;
    hooks["astro:server:setup"]({ server: { middlewares: { use: (handler: typeof middleware) => (middleware = handler) } } });
    const sent: { headers: Record<string, string>; body?: string } = { headers: {} };
    const response = { setHeader: (name: string, value: string) => (sent.headers[name] = value), end: (body: string) => (sent.body = body) };
    let passed = 0;
    // Astro's dev server has taken the base path off url by then; originalUrl keeps it.
    middleware!({ url: "/sw.js?v=1", originalUrl: "/course/sw.js?v=1" }, response, () => passed++);
    expect(sent.body).toBe(devServiceWorker);
    expect(sent.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(passed).toBe(0);
    middleware!({ url: "/lessons/scores/", originalUrl: "/course/lessons/scores/" }, response, () => passed++);
    middleware!({ url: "/sw.js", originalUrl: "/sw.js" }, response, () => passed++);
    expect(passed).toBe(2);
  });
});
