import { figureFailureText } from "../i18n/figureFailureText";
import { langOfTag } from "../i18n/lang";

/** What an island module exports: wire a server-rendered root element to the core and the plots. */
export interface IslandModule {
  mount(root: HTMLElement): void | Promise<void>;
}

/**
 * Registers a custom element that loads its island code only when it scrolls near the viewport,
 * so a long lesson downloads and runs the JavaScript of the figures a reader actually reaches.
 */
export function defineLazyIsland(tagName: string, load: () => Promise<IslandModule>): void {
  if (customElements.get(tagName)) return;
  customElements.define(
    tagName,
    class extends HTMLElement {
      connectedCallback() {
        const text = figureFailureText[langOfTag(document.documentElement.lang)];
        const wake = () => {
          load()
            .catch((error: unknown) => {
              // Logged for whoever debugs it; the reader gets the site's sentence in the page's language.
              console.warn(error);
              throw new Error(text.codeNotLoaded);
            })
            .then((island) => island.mount(this))
            .then(() => {
              this.dataset.ready = "true";
            })
            .catch((error: unknown) => {
              this.dataset.ready = "error";
              const note = document.createElement("p");
              note.className = "island-error";
              note.setAttribute("role", "alert");
              note.textContent = text.islandFailed(error instanceof Error ? error.message : String(error));
              this.append(note);
            });
        };
        if (!("IntersectionObserver" in window)) return wake();
        const observer = new IntersectionObserver(
          (entries) => {
            if (entries.some((e) => e.isIntersecting)) {
              observer.disconnect();
              wake();
            }
          },
          // On screen, not near it: the drawing is already there from the build, so the code only has
          // to arrive before the reader's first touch; a page whose first figure sits just below the
          // first screen (Chinese prose is shorter) then stays within its budget before interaction.
          { rootMargin: "0px" },
        );
        observer.observe(this);
      }
    },
  );
}
