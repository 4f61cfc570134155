import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { messageOf, wakeFigure as wake } from "./reader";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const zhLesson = (slug: string) => new URL(`zh/lessons/${slug}/`, baseUrl).href;

describe("the Chinese edition's decoder-block, pytorch-shapes and training-ablations figures", () => {
  it("decoder-block: the Chinese layer-norm and sublayer controls change what the figure says and highlights", async () => {
    const { page, problems } = await openPage(browser(), zhLesson("decoder-block"));
    const figure = await wake(page, "decoder-block");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toBe("解码器第 1 层，后置规范化：y = LN(x + f(x))。交叉注意力：它的查询来自掩蔽自注意力之后的流；键和值来自编码器的记忆，4 × 8（Lk × d_model），每一层都相同。");
    await figure.getByRole("combobox", { name: "层规范化" }).selectOption("pre");
    await expect.poll(() => readout.innerText()).toMatch(/^解码器第 1 层，前置规范化：y = x \+ f\(LN\(x\)\)。交叉注意力：它的查询来自掩蔽自注意力之后的流的层规范化 2；/);
    await figure.getByRole("combobox", { name: "子层" }).selectOption("selfAttention");
    await expect(figure.getByRole("img", { name: /^解码器第 1 层（共 6 层）的结构图，前置规范化.*突出显示：掩蔽自注意力。$/ }).count()).resolves.toBe(1);
    await expect(figure.getByRole("img", { name: /^第 1 个头（共 2 个）：解码器第 1 层的掩蔽自注意力权重/ }).count()).resolves.toBe(1);
    await figure.locator("summary", { hasText: "显示数值" }).click();
    await expect(figure.getByRole("columnheader", { name: "键和值来自" }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it("pytorch-shapes: the Chinese step slider and head control change the shapes; a missing batch item is refused in Chinese", async () => {
    const { page, problems } = await openPage(browser(), zhLesson("pytorch"));
    const figure = await wake(page, "pytorch-shapes");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^第 5 步（共 10 步），scores = scores\.masked_fill.*\(B, 1, 1, Lk\) = \(2, 1, 1, 5\)/);
    await figure.getByRole("slider", { name: "步骤" }).fill("3");
    await expect.poll(() => readout.innerText()).toMatch(/^第 3 步（共 10 步），q = q\.transpose\(1, 2\)。transpose 交换 Lq 轴和 h 轴.*\(B, h, Lq, d_k\) = \(2, 2, 3, 4\)/);
    await figure.getByRole("combobox", { name: "头数 h" }).selectOption("4");
    await expect.poll(() => readout.innerText()).toMatch(/\(B, h, Lq, d_k\) = \(2, 4, 3, 2\)/);
    const item = figure.getByRole("slider", { name: "显示批量中的样本 b" });
    await item.fill("3");
    await expect((await messageOf(item)).innerText()).resolves.toMatch(/^没有批量样本 b = 3：B = 2 的批量只有样本 0 到 1。请减小 b 或增大 B。/);
    expect(problems).toEqual([]);
  });

  it("training-ablations: the Chinese measure control switches the curves; runs are named in Chinese", async () => {
    const { page, problems } = await openPage(browser(), zhLesson("training-translator"));
    const figure = await wake(page, "training-ablations");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^第 300 步时在实验面板的 32 个评估句上的验证完全匹配率：默认 \d\.\d\d；去掉 1\/√d_k \d\.\d\d；/);
    await figure.getByRole("combobox", { name: "度量" }).selectOption({ label: "对齐错误率" });
    await expect.poll(() => readout.innerText()).toMatch(/^第 300 步时在实验面板的 32 个评估句上的验证对齐错误率：默认 \d\.\d\d；.*编码器中去掉位置信息 \d\.\d\d。$/);
    await expect(figure.getByRole("img", { name: /^验证对齐错误率随训练步数的变化（源填充掩码与编码器的位置信息）/ }).count()).resolves.toBe(1);
    await expect(figure.getByText("without the source padding mask").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});
