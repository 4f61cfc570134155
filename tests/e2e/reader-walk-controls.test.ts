import { describe, expect, inject, it } from "vitest";
import type { Locator } from "playwright-core";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { messageOf, wakeIsland } from "./reader";

// Issue 12, "Controls that cannot lie", "The stepper" and the coalesced redraws of "Speed on a slow
// phone", walked as a reader: controls found by role and label, messages by the control they describe.

const baseUrl = inject("baseUrl");
const lesson = (slug: string, search = "") => new URL(`lessons/${slug}/${search}`, baseUrl).href;
const browser = useBrowser();

/** What a screen reader hears as a control's description: the text of the elements its aria-describedby names. */
async function description(control: Locator): Promise<string> {
  return control.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
      .filter(Boolean)
      .join(" "),
  );
}

/** Vertical gap in px between a control and its message: "next to it" means a line away, not a screen away. */
async function gap(control: Locator, message: Locator): Promise<number> {
  const a = (await control.boundingBox())!;
  const b = (await message.boundingBox())!;
  return Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
}

const optionValues = (select: Locator) => select.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));

describe("controls that cannot lie", () => {
  it("multi-head lab: heads offers only the divisors of d_model; a d_model that takes h away moves it and says why beside it", async () => {
    const { page, problems } = await openPage(browser(), lesson("multi-head"));
    const lab = await wakeIsland(page, '[data-lab="multihead-lab"] live-figure');
    const heads = lab.getByRole("combobox", { name: "heads h" });
    await lab.getByRole("combobox", { name: "d_model" }).selectOption("12");
    await expect(optionValues(heads)).resolves.toEqual(["1", "2", "3", "4", "6"]);
    await heads.selectOption("3");
    await expect.poll(() => lab.locator(".small-multiples .multiple").count()).toBe(3);
    await expect.poll(() => lab.locator("[data-readout]").innerText()).toMatch(/^h = 3 heads of d_k = 12 \/ 3 = 4/);
    await lab.getByRole("combobox", { name: "d_model" }).selectOption("16");
    await expect(optionValues(heads)).resolves.toEqual(["1", "2", "4", "8"]);
    // The control shows what the figure shows: h moved to 2, and the figure draws 2 heads.
    await expect(heads.inputValue()).resolves.toBe("2");
    await expect.poll(() => lab.locator(".small-multiples .multiple").count()).toBe(2);
    await expect(description(heads)).resolves.toBe("heads h is now 2 (d_k = 8): d_model = 16 does not split into 3 heads of equal width.");
    expect(await gap(heads, await messageOf(heads))).toBeLessThan(24);
    // No internal names, no alert far below the figure.
    await expect(lab.innerText()).resolves.not.toMatch(/multiHeadCrossAttention|dModel/);
    await expect(lab.getByRole("alert").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it("multi-head lab: the 'switch off head N' boxes are those of the heads there are", async () => {
    const { page, problems } = await openPage(browser(), lesson("multi-head"));
    const lab = await wakeIsland(page, '[data-lab="multihead-lab"] live-figure');
    const switches = () => lab.getByRole("checkbox", { name: /^switch off head \d$/ }).evaluateAll((boxes) => boxes.filter((b) => (b as HTMLElement).offsetParent !== null).length);
    await expect(switches()).resolves.toBe(4);
    await expect(lab.getByRole("checkbox", { name: "switch off head 5" }).isVisible()).resolves.toBe(false);
    await lab.getByRole("combobox", { name: "heads h" }).selectOption("8");
    await expect(switches()).resolves.toBe(8);
    await lab.getByRole("checkbox", { name: "switch off head 7" }).check();
    await expect.poll(() => lab.getByText("head 7 (switched off)").count()).toBe(1);
    await lab.getByRole("combobox", { name: "heads h" }).selectOption("2");
    await expect(switches()).resolves.toBe(2);
    expect(problems).toEqual([]);
  });

  it("sentence explorer: heads offers only the divisors of d_model; a refused seed or sentence is marked and explained beside its box", async () => {
    const { page, problems } = await openPage(browser(), lesson("queries-keys-values"));
    const lab = await wakeIsland(page, "sentence-explorer");
    const heads = lab.getByRole("combobox", { name: "heads h" });
    await lab.getByRole("combobox", { name: "d_model" }).selectOption("12");
    await expect(optionValues(heads)).resolves.toEqual(["1", "2", "3", "4", "6"]);
    await heads.selectOption("6");
    await expect.poll(() => lab.locator("[data-plots] .multiple").count()).toBe(6);
    await lab.getByRole("combobox", { name: "d_model" }).selectOption("16");
    await expect(heads.inputValue()).resolves.toBe("4");
    await expect.poll(() => lab.locator("[data-plots] .multiple").count()).toBe(4);
    await expect(description(heads)).resolves.toBe("heads h is now 4 (d_k = 4): d_model = 16 does not split into 6 heads of equal width.");
    await expect(lab.innerText()).resolves.not.toMatch(/multiHeadCrossAttention|dModel/);

    const seed = lab.getByRole("spinbutton", { name: "seed" });
    // Every weight of head 1, by name and value (one rounded value alone may repeat across seeds).
    const firstCell = () => lab.locator("[data-plots] svg").first().locator(".heatmap-cells rect").evaluateAll((rects) => rects.map((r) => r.getAttribute("aria-label")).join("; "));
    const drawn = await firstCell();
    for (const [typed, why] of [["-5", "is below 0"], ["3.7", "is not a whole number"], ["1e30", "is more than 999999"]]) {
      await seed.fill(typed);
      await expect.poll(() => seed.getAttribute("aria-invalid")).toBe("true");
      // The box stays invalid from one refused value to the next: wait for this value's own message.
      await expect.poll(() => description(seed)).toBe(`A seed is a whole number from 0 to 999999; “${typed}” ${why}. The figure still shows seed 1.`);
      expect(await gap(seed, await messageOf(seed))).toBeLessThan(24);
      await expect(firstCell()).resolves.toBe(drawn);
    }
    await seed.fill("7");
    await expect.poll(() => seed.getAttribute("aria-invalid")).toBe(null);
    await expect.poll(() => description(seed)).toBe("");
    await expect.poll(firstCell).not.toBe(drawn);

    const source = lab.getByRole("textbox", { name: /Source sentence/ });
    await source.fill(Array.from({ length: 17 }, (_, n) => `w${n}`).join(" "));
    await expect.poll(() => source.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => description(source)).toContain("The source sentence has 17 words; this figure takes at most 16. Shorten it.");
    expect(problems).toEqual([]);
  });

  it("stepper: the seed box refuses -5, 3.7 and 1e30 beside itself, and the figure and the link keep the seed it shows", async () => {
    const { page, problems } = await openPage(browser(), lesson("scaled-dot-product-cross-attention"));
    const stepper = await wakeIsland(page, "stepper-figure");
    const seed = stepper.getByRole("spinbutton", { name: "seed" });
    const xt = () => stepper.locator('section[data-stage="1"] .heatmap-cells rect').first().getAttribute("aria-label");
    const drawn = await xt();
    for (const [typed, why] of [["-5", "is below 0"], ["3.7", "is not a whole number"], ["1e30", "is more than 999999"]]) {
      await seed.fill(typed);
      await expect.poll(() => seed.getAttribute("aria-invalid")).toBe("true");
      await expect.poll(() => description(seed)).toBe(`A seed is a whole number from 0 to 999999; “${typed}” ${why}. The figure still shows seed 11.`);
      expect(await gap(seed, await messageOf(seed))).toBeLessThan(24);
      await expect(xt()).resolves.toBe(drawn);
    }
    await page.waitForTimeout(400); // past the pause after which the link follows the settings
    expect(new URL(page.url()).searchParams.get("seed") ?? "11").toBe("11");
    await seed.fill("42");
    await expect.poll(() => seed.getAttribute("aria-invalid")).toBe(null);
    await expect.poll(xt).not.toBe(drawn);
    await expect.poll(() => new URL(page.url()).searchParams.get("seed")).toBe("42");
    expect(problems).toEqual([]);
  });

  it("stepper: a head count too many for d_k moves d_k, and says so beside it", async () => {
    const { page, problems } = await openPage(browser(), lesson("scaled-dot-product-cross-attention"));
    const stepper = await wakeIsland(page, "stepper-figure");
    const dk = stepper.getByRole("combobox", { name: "d_k per head" });
    await dk.selectOption("64");
    await stepper.getByRole("combobox", { name: "heads h" }).selectOption("8");
    await expect(dk.inputValue()).resolves.toBe("16");
    await expect(description(dk)).resolves.toBe("d_k per head is now 16: 8 heads × d_k 64 = d_model 512, more than this figure draws (128).");
    await expect(stepper.locator('section[data-stage="1"] svg[aria-label="Q, 5 × 16"]').count()).resolves.toBe(1);
    await expect(stepper.getByRole("alert").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it("masking figures: no label runs into another, into an axis title or out of its drawing", async () => {
    const { page, problems } = await openPage(browser(), lesson("masking"));
    const found: string[] = [];
    for (const id of ["masking-padding", "masking-lab"]) {
      const figure = page.locator(`figure#${id}`);
      await figure.scrollIntoViewIfNeeded();
      await page.locator(`live-figure[data-ready='true']:has(figure#${id})`).waitFor();
      const collisions = await figure.locator("[data-plots] svg.chart").evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const frame = svg.getBoundingClientRect();
          const texts = Array.from(svg.querySelectorAll("text"), (t) => ({ text: t.textContent ?? "", box: t.getBoundingClientRect() })).filter((t) => t.text.trim() && t.box.width > 0);
          const found: string[] = [];
          for (const t of texts) {
            if (t.box.left < frame.left - 0.5 || t.box.right > frame.right + 0.5 || t.box.top < frame.top - 0.5 || t.box.bottom > frame.bottom + 0.5) found.push(`“${t.text}” is cut off by its drawing`);
          }
          for (let a = 0; a < texts.length; a++) {
            for (let b = a + 1; b < texts.length; b++) {
              const [p, q] = [texts[a].box, texts[b].box];
              const overlap = Math.max(0, Math.min(p.right, q.right) - Math.max(p.left, q.left)) * Math.max(0, Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top));
              if (overlap > 1) found.push(`“${texts[a].text}” runs into “${texts[b].text}”`);
            }
          }
          return found.map((f) => `${svg.getAttribute("aria-label")?.slice(0, 40)}: ${f}`);
        }),
      );
      found.push(...collisions.map((c) => `#${id} ${c}`));
    }
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("soft lookup: the two figures' query sliders are one state, and say so", async () => {
    const { page, problems } = await openPage(browser(), lesson("soft-lookup"));
    const weights = await wakeIsland(page, "live-figure:has(figure#soft-lookup-weights)");
    await expect(description(weights.getByRole("slider", { name: "Query direction" }))).resolves.toContain("These controls are linked");
    await weights.getByRole("slider", { name: "Query direction" }).fill("225");
    // The second figure, woken after the change, starts from it.
    const average = await wakeIsland(page, "live-figure:has(figure#soft-lookup-average)");
    await expect(average.getByRole("slider", { name: "Query direction" }).inputValue()).resolves.toBe("225");
    await expect.poll(() => average.locator("output").first().innerText()).toBe("225°");
    // It draws what it draws when its own slider is set to 225°, on a page of its own.
    const alone = await openPage(browser(), lesson("soft-lookup"));
    const own = await wakeIsland(alone.page, "live-figure:has(figure#soft-lookup-average)");
    const initial = await own.locator("[data-readout]").innerText();
    await own.getByRole("slider", { name: "Query direction" }).fill("225");
    await expect.poll(() => own.locator("[data-readout]").innerText()).not.toBe(initial);
    await expect.poll(() => average.locator("[data-readout]").innerText()).toBe(await own.locator("[data-readout]").innerText());
    // And a change there comes back.
    await average.getByRole("slider", { name: /Query length/ }).fill("0");
    await expect(weights.getByRole("slider", { name: /Query length/ }).inputValue()).resolves.toBe("0");
    await expect.poll(() => weights.locator("[data-readout]").innerText()).toBe("Every key gets 0.25: a query of length 0 scores every key 0, so the weights are uniform.");
    expect([...problems, ...alone.problems]).toEqual([]);
  });
});

describe("the stepper", () => {
  for (const viewport of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
    it(`Next and Previous stay where they are from stage to stage (${viewport.width} px wide)`, async () => {
      const { page, problems } = await openPage(browser(), lesson("scaled-dot-product-cross-attention"));
      await page.setViewportSize(viewport);
      const stepper = await wakeIsland(page, "stepper-figure");
      const next = stepper.getByRole("button", { name: /Next/ });
      const previous = stepper.getByRole("button", { name: /Previous/ });
      // Relative to the stepper, so scrolling does not count as moving.
      const places = async () => {
        const [root, n, p] = await Promise.all([stepper.boundingBox(), next.boundingBox(), previous.boundingBox()]);
        return [n!.x - root!.x, n!.y - root!.y, p!.x - root!.x, p!.y - root!.y].map(Math.round);
      };
      const first = await places();
      for (let stage = 2; stage <= 11; stage++) {
        await next.click();
        await expect(stepper.getAttribute("data-step")).resolves.toBe(String(stage));
        expect(await places(), `stage ${stage}`).toEqual(first);
      }
      for (let stage = 10; stage >= 1; stage--) {
        await previous.click();
        expect(await places(), `stage ${stage}`).toEqual(first);
      }
      expect(problems).toEqual([]);
    });
  }

  it("at the last and the first stage the focused button keeps the focus, and says it is unavailable", async () => {
    const { page, problems } = await openPage(browser(), lesson("scaled-dot-product-cross-attention"));
    const stepper = await wakeIsland(page, "stepper-figure");
    const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), inStepper: Boolean(document.activeElement?.closest("stepper-figure")) }));
    await stepper.getByRole("button", { name: /Next/ }).focus();
    for (let n = 0; n < 11; n++) await page.keyboard.press("Enter");
    await expect(stepper.getAttribute("data-step")).resolves.toBe("11");
    await expect(focused()).resolves.toEqual({ text: "Next →", inStepper: true });
    await expect(stepper.getByRole("button", { name: /Next/, disabled: true }).count()).resolves.toBe(1);
    await stepper.getByRole("button", { name: /Previous/ }).focus();
    for (let n = 0; n < 11; n++) await page.keyboard.press("Enter");
    await expect(stepper.getAttribute("data-step")).resolves.toBe("1");
    await expect(focused()).resolves.toEqual({ text: "← Previous", inStepper: true });
    expect(problems).toEqual([]);
  });

  it("arrow keys change the stage wherever focus is inside the stepper, except where they belong to a control", async () => {
    const { page, problems } = await openPage(browser(), lesson("scaled-dot-product-cross-attention"));
    const stepper = await wakeIsland(page, "stepper-figure");
    await stepper.getByRole("checkbox", { name: /mask the <pad> keys/ }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(stepper.getAttribute("data-step")).resolves.toBe("2");
    await stepper.locator('section[data-stage="2"]').getByText("Show the numbers").focus();
    await page.keyboard.press("ArrowRight");
    await expect(stepper.getAttribute("data-step")).resolves.toBe("3");
    // A click on the stage's words, as a mouse reader would before using the keys.
    await stepper.locator('section[data-stage="3"] [data-sentence]').click();
    await page.keyboard.press("ArrowRight");
    await expect(stepper.getAttribute("data-step")).resolves.toBe("4");
    await page.keyboard.press("ArrowLeft");
    await expect(stepper.getAttribute("data-step")).resolves.toBe("3");
    // In the seed box the arrows move the caret, not the stage.
    await stepper.getByRole("spinbutton", { name: "seed" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(stepper.getAttribute("data-step")).resolves.toBe("3");
    expect(problems).toEqual([]);
  });

  it("Copy link copies this stage with its settings, says so, and the link opens them", async () => {
    const { page, problems } = await openPage(browser(), lesson("scaled-dot-product-cross-attention"));
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseUrl).origin });
    const stepper = await wakeIsland(page, "stepper-figure");
    for (let n = 0; n < 4; n++) await stepper.getByRole("button", { name: /Next/ }).click();
    await stepper.getByRole("combobox", { name: "d_k per head" }).selectOption("8");
    await stepper.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => stepper.getByRole("status").filter({ hasText: "Link copied" }).innerText()).toBe("Link copied: stage 5 with these settings.");
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(Object.fromEntries(copied.searchParams)).toMatchObject({ step: "5", dk: "8", heads: "2", seed: "11", mask: "on" });
    expect(copied.hash).toBe("#stepper");
    const opened = await openPage(browser(), copied.href);
    const again = await wakeIsland(opened.page, "stepper-figure");
    await expect(again.getAttribute("data-step")).resolves.toBe("5");
    await expect(again.getByRole("combobox", { name: "d_k per head" }).inputValue()).resolves.toBe("8");
    expect([...problems, ...opened.problems]).toEqual([]);
  });

  it("Copy link without a clipboard shows the link to copy by hand", async () => {
    const { page, problems } = await openPage(browser(), lesson("scaled-dot-product-cross-attention"));
    await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } }));
    const stepper = await wakeIsland(page, "stepper-figure");
    await stepper.getByRole("button", { name: /Next/ }).click();
    await stepper.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => stepper.getByRole("status").filter({ hasText: "Copy the link" }).count()).toBe(1);
    const field = stepper.getByRole("textbox", { name: "Link to this stage with these settings" });
    await expect(field.isVisible()).resolves.toBe(true);
    expect(new URL(await field.inputValue()).searchParams.get("step")).toBe("2");
    expect(problems).toEqual([]);
  });
});

describe("one redraw per frame", () => {
  // Twenty changes in one task, as queued pointer moves or held keys arrive on a slow phone: the
  // figure is drawn once, for the last value, not twenty times in a row.
  for (const { name, slug, island, control, watched } of [
    { name: "multi-head lab, seed slider", slug: "multi-head", island: '[data-lab="multihead-lab"] live-figure', control: '[data-control="seed"]', watched: "[data-plots] svg .heatmap-cells rect" },
    { name: "stepper, seed box", slug: "scaled-dot-product-cross-attention", island: "stepper-figure", control: '[data-setting="seed"]', watched: 'section[data-stage="1"] .heatmap-cells rect' },
    { name: "sentence explorer, seed box", slug: "queries-keys-values", island: "sentence-explorer", control: '[data-setting="seed"]', watched: "[data-plots] svg .heatmap-cells rect" },
  ]) {
    it(`${name}: twenty changes in one task draw the figure once, with the last value`, async () => {
      const { page, problems } = await openPage(browser(), lesson(slug));
      const root = await wakeIsland(page, island);
      const writes = await root.evaluate(
        async (el, { control, watched }) => {
          const cell = el.querySelector(watched)!;
          let count = 0;
          const observer = new MutationObserver((records) => (count += records.filter((r) => r.attributeName === "fill").length));
          observer.observe(cell, { attributes: true });
          const input = el.querySelector<HTMLInputElement>(control)!;
          for (let seed = 21; seed <= 40; seed++) {
            input.value = String(seed);
            input.dispatchEvent(new Event("input", { bubbles: true }));
          }
          const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
          await settle();
          observer.disconnect();
          const afterBurst = cell.getAttribute("fill");
          // The same cell drawn for the last seed alone, after another one.
          for (const seed of [21, 40]) {
            input.value = String(seed);
            input.dispatchEvent(new Event("input", { bubbles: true }));
            await settle();
          }
          return { count, afterBurst, lastAlone: cell.getAttribute("fill") };
        },
        { control, watched },
      );
      expect(writes.count).toBe(1);
      expect(writes.afterBurst).toBe(writes.lastAlone);
      expect(problems).toEqual([]);
    });
  }
});
