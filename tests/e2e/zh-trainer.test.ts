import { describe, expect, inject, it } from "vitest";
import { trainerText } from "../../src/i18n/trainerText";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { labState, wakeLab } from "./trainerLab";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const url = new URL("zh/lessons/training-translator/", baseUrl).href;
const { en, zh } = trainerText;

/** The English strings of the lab's text table that read as words (a few letters at least) and differ in Chinese. */
const englishStrings = (() => {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === "string") {
      if (a !== b && /[A-Za-z]{4}/.test(a)) out.push(a.trim());
    } else if (typeof a === "object" && a !== null) {
      for (const [k, v] of Object.entries(a)) walk(v, (b as Record<string, unknown>)[k]);
    }
  };
  walk(en, zh);
  return out;
})();

describe("the training lab in Chinese", () => {
  it("with JavaScript off, the lab and the learned-alignment figure are drawn in Chinese: controls, status, charts, maps, tables, aria labels", async () => {
    const { page } = await openPage(browser(), url, { javaScriptEnabled: false });
    const lab = page.locator("trainer-lab");
    await expect(lab.getByRole("button", { name: zh.train, exact: true }).isDisabled()).resolves.toBe(true);
    await expect(lab.getByRole("group", { name: zh.trainingGroup }).count()).resolves.toBe(1);
    await expect(lab.getByRole("textbox", { name: zh.seed }).inputValue()).resolves.toBe("1");
    await expect(lab.getByRole("textbox", { name: zh.learningRate }).count()).resolves.toBe(1);
    await expect(lab.getByRole("checkbox", { name: zh.ablations.noSourcePositions }).count()).resolves.toBe(1);
    await expect(lab.getByRole("textbox", { name: zh.sentenceToTranslate }).inputValue()).resolves.toBe("the black cat sees a white house");
    await expect.poll(() => lab.locator("[data-progress]").innerText()).toBe(zh.noScript);
    await expect.poll(() => lab.locator("[data-view]").innerText()).toMatch(/^正在显示仓库中的检查点：用这份代码从种子 1 开始训练了 \d+ 步/);
    await expect.poll(() => lab.locator("[data-readout]").innerText()).toMatch(/^第 \d+ 步：在验证句上，完全匹配率 \d\.\d\d/);
    await expect.poll(() => lab.locator("[data-maps] .multiple-title").first().innerText()).toMatch(/^各头平均 · AER \d\.\d\d$/);
    await expect(lab.locator("[data-curves] svg").first().getAttribute("aria-label")).resolves.toMatch(/^损失随训练步数的变化，对数刻度/);
    await expect(lab.locator("[data-curves] svg").first().textContent()).resolves.toContain(zh.trainingStepAxis);
    await expect.poll(() => lab.locator("table.decoding-steps thead").innerText()).toMatch(/步\s+已生成的词\s+选中的词\s+看得最多的源词/);
    // The translation task stays English -> French: the model's own words.
    await expect.poll(() => lab.locator("[data-translation]").innerText()).toBe("le chat noir voit une maison blanche");
    const learned = page.locator("figure#constructed-vs-learned");
    await expect(learned.locator(".figure-part-title").allInnerTexts()).resolves.toEqual([zh.constructed, zh.learned]);
    await expect(learned.locator("svg").last().getAttribute("aria-label")).resolves.toMatch(/^学到的：检查点的交叉注意力/);
    // No English word of the lab's table anywhere in the two figures' text, tables or labels.
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll("trainer-lab, figure#constructed-vs-learned")]
        .flatMap((el) => [el.textContent ?? "", ...[...el.querySelectorAll("[aria-label]")].map((n) => n.getAttribute("aria-label") ?? "")])
        .join("\n"),
    );
    expect(englishStrings.length).toBeGreaterThan(20);
    expect(englishStrings.filter((s) => shown.includes(s))).toEqual([]);
  });

  it("训练 (Train) makes data-step grow and 暂停 (Pause) stops it, with Chinese status text", async () => {
    const { page, problems } = await openPage(browser(), url);
    const lab = await wakeLab(page);
    await expect.poll(() => lab.locator("[data-progress]").innerText()).toBe(zh.ready);
    await lab.getByRole("button", { name: zh.train, exact: true }).click();
    await labState(page, "status === 'training' && step >= 3", 240_000);
    await lab.getByRole("button", { name: zh.pause, exact: true }).click();
    await labState(page, "status === 'paused'");
    const step = Number(await lab.getAttribute("data-step"));
    expect(step).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(1000);
    await expect(lab.getAttribute("data-step")).resolves.toBe(String(step));
    await expect.poll(() => lab.locator("[data-view]").innerText(), { timeout: 10_000 }).toBe(zh.runView(step, 500));
    await expect.poll(() => lab.locator("[data-announce]").innerText()).toBe(zh.status.paused(step));
    await expect.poll(() => lab.locator("[data-readout]").innerText()).toMatch(new RegExp(`^第 ${step} 步：`));
    expect(problems).toEqual([]);
  }, 360_000);

  it("a seed that is not a whole number gets a Chinese alert beside it, and training does not start", async () => {
    const { page, problems } = await openPage(browser(), url);
    const lab = await wakeLab(page);
    await lab.getByRole("textbox", { name: zh.seed }).fill("1.5");
    await lab.getByRole("button", { name: zh.train, exact: true }).click();
    await expect(lab.getByRole("alert").filter({ hasText: "随机种子必须是 0 到 2147483647 之间的整数；“1.5”不是。" }).count()).resolves.toBe(1);
    await expect(lab.getByRole("alert").filter({ hasText: zh.invalid }).count()).resolves.toBe(1);
    await expect(lab.getAttribute("data-step")).resolves.toBe("0");
    expect(problems).toEqual([]);
  }, 120_000);

  it("翻译 (Translate) decodes the prefilled sentence; an unknown word gets a Chinese alert naming it", async () => {
    const { page, problems } = await openPage(browser(), url);
    await wakeLab(page);
    const panel = page.locator("figure#trainer-lab-translate");
    const output = panel.locator("[data-translation]");
    // The build drew the prefilled sentence's translation: clear it, so only the button can bring it back.
    await output.evaluate((el) => (el.textContent = ""));
    await panel.getByRole("button", { name: zh.translate, exact: true }).click();
    await expect.poll(() => output.innerText(), { timeout: 60_000 }).toBe("le chat noir voit une maison blanche");
    await expect.poll(() => panel.locator("[data-decoding-readout]").innerText()).toMatch(/^“the black cat sees a white house” → “le chat noir voit une maison blanche”，共 \d+ 步，最后一步选中结束词元。$/);

    const input = panel.getByRole("textbox", { name: zh.sentenceToTranslate });
    await input.fill("the purple cat");
    await panel.getByRole("button", { name: zh.translate, exact: true }).click();
    const alert = panel.getByRole("alert");
    await expect.poll(() => alert.innerText()).toMatch(/^“purple” 不在模型的英语词表中；已知的词有：the, a, black, .*cat.*。$/);
    await expect(input.getAttribute("aria-invalid")).resolves.toBe("true");
    expect(problems).toEqual([]);
  }, 120_000);
});
