import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { wakeIsland } from "./reader";

// The Chinese edition's step-through figures and explorers, found by their Chinese names as a reader would.
const baseUrl = inject("baseUrl");
const zhLesson = (slug: string, search = "") => new URL(`zh/lessons/${slug}/${search}`, baseUrl).href;
const browser = useBrowser();

describe("zh stepper", () => {
  it("下一步 and 上一步 move through the stages, whose headings and sentences are Chinese", async () => {
    const { page, problems } = await openPage(browser(), zhLesson("scaled-dot-product-cross-attention"));
    const stepper = await wakeIsland(page, "stepper-figure");
    await expect(stepper.getByRole("heading", { name: "第 1 步：来自目标端的查询" }).isVisible()).resolves.toBe(true);
    await stepper.getByRole("button", { name: "下一步 →" }).click();
    await stepper.getByRole("button", { name: "下一步 →" }).click();
    await expect(stepper.getAttribute("data-step")).resolves.toBe("3");
    await expect(stepper.getByRole("heading", { name: "第 3 步：分数：每个查询对每个键" }).isVisible()).resolves.toBe(true);
    await expect(stepper.getByText("第 3 步，共 11 步：分数：每个查询对每个键").isVisible()).resolves.toBe(true);
    await expect.poll(() => stepper.locator('section[data-stage="3"] [data-sentence]').innerText()).toBe(
      "第 (i, j) 项是查询 i 与键 j 的点积。5 个查询对 6 个键：分数矩阵是 5 × 6 的，不是方阵。",
    );
    await stepper.getByRole("button", { name: "← 上一步" }).click();
    await expect(stepper.getByRole("heading", { name: "第 2 步：来自源端的键和值" }).isVisible()).resolves.toBe(true);
    await expect(stepper.getByRole("progressbar", { name: "演示进度" }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it("the settings have Chinese labels; a refused seed and a moved d_k are said in Chinese; the sentence follows the settings", async () => {
    const { page, problems } = await openPage(browser(), zhLesson("scaled-dot-product-cross-attention", "?step=5"));
    const stepper = await wakeIsland(page, "stepper-figure");
    await stepper.getByRole("checkbox", { name: "掩蔽 <pad> 键" }).uncheck();
    await expect.poll(() => stepper.locator('section[data-stage="5"] [data-sentence]').innerText()).toMatch(/^掩码已关闭：M 全为 0/);
    const seed = stepper.getByRole("spinbutton", { name: "随机种子" });
    await seed.fill("-3");
    await expect.poll(() => seed.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => stepper.locator('[data-message="seed"]').innerText()).toBe("随机种子是 0 到 999999 之间的整数；“-3”小于 0。图中仍显示随机种子 11。");
    await stepper.getByRole("combobox", { name: "每个头的 d_k" }).selectOption("64");
    await stepper.getByRole("combobox", { name: "头数 h" }).selectOption("8");
    await expect.poll(() => stepper.locator('[data-message="dk"]').innerText()).toMatch(/^每个头的 d_k 已改为 16：8 个头 × d_k 64 = d_model 512/);
    await expect(stepper.getByRole("button", { name: "复制链接" }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it("a bad value in the link is ignored with a Chinese notice", async () => {
    const { page } = await openPage(browser(), zhLesson("scaled-dot-product-cross-attention", "?step=42"));
    const stepper = await wakeIsland(page, "stepper-figure");
    await expect.poll(() => stepper.getByRole("status").filter({ hasText: "已忽略链接中的" }).innerText()).toBe('已忽略链接中的 step="42"：请使用 1 到 11 之间的整数。');
  });
});

describe("zh explorers", () => {
  it("the sentence explorer starts from a Chinese source, accepts a typed Chinese sentence and draws one token per character", async () => {
    const { page, problems } = await openPage(browser(), zhLesson("queries-keys-values"));
    const lab = await wakeIsland(page, "sentence-explorer");
    await expect(lab.getByText("没有空格的句子（例如中文）每个字算一个词元", { exact: false }).isVisible()).resolves.toBe(true);
    const source = lab.getByRole("textbox", { name: "源句子（K、V）" });
    await expect(source.inputValue()).resolves.toBe("黑猫睡在垫子上");
    await source.fill("我喜欢猫");
    await expect.poll(() => lab.locator('[data-tokens="key"] [data-token]').allInnerTexts()).toEqual(["我", "喜", "欢", "猫"]);
    await expect.poll(() => lab.locator("[data-readout]").innerText()).toContain("Lq × Lk = 4 × 4（是方阵只是因为两个句子一样长）");
    // Head 1's heat map has one column per character: 4 queries x 4 keys.
    await expect.poll(() => lab.locator("[data-plots] svg").first().locator(".heatmap-cells rect, .heatmap-masked rect").count()).toBe(16);
    await lab.getByRole("textbox", { name: "目标句子（Q）" }).fill("");
    await expect.poll(() => lab.locator('[data-message="target"]').innerText()).toBe("目标句子是空的；请至少输入一个词。");
    expect(problems).toEqual([]);
  });

  it("follow one query: the Chinese query picker changes the readout, in Chinese", async () => {
    const { page, problems } = await openPage(browser(), zhLesson("scaled-dot-product-cross-attention"));
    const follow = await wakeIsland(page, "follow-query");
    await follow.getByRole("combobox", { name: "查询（目标词元）" }).selectOption({ label: "black" });
    await expect.poll(() => follow.locator("[data-readout]").innerText()).toMatch(/^“black”把 \d+% 的权重给了“noir”/);
    await expect(follow.getByRole("table", { name: /^查询“black”经过的每一步/ }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });
});
