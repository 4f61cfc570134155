import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere on other machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for this closed network: no background calls home, no GPU, no sandbox (root in CI). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Headless Debian Chromium driven by playwright-core. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

export interface OpenOptions {
  javaScriptEnabled?: boolean;
  colorScheme?: "light" | "dark";
  /** CSS px; Playwright's 1280 x 720 when left out. */
  viewport?: { width: number; height: number };
  /**
   * "block" by default: on a built site the service worker downloads the whole course (about 6 MB)
   * behind every fresh page, which only the offline tests need.
   */
  serviceWorkers?: "allow" | "block";
}

/** A page opened at `url`, with every console error, page error and failed request collected. */
export interface WatchedPage {
  page: Page;
  problems: string[];
}

export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? "light",
    ...(options.viewport ? { viewport: options.viewport } : {}),
    serviceWorkers: options.serviceWorkers ?? "block",
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  // Chromium reports a request that a navigation cut short (a fetch still in flight when a test follows a link)
  // as net::ERR_ABORTED; that is the test leaving, not the site failing. A missing file still shows as HTTP 404.
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText;
    if (reason !== "net::ERR_ABORTED") problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, problems };
}
