import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { wakeFigure as wake } from "./reader";
import { fastDecodingText } from "../../src/i18n/fastDecodingText";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const zhLesson = (slug: string) => new URL(`zh/lessons/${slug}/`, baseUrl).href;
/** The English words of the figures' table that Chinese differs from: none may show on a Chinese page. */
const english = Object.entries(fastDecodingText.en).flatMap(([key, value]) => {
  const zh = fastDecodingText.zh[key as keyof typeof fastDecodingText.zh];
  if (typeof value === "string") return value !== zh ? [value] : [];
  return Array.isArray(value) ? value.filter((v, n) => v !== (zh as readonly string[])[n]) : [];
});

describe("the Chinese edition's fast-attention and decoding figures", () => {
  it("fast-attention-blocks and -mask-fill: Chinese sliders, selects and checkboxes redraw the figures with Chinese readouts", async () => {
    const { page, problems } = await openPage(browser(), zhLesson("fast-attention"));
    const blocks = await wake(page, "fast-attention-blocks");
    const readout = blocks.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^读完第 2 块（共 4 块，键 4–6）后：m = /);
    await blocks.getByRole("slider", { name: "块大小 B（每块的键数）" }).fill("4");
    await blocks.getByRole("slider", { name: "已读入的块数" }).fill("12");
    await expect.poll(() => readout.innerText()).toMatch(/^每块 4 个键只能分成 3 块。读完第 3 块（共 3 块，键 9–12）后：/);
    const last = await readout.innerText();
    const [, partial, core] = last.match(/o \/ l = (\(.+?\))；所有键都已读入，这就是核心库的输出 (\(.+?\))/) ?? [];
    expect(partial).toBeDefined();
    expect(partial).toBe(core);

    const mask = await wake(page, "fast-attention-mask-fill");
    const maskReadout = mask.locator("[data-readout]");
    await expect.poll(() => maskReadout.innerText()).toMatch(/^在 float16 中，−1e9 存为 −∞。.*每个权重都是 NaN。$/);
    await mask.getByRole("combobox", { name: "加到被掩蔽键分数上的值" }).selectOption("finfoMin");
    await expect.poll(() => maskReadout.innerText()).toMatch(/^在 float16 中，torch\.finfo\(dtype\)\.min 存为 −65504。.*这一行是均匀的，0\.250、0\.250、0\.250、0\.250，没有 NaN。$/);
    await mask.getByRole("checkbox", { name: "把掩码加两次（两个掩码叠加）" }).check();
    await expect.poll(() => maskReadout.innerText()).toMatch(/每个权重都是 NaN。$/);
    await mask.locator("summary", { hasText: "显示数值" }).click();
    await expect(mask.getByRole("columnheader", { name: "被掩蔽？" }).count()).resolves.toBe(1);
    await expect(mask.getByRole("img", { name: /^一个查询在 float16 下的权重，对所有键加上 torch\.finfo\(dtype\)\.min（加两次）/ }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it("fast-attention-precision: summing in float32 is chosen by its Chinese label and repairs the float16 denominator", async () => {
    const { page, problems } = await openPage(browser(), zhLesson("fast-attention"));
    const figure = await wake(page, "fast-attention-precision");
    const readout = figure.locator("[data-readout]");
    await figure.getByRole("combobox", { name: "这一行的分数" }).selectOption({ label: "全部相等" });
    await expect.poll(() => readout.innerText()).toMatch(/^L_k = 4096 时（分数：全部相等；求和：16 位，即存储格式）：float16 求得的分母为 2048\.0（精确值 4096\.0）/);
    await figure.getByRole("combobox", { name: "求和所用的格式" }).selectOption({ label: "float32，即 PyTorch 的做法" });
    await expect.poll(() => readout.innerText()).toMatch(/float16 求得的分母为 4096\.0（精确值 4096\.0）/);
    expect(problems).toEqual([]);
  });

  it("decoding figures: the Chinese model names, sliders and readouts; the model choice changes the cost", async () => {
    const { page, problems } = await openPage(browser(), zhLesson("decoding"));
    const memory = await wake(page, "decoding-cache-memory");
    const memoryReadout = memory.locator("[data-readout]");
    await memory.getByRole("slider", { name: "解码步 t" }).fill("3");
    await expect.poll(() => memoryReadout.innerText()).toMatch(/^第 3 步时，自注意力缓存在每层存放 3 行 K 和 V：共 [\d,]+ 个数。/);
    await memory.getByRole("slider", { name: "束宽 k（1：贪心）" }).fill("4");
    await expect.poll(() => memoryReadout.innerText()).toMatch(/每层每个束存放 3 行 K 和 V（4 个束）/);

    const cost = await wake(page, "decoding-cross-cost");
    const costReadout = cost.locator("[data-readout]");
    const model = cost.getByRole("combobox", { name: "模型" });
    await expect(model.locator("option").allInnerTexts()).resolves.toEqual([expect.stringMatching(/^实验面板的翻译模型（d_model \d+，\d+ 层）$/), "Transformer base（d_model 512，6 层）"]);
    await model.selectOption({ label: "Transformer base（d_model 512，6 层）" });
    // 8 steps over 7 source tokens in the 2017 base model save 7 x 6 x 2 x 7 x 512² multiply-adds.
    await expect.poll(() => costReadout.innerText()).toMatch(/每层只投影一次（6 层）要花 .*缓存省下 (\d{1,3}(,\d{3})*) 次/);
    await expect.poll(() => costReadout.innerText()).toContain(`缓存省下 ${(7 * 6 * 2 * 7 * 512 * 512).toLocaleString("en-US")} 次`);
    await cost.getByRole("slider", { name: "源词元数 L_k" }).fill("8");
    await expect.poll(() => costReadout.innerText()).toMatch(/^从 8 个源词元解码 8 个词元：/);
    await expect(page.locator("figure[data-figure] [data-error]:not([hidden])").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it("no English words of the figures' table show in the figures, their names or their numbers on the Chinese pages", async () => {
    const pages = { "fast-attention": ["fast-attention-blocks", "fast-attention-mask-fill", "fast-attention-precision"], decoding: ["decoding-cache-memory", "decoding-cross-cost"] };
    for (const [lesson, figures] of Object.entries(pages)) {
      const { page, problems } = await openPage(browser(), zhLesson(lesson));
      for (const id of figures) {
        const figure = await wake(page, id);
        await figure.locator("summary", { hasText: "显示数值" }).click();
        const shown = await figure.evaluate((el) => [el.textContent ?? "", ...[...el.querySelectorAll("[aria-label], option")].map((e) => `${e.getAttribute("aria-label") ?? ""} ${e.textContent ?? ""}`)].join("\n"));
        expect(english.filter((words) => shown.includes(words)), id).toEqual([]);
        expect(shown, id).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(problems).toEqual([]);
    }
  });
});
