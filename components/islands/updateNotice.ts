import { withBase } from "../../src/site/withBase";
import { serviceWorkerFile } from "../../src/site/serviceWorkerFile.mjs";

/**
 * Registers the course's service worker (built sites only: the dev server has none) and, when a
 * new deployment's worker waits, shows the notice; Reload tells that worker to take over and
 * reloads once it controls the page, so old and new files are never mixed in one page.
 */
function watchForUpdates(notice: HTMLElement, template: HTMLTemplateElement): void {
  void import("workbox-window").then(({ Workbox }) => {
    const workbox = new Workbox(withBase(serviceWorkerFile), { scope: withBase("") });
    workbox.addEventListener("waiting", () => {
      if (notice.childElementCount > 0) return;
      notice.append(template.content.cloneNode(true));
      const reload = notice.querySelector<HTMLButtonElement>("[data-update-reload]")!;
      reload.addEventListener("click", () => {
        reload.disabled = true;
        workbox.addEventListener("controlling", () => location.reload());
        workbox.messageSkipWaiting();
      });
    });
    // Workbox waits for the page's load event, so the precache download never competes with the page.
    // A browser may refuse the worker (a private window, a setting): the course still works online.
    workbox.register().catch(() => undefined);
  });
}

const notice = document.querySelector<HTMLElement>("[data-update-notice]");
const template = document.querySelector<HTMLTemplateElement>("[data-update-template]");
// Inside ?embed=1 (an LMS iframe) the course is one page of someone else's site: no install, no notice.
const embedded = document.documentElement.classList.contains("embed");
if (import.meta.env.PROD && "serviceWorker" in navigator && !embedded && notice && template) watchForUpdates(notice, template);
