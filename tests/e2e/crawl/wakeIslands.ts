import type { Page } from "playwright-core";

/**
 * Scrolls the page top to bottom a screen at a time, so every lazy island (loaded when it scrolls
 * into view) starts and its errors and controls are part of the check, then waits for the network
 * to settle, returns to the top and lets two frames pass.
 */
export async function wakeIslands(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // A timer, not requestAnimationFrame: frames may be paused for a page the browser is not painting.
    const frame = () => new Promise((resolve) => setTimeout(resolve, 30));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
  });
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    // Two frames, so what observes layout (reachableScrollers' ResizeObserver) has seen the last
    // one; at most half a second, as frames may be paused for a page the browser is not painting.
    await Promise.race([
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      new Promise((resolve) => setTimeout(resolve, 500)),
    ]);
  });
}
