/** The part of Pagefind's browser API (`pagefind/pagefind.js`, written by the build) this box uses. */
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(term: string, options?: object, timeoutMs?: number): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}
interface PagefindResult {
  url: string;
  /** Page text around the hits; Pagefind escapes it and wraps hits in <mark>. */
  excerpt: string;
  meta: { title?: string };
}

const maxResults = 8;

/**
 * <search-box>: loads Pagefind on first use from the site's base path, so search works under any
 * sub-path, and lists matching pages as links. ArrowDown moves into the results, Escape closes them.
 */
class SearchBox extends HTMLElement {
  #pagefind?: Promise<Pagefind>;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>("[data-search-form]")!;
    const input = this.querySelector<HTMLInputElement>("[data-search-input]")!;
    const panel = this.querySelector<HTMLElement>("[data-search-panel]")!;
    const status = this.querySelector<HTMLElement>("[data-search-status]")!;
    const list = this.querySelector<HTMLUListElement>("[data-search-results]")!;
    const base = this.dataset.base ?? import.meta.env.BASE_URL;
    form.hidden = false;

    const close = () => {
      panel.hidden = true;
    };
    const links = () => [...list.querySelectorAll<HTMLAnchorElement>("a")];

    const run = async () => {
      const term = input.value.trim();
      if (term === "") {
        list.replaceChildren();
        status.textContent = "";
        return close();
      }
      panel.hidden = false;
      try {
        const pagefind = await this.#load(base);
        const search = await pagefind.debouncedSearch(term, {}, 150);
        if (search === null) return; // a newer keystroke superseded this search
        const results = await Promise.all(search.results.slice(0, maxResults).map((r) => r.data()));
        if (input.value.trim() !== term) return;
        list.replaceChildren(...results.map(resultItem));
        const count = search.results.length;
        status.textContent = count === 0 ? `No pages mention “${term}”.` : `${count} ${count === 1 ? "page" : "pages"} for “${term}”${count > maxResults ? `, the first ${maxResults} shown` : ""}.`;
      } catch (error) {
        list.replaceChildren();
        status.textContent = `Search is not available here: ${error instanceof Error ? error.message : String(error)}. The index is made by \`npm run build\`; \`npm start\` (the dev server) has none.`;
      }
    };

    input.addEventListener("input", run);
    input.addEventListener("focus", () => {
      if (input.value.trim() !== "") panel.hidden = false;
    });
    form.addEventListener("submit", (event) => {
      // Enter opens the best match, as a reader expects from a site search.
      event.preventDefault();
      links()[0]?.click();
    });
    this.addEventListener("keydown", (event) => {
      const all = links();
      const at = all.indexOf(document.activeElement as HTMLAnchorElement);
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
