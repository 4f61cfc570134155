import { pageContainsQuery } from "../../src/site/pageContainsQuery";
import { langOfTag } from "../../src/i18n/lang";
import { siteText } from "../../src/i18n/siteText";

/** The part of Pagefind's browser API (`pagefind/pagefind.js`, written by the build) this box uses. */
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(term: string, options?: object, timeoutMs?: number): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}
interface PagefindResult {
  url: string;
  /** The page's indexed text. */
  content: string;
  /** Page text around the hits; Pagefind escapes it and wraps hits in <mark>. */
  excerpt: string;
  meta: { title?: string };
}

/** Results listed at first; the rest wait behind the "more results" button. */
const firstResults = 8;

/** What the box says, in the page's language (src/i18n/siteText.ts). */
const site = siteText[langOfTag(document.documentElement.lang)];
const text = {
  none: site.searchNone,
  found: (count: number, term: string, shown: number) => site.searchFound(count, term, shown, count > firstResults),
  more: site.searchMore,
  unavailable: site.searchUnavailable,
};

/**
 * <search-box>: loads Pagefind on first use from the site's base path, so search works under any
 * sub-path, and lists the pages that contain the query as links, the first 8 and then the rest on
 * request. ArrowDown and ArrowUp move through the results and the "more results" button, Escape
 * closes them. The status line announces the count to screen readers.
 */
class SearchBox extends HTMLElement {
  #pagefind?: Promise<Pagefind>;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>("[data-search-form]")!;
    const input = this.querySelector<HTMLInputElement>("[data-search-input]")!;
    const panel = this.querySelector<HTMLElement>("[data-search-panel]")!;
    const status = this.querySelector<HTMLElement>("[data-search-status]")!;
    const list = this.querySelector<HTMLUListElement>("[data-search-results]")!;
    const more = this.querySelector<HTMLButtonElement>("[data-search-more]")!;
    const base = this.dataset.base ?? import.meta.env.BASE_URL;
    form.hidden = false;

    /** The pages found for the last query, and the query. */
    let found: PagefindResult[] = [];
    let term = "";

    const close = () => {
      panel.hidden = true;
    };
    /** The results and, while shown, the button: what the arrow keys move through. */
    const stops = (): HTMLElement[] => [...list.querySelectorAll<HTMLAnchorElement>("a"), ...(more.hidden ? [] : [more])];

    /** Sets the button and the announced count from what the list shows. */
    const update = () => {
      const shown = list.children.length;
      more.hidden = shown >= found.length;
      more.textContent = text.more(found.length - shown);
      status.textContent = found.length === 0 ? text.none(term) : text.found(found.length, term, shown);
    };

    const run = async () => {
      const query = input.value.trim();
      if (query === "") {
        found = [];
        list.replaceChildren();
        more.hidden = true;
        status.textContent = "";
        return close();
      }
      panel.hidden = false;
      try {
        const pagefind = await this.#load(base);
        const search = await pagefind.debouncedSearch(query, {}, 150);
        if (search === null) return; // a newer keystroke superseded this search
        // Every result's text is loaded (a few kB each, cached by Pagefind) to drop the pages that only
        // match a shortened query word: then the count is true and no result is a stranger.
        const pages = await Promise.all(search.results.map((r) => r.data()));
        if (input.value.trim() !== query) return;
        term = query;
        found = pages.filter((page) => pageContainsQuery(page.content, query, document.documentElement.lang));
        list.replaceChildren(...found.slice(0, firstResults).map(resultItem));
        update();
      } catch (error) {
        found = [];
        list.replaceChildren();
        more.hidden = true;
        status.textContent = text.unavailable(error instanceof Error ? error.message : String(error));
      }
    };

    input.addEventListener("input", run);
    input.addEventListener("focus", () => {
      if (input.value.trim() !== "") panel.hidden = false;
    });
    more.addEventListener("click", () => {
      const added = found.slice(list.children.length).map(resultItem);
      list.append(...added);
      // Focus goes to the first added result before the button disappears, so a keyboard reader
      // goes on where the list grew and focus never falls out of the box (which would close it).
      added[0]?.querySelector("a")?.focus();
      update();
    });
    form.addEventListener("submit", (event) => {
      // Enter opens the best match, as a reader expects from a site search.
      event.preventDefault();
      list.querySelector("a")?.click();
    });
    this.addEventListener("keydown", (event) => {
      const all = stops();
      const at = all.indexOf(document.activeElement as HTMLElement);
      if (event.key === "Escape") {
        close();
        input.focus();
      } else if (event.key === "ArrowDown" && all.length > 0) {
        event.preventDefault();
        all[Math.min(at + 1, all.length - 1)].focus();
      } else if (event.key === "ArrowUp" && at >= 0) {
        event.preventDefault();
        (at === 0 ? input : all[at - 1]).focus();
      }
    });
    this.addEventListener("focusout", (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) close();
    });
  }

  #load(base: string): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      // Pagefind reads <html lang> and loads the index of that language (see src/i18n/lang.ts).
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // The index stores root-relative URLs; the base path makes them right under a sub-path.
      await pagefind.options({ baseUrl: base });
      return pagefind;
    })();
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }
}

/** One result: the page title as a link, then Pagefind's excerpt with the hits marked. */
function resultItem(result: PagefindResult): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement("p");
  excerpt.innerHTML = result.excerpt;
  item.append(link, excerpt);
  return item;
}

if (!customElements.get("search-box")) customElements.define("search-box", SearchBox);
