import type { Locator, Page } from "playwright-core";

/** Scrolls to the training lab and waits until its island has taken over. */
export async function wakeLab(page: Page): Promise<Locator> {
  const lab = page.locator("[data-trainer]");
  await lab.scrollIntoViewIfNeeded();
  await page.locator("trainer-lab[data-ready='true']").waitFor({ timeout: 30_000 });
  return lab;
}

/** Waits until the lab's root satisfies `test`, run in the page on its data attributes (status, step, loss). */
export async function labState(page: Page, test: string, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (code) => {
      const el = document.querySelector<HTMLElement>("[data-trainer]")!;
      return new Function("status", "step", "loss", `return ${code};`)(el.dataset.status, Number(el.dataset.step), Number(el.dataset.loss));
    },
    test,
    { timeout, polling: 50 },
  );
}
