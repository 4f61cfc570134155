import { describe, expect, inject, it } from "vitest";
import type { Locator } from "playwright-core";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { wakeIsland } from "./reader";

const baseUrl = inject("baseUrl");
const lesson = (slug: string, search = "") => new URL(`lessons/${slug}/${search}`, baseUrl).href;
const browser = useBrowser();

/**
 * Types 12-word source and target sentences ("s0 … s11", "t0 … t11") into the sentence explorer:
 * 144 weights per head, enough cells for the canvas and for names written in idle time.
 */
async function typeTwelveWordSentences(lab: Locator): Promise<void> {
  const twelve = (prefix: string) => Array.from({ length: 12 }, (_, n) => `${prefix}${n}`).join(" ");
  await lab.getByRole("textbox", { name: /Source sentence/ }).fill(twelve("s"));
  await lab.getByRole("textbox", { name: /Target sentence/ }).fill(twelve("t"));
  // The redraw follows in its own task (one per frame): wait until head 1 shows 12 x 12.
  await expect.poll(() => lab.locator("[data-plots] svg").first().locator(".heatmap-cells rect, .heatmap-masked rect").count()).toBe(144);
}

describe("stepper", () => {
  it("Next, Previous and the arrow keys move through the stages and the URL follows", async () => {
    const { page, problems } = await openPage(browser(), lesson("scaled-dot-product-cross-attention"));
    const stepper = await wakeIsland(page, "stepper-figure");
    await expect(stepper.getAttribute("data-step")).resolves.toBe("1");
    await stepper.getByRole("button", { name: /Next/ }).click();
    await expect(stepper.getAttribute("data-step")).resolves.toBe("2");
    await expect(stepper.getByRole("heading", { name: "Stage 2: Keys and values from the source" }).isVisible()).resolves.toBe(true);
    await expect(stepper.getByRole("heading", { name: /Stage 1:/ }).isVisible()).resolves.toBe(false);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(stepper.getAttribute("data-step")).resolves.toBe("4");
    await page.keyboard.press("ArrowLeft");
    await expect(stepper.getAttribute("data-step")).resolves.toBe("3");
    expect(new URL(page.url()).searchParams.get("step")).toBe("3");
    await stepper.getByRole("button", { name: /Previous/ }).click();
    await expect(stepper.getByText("Stage 2 of 11: Keys and values from the source").isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it("a link restores the stage and the settings, and changing d_k redraws the stage", async () => {
    const { page, problems } = await openPage(browser(), lesson("scaled-dot-product-cross-attention", "?step=5&dk=8&heads=1&mask=off"));
    const stepper = await wakeIsland(page, "stepper-figure");
    await expect(stepper.getAttribute("data-step")).resolves.toBe("5");
    const stage = stepper.locator('section[data-stage="5"]');
    await expect(stage.isVisible()).resolves.toBe(true);
    await expect(stepper.getByRole("combobox", { name: "d_k per head" }).inputValue()).resolves.toBe("8");
    await expect(stepper.getByRole("checkbox", { name: /mask the <pad> keys/ }).isChecked()).resolves.toBe(false);
    // Mask off: no cell of the stage is masked.
    await expect(stage.locator("[data-stage-plots] svg").first().getAttribute("aria-label")).resolves.toBe("M, 5 × 6");
    await expect(stage.getByText(/masked/).count()).resolves.toBe(0);
    await stepper.getByRole("button", { name: /Previous/ }).click();
    await stepper.getByRole("button", { name: /Previous/ }).click();
    await stepper.getByRole("button", { name: /Previous/ }).click();
    await stepper.getByRole("button", { name: /Previous/ }).click();
    await expect(stepper.locator('section[data-stage="1"] svg[aria-label="Q, 5 × 8"]').count()).resolves.toBe(1);
    await stepper.getByRole("combobox", { name: "d_k per head" }).selectOption("2");
    await expect(stepper.locator('section[data-stage="1"] svg[aria-label="Q, 5 × 2"]').count()).resolves.toBe(1);
    // The stage's tables follow, built as the reader opens them.
    await stepper.locator('section[data-stage="1"]').getByText("Show the numbers").click();
    await expect(stepper.getByRole("table", { name: "Q (5 × 2)" }).isVisible()).resolves.toBe(true);
    // The link follows a settings change once the reader pauses.
    await expect.poll(() => new URL(page.url()).searchParams.get("dk")).toBe("2");
    expect(problems).toEqual([]);
  });

  it("stage 8 splits Q, K and V into the heads' column blocks", async () => {
    const { page, problems } = await openPage(browser(), lesson("scaled-dot-product-cross-attention", "?step=8&heads=2&dk=4"));
    const stepper = await wakeIsland(page, "stepper-figure");
    const stage = stepper.locator('section[data-stage="8"]');
    await expect(stage.locator("[data-stage-plots] svg").evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute("aria-label")))).resolves.toEqual([
      "Q (all heads), 5 × 8",
      "K (all heads), 6 × 8",
      "V (all heads), 6 × 8",
    ]);
    await expect(stage.locator("svg[aria-label^='V (all heads)'] text", { hasText: "h2·4" }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it("a hostile URL stays inert: a notice quotes it as text, nothing is injected, no dialog opens", async () => {
    const dialogs: string[] = [];
    const hostile = "?step=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&dk=%3Cscript%3Ealert(2)%3C%2Fscript%3E";
    const { page } = await openPage(browser(), lesson("scaled-dot-product-cross-attention", hostile));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const stepper = await wakeIsland(page, "stepper-figure");
    const notice = stepper.getByRole("status").filter({ hasText: "Ignored" });
    await expect.poll(() => notice.innerText()).toContain('Ignored step="<img src=x onerror=alert(1)>"');
    await expect.poll(() => notice.innerText()).toContain("Ignored dk=");
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    await expect(stepper.locator("script").count()).resolves.toBe(0);
    await expect(stepper.getAttribute("data-step")).resolves.toBe("1");
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
  });
});

describe("follow one query", () => {
  it("linked highlighting by keyboard: focusing weight (i, j) highlights target token i, source token j and row j's contribution", async () => {
    const { page, problems } = await openPage(browser(), lesson("scaled-dot-product-cross-attention"));
    const figure = await wakeIsland(page, "follow-query");
    await figure.locator("[data-weights] rect[tabindex='0']").focus();
    await page.keyboard.press("ArrowDown"); // query "black"
    await page.keyboard.press("ArrowRight"); // key "chat"
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toMatch(/^black → chat: /);
    await expect.poll(() => figure.locator('[data-tokens="target"] [data-linked]').innerText()).toBe("black");
    await expect.poll(() => figure.locator('[data-tokens="source"] [data-linked]').innerText()).toBe("chat");
    await expect.poll(() => figure.locator("[data-steps] tr[data-linked] th").innerText()).toBe("chat");
    await expect(figure.getByRole("combobox", { name: /Query/ }).inputValue()).resolves.toBe("1");
    await expect(figure.getByRole("table", { name: /Query “black” through every stage/ }).count()).resolves.toBe(1);
    // The query's own vector, as a strip: d_k cells, each named with its value.
    const strip = figure.locator("svg[aria-label^='The query vector of “black”']");
    await expect(strip.locator(".heatmap-cells rect").count()).resolves.toBe(Number(/d_k = (\d+)/.exec(await figure.getByRole("table", { name: /Query “black”/ }).locator("caption").innerText())![1]));
    await expect(strip.locator(".heatmap-cells rect").first().getAttribute("aria-label")).resolves.toMatch(/^q “black” → 1: −?\d/);
    expect(problems).toEqual([]);
  });
});

describe("cell tooltip", () => {
  it("hovering or focusing a heatmap cell shows its name and value in the page's one tooltip; Escape hides it", async () => {
    const { page, problems } = await openPage(browser(), lesson("scaled-dot-product-cross-attention"));
    const figure = await wakeIsland(page, "follow-query");
    const tooltip = page.getByRole("tooltip");
    const cell = figure.locator("[data-weights] rect[tabindex='0']");
    await cell.focus();
    await expect.poll(() => tooltip.innerText()).toBe(await cell.getAttribute("aria-label"));
    await page.keyboard.press("ArrowRight");
    const next = figure.locator("[data-weights] rect[tabindex='0']");
    await expect.poll(() => tooltip.innerText()).toBe(await next.getAttribute("aria-label"));
    await page.keyboard.press("Escape");
    await expect(tooltip.isHidden()).resolves.toBe(true);
    // A cell that takes no focus still shows its value to the pointer.
    const weights = await wakeIsland(page, "live-figure");
    const plain = weights.locator(".heatmap-cells rect").nth(2);
    await plain.hover();
    await expect.poll(() => tooltip.innerText()).toMatch(/^\S+ → \S+: -?\d/);
    await expect.poll(() => tooltip.innerText()).toBe(await plain.getAttribute("aria-label"));
    expect(problems).toEqual([]);
  });

  it("the tooltip goes when a control change redraws its cell away and nothing else moves the pointer", async () => {
    const { page, problems } = await openPage(browser(), lesson("multi-head"));
    const lab = await wakeIsland(page, '[data-lab="multihead-lab"] live-figure');
    const tooltip = page.getByRole("tooltip");
    const heads = lab.getByRole("combobox", { name: "heads h" });
    await heads.selectOption("4");
    await expect.poll(() => lab.locator(".small-multiples .multiple").count()).toBe(4);
    // Chromium re-targets a real resting pointer after a layout change (the tooltip then shows the
    // cell now under it); a pointer event with no pointer behind it shows what happens where a
    // browser does not, as with touch.
    await lab.locator(".small-multiples .multiple").nth(3).locator(".heatmap-cells rect").first().dispatchEvent("pointerover");
    await expect(tooltip.isVisible()).resolves.toBe(true);
    await heads.evaluate((input: HTMLSelectElement) => {
      input.value = "1";
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await expect.poll(() => lab.locator(".small-multiples .multiple").count()).toBe(1);
    await expect.poll(() => tooltip.isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });

  it("a cell of a large map focused right after a redraw, before its names are written, shows its new value", async () => {
    const { page, problems } = await openPage(browser(), lesson("queries-keys-values"));
    const lab = await wakeIsland(page, "sentence-explorer");
    await typeTwelveWordSentences(lab);
    await lab.getByText("Show the numbers").click();
    // A new seed, then focus on head 1's weight (t1, s1) in the task that redraws it, as a fast keyboard would.
    const seen = await lab.getByRole("spinbutton", { name: /seed/ }).evaluate(
      (input: HTMLInputElement) =>
        new Promise<{ busy: string | null; tooltip: string | null }>((resolve) => {
          const explorer = input.closest("sentence-explorer")!;
          const svg = explorer.querySelector("[data-plots] svg")!;
          // Mutation observers report at the end of the redraw's task, before any idle time.
          const observer = new MutationObserver(() => {
            if (svg.getAttribute("aria-busy") !== "true") return;
            observer.disconnect();
            explorer.querySelector<SVGRectElement>('[data-plots] svg rect[data-i="1"][data-j="1"]')!.focus();
            resolve({ busy: svg.getAttribute("aria-busy"), tooltip: document.querySelector("[role=tooltip]")!.textContent });
          });
          observer.observe(svg, { attributes: true, attributeFilter: ["aria-busy"] });
          input.value = "9";
          input.dispatchEvent(new Event("input", { bubbles: true }));
        }),
    );
    expect(seen.busy).toBe("true");
    const inTable = await lab.getByRole("table", { name: /^Head 1 weights/ }).locator("tbody tr").nth(1).locator("td").nth(1).innerText();
    const [name, value] = seen.tooltip!.split(": ");
    expect(name).toBe("t1 → s1");
    expect(Math.abs(Number(value) - Number(inTable))).toBeLessThan(0.006); // the name rounds to 2 digits, the table to 3
    expect(problems).toEqual([]);
  });
});

describe("labs", () => {
  it("scaling lab: moving d_k redraws the histograms; the d_model bug changes the scaled one", async () => {
    const { page, problems } = await openPage(browser(), lesson("why-scale"));
    const lab = await wakeIsland(page, '[data-lab="scaling-lab"] live-figure');
    const scaled = lab.locator("svg[aria-label^='Histogram of the same']");
    const before = await scaled.getAttribute("aria-label");
    await lab.getByRole("slider", { name: /^d_k/ }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => lab.locator("svg[aria-label*='at d_k = 128']").count()).toBe(1);
    await lab.getByRole("checkbox", { name: /√d_model/ }).check();
    await expect.poll(() => scaled.getAttribute("aria-label")).toContain("√d_model");
    expect(await scaled.getAttribute("aria-label")).not.toBe(before);
    expect(problems).toEqual([]);
  });

  it("masking lab: a shorter item masks more keys; -1e9 gives the fully masked row a uniform fate", async () => {
    const { page, problems } = await openPage(browser(), lesson("masking"));
    const lab = await wakeIsland(page, '[data-lab="masking-lab"] live-figure');
    const masked = () => lab.locator("svg[aria-label^='Masked scores of batch item 3'] [aria-label$='masked (−∞)']").count();
    const before = await masked();
    await lab.getByRole("slider", { name: /item 3 length/ }).focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(masked).toBe(before + 4);
    await lab.getByRole("combobox", { name: /boolean mask convention/ }).selectOption("block");
    await expect.poll(() => lab.getByRole("table", { name: /True = blocked/ }).count()).toBe(1);
    await expect.poll(() => lab.getByRole("table", { name: /fully masked row/ }).innerText()).toMatch(/NaN[\s\S]*0\.25/);
    expect(problems).toEqual([]);
  });

  // Heads that do not divide d_model are not offered at all: tests/e2e/reader-walk-controls.test.ts.
  it("multi-head lab: switching a head off changes the output", async () => {
    const { page, problems } = await openPage(browser(), lesson("multi-head"));
    const lab = await wakeIsland(page, '[data-lab="multihead-lab"] live-figure');
    await expect.poll(() => lab.locator("[data-readout]").innerText()).toContain("All heads on");
    await lab.getByRole("checkbox", { name: "switch off head 2" }).check();
    await expect.poll(() => lab.locator("[data-readout]").innerText()).toMatch(/1 head off: the output moves by up to \d/);
    await expect(lab.getByText("head 2 (switched off)").count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it("your own sentences: typing redraws non-square weights; an over-long sentence gets a message and keeps the text", async () => {
    const { page, problems } = await openPage(browser(), lesson("queries-keys-values"));
    const lab = await wakeIsland(page, "sentence-explorer");
    const source = lab.getByRole("textbox", { name: /Source sentence/ });
    await source.fill("ich bin hier");
    await expect.poll(() => lab.locator("[data-readout]").innerText()).toContain("Lq × Lk = 4 × 3, not square");
    await expect(lab.locator('[data-tokens="key"] [data-token]').allInnerTexts()).resolves.toEqual(["ich", "bin", "hier"]);
    const long = Array.from({ length: 17 }, (_, n) => `w${n}`).join(" ");
    await source.fill(long);
    // Said beside the box (its message line, which describes it), and the box is marked invalid.
    await expect.poll(() => source.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => lab.locator('[data-message="source"]').innerText()).toContain("has 17 words; this figure takes at most 16");
    await expect(source.inputValue()).resolves.toBe(long);
    await expect(lab.locator("[data-plots] svg").count()).resolves.toBeGreaterThan(0);
    await source.fill("ich bin hier");
    await lab.getByRole("checkbox", { name: /swap/ }).check();
    await expect.poll(() => lab.locator("[data-readout]").innerText()).toContain("Lq × Lk = 3 × 4");
    // The tables follow the figure, built as the reader opens them.
    await lab.getByText("Show the numbers").click();
    await expect(lab.getByRole("table", { name: "Head 1 weights (3 × 4)" }).isVisible()).resolves.toBe(true);
    const firstWeight = async () => {
      const inTable = Number(await lab.getByRole("table", { name: "Head 1 weights (3 × 4)" }).locator("tbody td").first().innerText());
      const inPlot = Number((await lab.locator("[data-plots] .heatmap-cells rect").first().getAttribute("aria-label"))!.split(": ")[1]);
      expect(Math.abs(inTable - inPlot)).toBeLessThan(0.006); // the plot's name rounds to 2 digits
      return inTable;
    };
    const before = await firstWeight();
    await lab.getByRole("spinbutton", { name: /seed/ }).fill("7");
    await expect.poll(firstWeight).not.toBe(before);
    expect(problems).toEqual([]);
  });
});

describe("redraw in place", () => {
  it("a redraw keeps the drawing and paints on its canvas exactly the colours Plot gives the same numbers, with the gaps clear", async () => {
    const { page, problems } = await openPage(browser(), lesson("queries-keys-values"));
    const lab = await wakeIsland(page, "sentence-explorer");
    const seed = lab.getByRole("spinbutton", { name: /seed/ });
    // Head 1 (viridis, #rrggbb) and the output (purple-orange, rgb()): 12 x 12 weights and 12 x 16
    // outputs are enough cells for the canvas. The last change is a new layout, so Plot draws seed 7
    // afresh: its rect fills are the reference.
    const drawings = [lab.locator("[data-plots] svg").first(), lab.locator("[data-plots] svg").last()];
    await seed.fill("7");
    await typeTwelveWordSentences(lab);
    const references = await Promise.all(
      drawings.map((drawing) =>
        drawing.evaluate((svg) => {
          (svg as unknown as { probe: string }).probe = "the same element";
          // The browser's own colour parser turns Plot's fill (hex or rgb()) into #rrggbb.
          const normalize = document.createElement("canvas").getContext("2d")!;
          return Array.from(svg.querySelectorAll(".heatmap-cells rect"), (r) => {
            normalize.fillStyle = r.getAttribute("fill")!;
            return { fill: String(normalize.fillStyle), name: r.getAttribute("aria-label")! };
          });
        }),
      ),
    );
    expect(references[1][0].fill).not.toBe(references[0][0].fill);
    // Seeds 8 then 7 again: repainted in place, colours on the canvas, names in idle time.
    await seed.fill("8");
    await expect.poll(() => lab.locator("[data-plots] svg[aria-busy]").count()).toBe(0);
    const busyRightAfter = await seed.evaluate(
      (input: HTMLInputElement) =>
        new Promise<(string | null)[]>((resolve) => {
          const svgs = Array.from(input.closest("sentence-explorer")!.querySelectorAll("[data-plots] svg"));
          // Read at the end of the redraw's task, before any idle time names the cells.
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(svgs.map((svg) => svg.getAttribute("aria-busy")));
          });
          observer.observe(svgs[0], { attributes: true, attributeFilter: ["aria-busy"] });
          input.value = "7";
          input.dispatchEvent(new Event("input", { bubbles: true }));
        }),
    );
    expect(busyRightAfter[0]).toBe("true");
    await expect.poll(() => lab.locator("[data-plots] svg[aria-busy]").count()).toBe(0);
    for (const [d, drawing] of drawings.entries()) {
      const repainted = await drawing.evaluate((svg) => {
        const canvas = svg.querySelector("foreignObject canvas") as HTMLCanvasElement;
        const ratio = canvas.width / Number(svg.getAttribute("width"));
        const context = canvas.getContext("2d")!;
        const pixel = (x: number, y: number) => Array.from(context.getImageData(Math.floor(x * ratio), Math.floor(y * ratio), 1, 1).data);
        const rects = Array.from(svg.querySelectorAll(".heatmap-cells rect"), (r) => {
          const at = (name: string) => Number(r.getAttribute(name));
          return { x: at("x"), y: at("y"), width: at("width"), height: at("height"), fill: r.getAttribute("fill"), name: r.getAttribute("aria-label")! };
        });
        // Between the first two cells of the first row, the SVG shows through.
        const [first, second] = rects;
        return {
          probe: (svg as unknown as { probe?: string }).probe,
          cells: rects.map((r) => ({ ...r, pixel: pixel(r.x + r.width / 2, r.y + r.height / 2) })),
          gap: second.x > first.x + first.width ? pixel(first.x + first.width, first.y + first.height / 2) : undefined,
        };
      });
      expect(repainted.probe).toBe("the same element");
      expect(repainted.cells.length).toBe(references[d].length);
      expect(repainted.gap?.[3]).toBe(0);
      repainted.cells.forEach((cell, n) => {
        expect(cell.name).toBe(references[d][n].name);
        expect(cell.fill).toBe("transparent"); // the rect stays for the pointer, focus and its name
        const expected = [1, 3, 5].map((at) => parseInt(references[d][n].fill.slice(at, at + 2), 16));
        cell.pixel.slice(0, 3).forEach((channel, c) => expect(Math.abs(channel - expected[c])).toBeLessThanOrEqual(1));
        expect(cell.pixel[3]).toBe(255);
      });
    }
    expect(problems).toEqual([]);
  });
});

describe("redraw in place after a zoom", () => {
  it("a canvas made before the reader zoomed is made again at the new device-pixel ratio on the next redraw", async () => {
    const { page, problems } = await openPage(browser(), lesson("queries-keys-values"));
    const lab = await wakeIsland(page, "sentence-explorer");
    const seed = lab.getByRole("spinbutton", { name: /seed/ });
    await typeTwelveWordSentences(lab);
    await seed.fill("2");
    const head1 = lab.locator("[data-plots] svg").first();
    // Canvas pixels per SVG unit: the device-pixel ratio the canvas was sized for.
    const pixelsPerUnit = () => head1.evaluate((svg) => (svg.querySelector("foreignObject canvas") as HTMLCanvasElement).width / Number(svg.getAttribute("width")));
    await expect(pixelsPerUnit()).resolves.toBe(1);
    const cdp = await page.context().newCDPSession(page);
    const { width, height } = page.viewportSize()!;
    await cdp.send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 2, mobile: false });
    await seed.fill("3");
    await expect.poll(pixelsPerUnit).toBe(2);
    expect(problems).toEqual([]);
  });
});

describe("JavaScript off", () => {
  it("every stage of the stepper and every lab's figure is in the static HTML", async () => {
    const { page } = await openPage(browser(), lesson("scaled-dot-product-cross-attention"), { javaScriptEnabled: false });
    const stages = page.locator("[data-stepper] section[data-stage]");
    await expect(stages.count()).resolves.toBe(11);
    for (const n of [1, 6, 11]) await expect(stages.nth(n - 1).isVisible()).resolves.toBe(true);
    await expect(page.locator("follow-query svg").count()).resolves.toBeGreaterThanOrEqual(3);
    for (const [slug, selector] of [
      ["why-scale", '[data-lab="scaling-lab"] svg'],
      ["masking", '[data-lab="masking-lab"] svg'],
      ["multi-head", '[data-lab="multihead-lab"] svg'],
      ["queries-keys-values", "sentence-explorer svg"],
    ]) {
      await page.goto(lesson(slug));
      await expect(page.locator(selector).count(), slug).resolves.toBeGreaterThan(0);
    }
  });
});
