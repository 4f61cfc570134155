import { storage } from "../../components/notebook/storage";

/** Where the reader's choice of edition is kept (localStorage, through the notebook's storage). */
export const editionKey = "site:edition";

/**
 * The header's language switch goes to the same page in the other edition and keeps the address's
 * query and fragment (a stepper's stage, a figure's settings), and remembers the choice. A reader who
 * chose an edition and later arrives at the other edition's home page from outside the site (a
 * bookmark, a typed address) is taken to the chosen edition's home page.
 */
export function rememberEdition(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>("a[data-language-switch]");
  if (!link) return;
  link.addEventListener("click", () => {
    storage.set(editionKey, link.dataset.languageSwitch!);
    const url = new URL(link.href);
    url.search = location.search;
    url.hash = location.hash;
    link.href = url.href;
  });
  const chosen = storage.get(editionKey);
  const fromThisSite = doc.referrer !== "" && new URL(doc.referrer).origin === location.origin;
  if (doc.querySelector("[data-home]") && chosen === link.dataset.languageSwitch && !fromThisSite) location.replace(link.href);
}
