import { parseHTML } from "linkedom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { editionKey, rememberEdition } from "../../../src/site/rememberEdition";

/**
 * rememberEdition in a linkedom document. The function reads the window's `location` and
 * `localStorage`, which Node lacks: each test gives it its own.
 */
const origin = "https://course.example";
let stored: Map<string, string>;
let replaced: string[];

function visit(url: string, { home = false, referrer = "" } = {}): Document {
  const zh = new URL(url).pathname.startsWith("/c/zh/");
  const twin = zh ? `${origin}/c/` : `${origin}/c/zh/`;
  const { document } = parseHTML(`<!doctype html><html><body><header><a href="${twin}" data-language-switch="${zh ? "en" : "zh"}">${zh ? "English" : "中文"}</a></header>
    <main>${home ? "<section data-home></section>" : ""}</main></body></html>`);
  Object.defineProperty(document, "referrer", { value: referrer });
  const at = new URL(url);
  vi.stubGlobal("location", { origin: at.origin, search: at.search, hash: at.hash, href: at.href, replace: (to: string) => replaced.push(to) });
  rememberEdition(document as unknown as Document);
  return document as unknown as Document;
}

const link = (doc: Document) => doc.querySelector<HTMLAnchorElement>("a[data-language-switch]")!;
const click = (doc: Document) => link(doc).dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event("click"));

beforeEach(() => {
  stored = new Map();
  replaced = [];
  vi.stubGlobal("localStorage", { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v), removeItem: (k: string) => stored.delete(k) });
});
afterEach(() => vi.unstubAllGlobals());

describe("rememberEdition(document)", () => {
  it("on a click, stores the chosen edition and gives the switch the page's query and fragment", () => {
    const doc = visit(`${origin}/c/lessons/masking/?step=5#stepper`);
    click(doc);
    expect(stored.get(editionKey)).toBe("zh");
    expect(link(doc).getAttribute("href")).toBe(`${origin}/c/zh/?step=5#stepper`);
  });

  it("sends a reader who chose Chinese and arrives at the English home page from outside to the Chinese home page", () => {
    stored.set(editionKey, "zh");
    visit(`${origin}/c/`, { home: true, referrer: "https://search.example/?q=attention" });
    expect(replaced).toEqual([`${origin}/c/zh/`]);
  });

  it("stays on the English home page when the reader came from a page of the site, has chosen English, or chose nothing", () => {
    stored.set(editionKey, "zh");
    visit(`${origin}/c/`, { home: true, referrer: `${origin}/c/zh/lessons/masking/` });
    stored.set(editionKey, "en");
    visit(`${origin}/c/`, { home: true });
    stored.clear();
    visit(`${origin}/c/`, { home: true });
    expect(replaced).toEqual([]);
  });

  it("leaves a lesson page where it is even when the other edition was chosen: only home pages redirect", () => {
    stored.set(editionKey, "zh");
    visit(`${origin}/c/lessons/masking/`);
    expect(replaced).toEqual([]);
  });
});
