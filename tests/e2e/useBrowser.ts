import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";

/**
 * One Chromium for a test file: launched before its tests and closed after them. Call it at the
 * top of the file; the function it returns gives the browser inside the tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("useBrowser: the browser is launched in beforeAll, so use it inside a test or a hook");
    return browser;
  };
}
