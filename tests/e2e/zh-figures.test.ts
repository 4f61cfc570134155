import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { wakeFigure as wake } from "./reader";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const zhLesson = (slug: string) => new URL(`zh/lessons/${slug}/`, baseUrl).href;

describe("the Chinese edition's live figures", () => {
  it("positions-sinusoidal: Chinese controls redraw the figure, the numbers have Chinese headers, a refused p is said in Chinese", async () => {
    const { page, problems } = await openPage(browser(), zhLesson("positions"));
    const figure = await wake(page, "positions-sinusoidal");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^d_model = 16 时，第 0、1 列每 6\.28 个位置重复一次/);
    await figure.getByRole("combobox", { name: "宽度 d_model" }).selectOption("64");
    await expect.poll(() => readout.innerText()).toMatch(/^d_model = 64 时，第 0、1 列每 6\.28 个位置重复一次，第 62、63 列/);
    await expect(figure.getByRole("img", { name: /^正弦位置编码，24 个位置 × 64 列/ }).count()).resolves.toBe(1);

    await figure.locator("summary", { hasText: "显示数值" }).click();
    await expect(figure.getByRole("columnheader", { name: "位置 j" }).count()).resolves.toBe(1);
    await expect(figure.getByRole("columnheader", { name: "相似度" }).count()).resolves.toBe(1);
    await expect(figure.getByRole("table", { name: "正弦位置编码，24 × 64" }).count()).resolves.toBe(1);

    await figure.getByRole("slider", { name: "位置 p" }).fill("30");
    // Beside the slider, or under the drawing when no control is to blame: either way in Chinese.
    await expect(figure.getByText(/^位置 p = 30 超出了最后一个位置 23：位置从 0 数到 长度 − 1。请把 p 移到 24 以下，或增加位置数。/).count()).resolves.toBe(1);
    await expect(figure.locator("[data-plots] svg").count()).resolves.toBe(2);
    expect(problems).toEqual([]);
  });

  it("multihead-lab: a d_model that does not fit the heads moves them, said beside the control in Chinese; switching a head off redraws", async () => {
    const { page, problems } = await openPage(browser(), zhLesson("multi-head"));
    const figure = await wake(page, "multi-head-lab");
    const heads = figure.getByRole("combobox", { name: "头数 h" });
    await heads.selectOption("8");
    await figure.getByRole("combobox", { name: "d_model" }).selectOption("12");
    await expect(heads.inputValue()).resolves.toBe("6");
    await expect.poll(() => figure.locator('[data-message="heads"]').innerText()).toBe("头数 h 已改为 6 (d_k = 2)：d_model = 12 无法均分为 8 个等宽的头。");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^h = 6 个头，每个 d_k = 12 \/ 6 = 2；无论 h 取多少，参数量都是 \d+。所有头都开启。$/);
    await figure.getByRole("checkbox", { name: "关闭头 2" }).check();
    await expect.poll(() => readout.innerText()).toMatch(/关闭了 1 个头：输出最多变化 \d/);
    await expect(figure.locator(".multiple-title", { hasText: "头 2（已关闭）" }).count()).resolves.toBe(1);
    await expect(figure.getByRole("group", { name: "下载" }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it("the English edition keeps its words: the same figure's controls and numbers toggle are English", async () => {
    const { page, problems } = await openPage(browser(), new URL("lessons/positions/", baseUrl).href);
    const figure = await wake(page, "positions-sinusoidal");
    await expect(figure.getByRole("combobox", { name: "Width d_model" }).count()).resolves.toBe(1);
    await expect(figure.locator("summary", { hasText: "Show the numbers" }).count()).resolves.toBe(1);
    await expect(figure.getByRole("group", { name: "Download" }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });
});
