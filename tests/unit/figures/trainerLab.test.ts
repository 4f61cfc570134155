import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { mapRowLabels, renderProbeMaps, renderTrainerCurves, renderTranslation, TRAINER_HEADS, trainingLossPoints } from "../../../src/figures/trainerLab";
import type { LabEvaluation, Translation } from "../../../src/train";

const { document: doc } = parseHTML("<!doctype html><html><body></body></html>");
const document = doc as unknown as Document;
const evaluation = (step: number, exactMatch: number): LabEvaluation => ({ step, loss: 2 / (step + 1), exactMatch, alignmentError: 1 - exactMatch / 2, headAlignmentError: [0.5, 0.25] });

describe("trainingLossPoints", () => {
  it("trainingLossPoints averages the batches between evaluations, and the batches since the last one", () => {
    // Hand-worked: losses of steps 1..5, evaluations at 0 and 2: points at 2 (mean of 4, 2) and 5 (mean of 3, 1, 2).
    expect(trainingLossPoints({ trainLoss: [4, 2, 3, 1, 2], evaluations: [evaluation(0, 0), evaluation(2, 0)] })).toEqual([
      { x: 2, y: 3 },
      { x: 5, y: 2 },
    ]);
  });

  it("trainingLossPoints of a run at step 0 is empty, and adds no point when the last step was evaluated", () => {
    expect(trainingLossPoints({ trainLoss: [], evaluations: [evaluation(0, 0)] })).toEqual([]);
    expect(trainingLossPoints({ trainLoss: [1, 3], evaluations: [evaluation(0, 0), evaluation(2, 0)] })).toEqual([{ x: 2, y: 2 }]);
  });
});

describe("renderTrainerCurves", () => {
  it("renderTrainerCurves draws the loss (log scale) and the metrics, named with the latest values, and a readout", () => {
    const part = renderTrainerCurves({ trainLoss: [4, 2, 3], evaluations: [evaluation(0, 0), evaluation(2, 0.5)] }, document, "en");
    expect(part.plots).toHaveLength(2);
    expect(part.plots[0].getAttribute("aria-label")).toBe("Loss against training steps, log scale: validation loss 0.67 at step 2, training loss 3 at step 3");
    expect(part.plots[1].getAttribute("aria-label")).toBe("Validation exact match and alignment error rate against training steps: at step 2 exact match 0.50, alignment error rate 0.75");
    expect(part.readout).toBe("Step 3: on the validation sentences, exact match 0.50, loss 0.67 and alignment error rate 0.75 (evaluated at step 2).");
    const [evaluations, losses] = part.tables();
    expect(evaluations.querySelectorAll("tbody tr")).toHaveLength(2);
    expect(evaluations.querySelector("thead")!.textContent).toContain("AER head 2");
    expect(losses.querySelectorAll("tbody tr")).toHaveLength(2);
  });

  it("renderTrainerCurves of a fresh run (step 0) draws both charts without a training point", () => {
    const part = renderTrainerCurves({ trainLoss: [], evaluations: [evaluation(0, 0)] }, document, "en");
    expect(part.plots).toHaveLength(2);
    expect(part.plots[0].getAttribute("aria-label")).toBe("Loss against training steps, log scale: validation loss 2 at step 0");
  });
});

describe("renderProbeMaps", () => {
  const pair = { english: ["the", "black", "cat"], french: ["le", "chat", "noir"], alignment: [0, 2, 1] };
  const row = (a: number, b: number) => [a, b, 1 - a - b];
  const maps = { heads: [[row(0.8, 0.1), row(0.1, 0.1), row(0.1, 0.8), row(0.3, 0.3)], [row(0.1, 0.1), row(0.1, 0.1), row(0.1, 0.1), row(0.3, 0.3)]], headAlignmentError: [0, 2 / 3], alignmentError: 0 };

  it("renderProbeMaps draws the heads' mean then each head, rows the French words and <eos>, and names the best head", () => {
    const part = renderProbeMaps(pair, maps, document, "en");
    const titles = [...part.plots[0].querySelectorAll(".multiple-title")].map((p) => p.textContent);
    expect(titles).toEqual(["mean of the heads · AER 0.00", "head 1 · AER 0.00", "head 2 · AER 0.67"]);
    expect(mapRowLabels(pair.french)).toEqual(["le", "chat", "noir", "<eos>"]);
    expect(part.readout).toBe("On “the black cat” → “le chat noir”, the heads' mean has alignment error rate 0.00; the best single head, head 1, 0.00.");
    const tables = part.tables();
    expect(tables).toHaveLength(3);
    // The mean panel's first row: (0.8 + 0.1) / 2, (0.1 + 0.1) / 2, (0.1 + 0.8) / 2.
    expect([...tables[0].querySelectorAll("tbody tr")[0].querySelectorAll("td")].map((td) => td.textContent)).toEqual(["0.450", "0.100", "0.450"]);
  });
});

describe("renderTranslation", () => {
  const translation: Translation = {
    english: ["a", "dog"],
    french: ["un", "chien"],
    finished: true,
    steps: [
      { prefix: [], chosen: "un", crossWeights: [[0.9, 0.1], [0.7, 0.3]] },
      { prefix: ["un"], chosen: "chien", crossWeights: [[0.2, 0.8], [0.4, 0.6]] },
      { prefix: ["un", "chien"], chosen: "<eos>", crossWeights: [[0.5, 0.5], [0.5, 0.5]] },
    ],
  };

  it("renderTranslation lists each step's words so far, chosen word and most-attended source word, and draws each head's rows", () => {
    const part = renderTranslation(translation, document, "en");
    const rows = [...part.plots[0].querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ["1", "<bos>", "un", "a (0.80)"],
      ["2", "<bos> un", "chien", "dog (0.70)"],
      ["3", "<bos> un chien", "<eos>", "a (0.50)"],
    ]);
    expect([...part.plots[1].querySelectorAll(".multiple-title")].map((p) => p.textContent)).toEqual(["mean of the heads", "head 1", "head 2"]);
    expect(part.readout).toBe("“a dog” → “un chien” in 3 steps, the last choosing the end token.");
    expect(part.tables()).toHaveLength(3);
  });

  it("renderTranslation says when decoding stopped at the length limit", () => {
    const part = renderTranslation({ ...translation, finished: false, steps: translation.steps.slice(0, 2) }, document, "en");
    expect(part.readout).toBe("“a dog” → “un chien”: stopped after 2 steps without choosing the end token.");
  });
});

describe("TRAINER_HEADS", () => {
  it("TRAINER_HEADS are the divisors of d_model 32", () => {
    expect(TRAINER_HEADS).toEqual([1, 2, 4, 8, 16, 32]);
  });
});

describe("the lab's figures in Chinese", () => {
  it("renderTrainerCurves(curves, document, \"zh\") names the charts, axes, tables and readout in Chinese, with the same numbers", () => {
    const part = renderTrainerCurves({ trainLoss: [4, 2, 3], evaluations: [evaluation(0, 0), evaluation(2, 0.5)] }, document, "zh");
    expect(part.plots[0].getAttribute("aria-label")).toBe("损失随训练步数的变化，对数刻度：第 2 步验证损失 0.67，第 3 步训练损失 3");
    expect(part.plots[1].getAttribute("aria-label")).toBe("验证完全匹配率与对齐错误率随训练步数的变化：第 2 步完全匹配率 0.50，对齐错误率 0.75");
    expect(part.plots[0].textContent).toContain("训练步数");
    expect(part.readout).toBe("第 3 步：在验证句上，完全匹配率 0.50，损失 0.67，对齐错误率 0.75（在第 2 步评估）。");
    const [evaluations, losses] = part.tables();
    expect([...evaluations.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["步", "验证损失", "完全匹配率", "对齐错误率（各头平均）", "头 1 的 AER", "头 2 的 AER"]);
    expect(losses.querySelector("caption")!.textContent).toBe("训练损失，截至每一步的各批量平均");
  });

  it("renderProbeMaps and renderTranslation in Chinese title each head and keep the model's English and French words", () => {
    const pair = { english: ["the", "cat"], french: ["le", "chat"], alignment: [0, 1] };
    const maps = { heads: [[[0.9, 0.1], [0.2, 0.8], [0.5, 0.5]]], headAlignmentError: [0], alignmentError: 0 };
    const probe = renderProbeMaps(pair, maps, document, "zh");
    expect([...probe.plots[0].querySelectorAll(".multiple-title")].map((p) => p.textContent)).toEqual(["各头平均 · AER 0.00", "头 1 · AER 0.00"]);
    expect(probe.readout).toBe("在 “the cat” → “le chat” 上，各头平均的对齐错误率为 0.00；最好的单个头是头 1，为 0.00。");
    const translation: Translation = {
      english: ["the", "cat"],
      french: ["le", "chat"],
      finished: false,
      steps: [
        { prefix: [], chosen: "le", crossWeights: [[0.9, 0.1]] },
        { prefix: ["le"], chosen: "chat", crossWeights: [[0.3, 0.7]] },
      ],
    };
    const part = renderTranslation(translation, document, "zh");
    expect([...part.plots[0].querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["步", "已生成的词", "选中的词", "看得最多的源词"]);
    expect([...part.plots[0].querySelectorAll("tbody tr")[1].children].map((c) => c.textContent)).toEqual(["2", "<bos> le", "chat", "cat (0.70)"]);
    expect(part.readout).toBe("“the cat” → “le chat”：2 步后停止，没有选中结束词元。");
    expect(part.tables()[0].querySelector("caption")!.textContent).toBe("每个解码步的交叉注意力，各头平均");
  });
});
