import { describe, expect, it } from "vitest";
import { trainerText } from "../../../src/i18n/trainerText";

/** Every key path of a text table, with the kind of value at it: "status.paused: function". */
function shape(value: unknown, path = ""): string[] {
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}: ${typeof value}`];
}

/** Every string of a table, functions called with the sample arguments. */
function strings(value: unknown, call: (f: (...args: never[]) => string) => string): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [call(value as (...args: never[]) => string)];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap((v) => strings(v, call));
  return [];
}

describe("trainerText", () => {
  it("trainerText.zh has exactly en's keys, each a string where en has a string and a function where en has one", () => {
    expect(shape(trainerText.zh)).toEqual(shape(trainerText.en));
  });

  it("trainerText.zh differs from en in every string a reader reads as words (the buttons, the labels, the messages)", () => {
    const { en, zh } = trainerText;
    for (const key of ["train", "pause", "step", "reset", "seed", "learningRate", "heads", "probe", "sentenceToTranslate", "translate", "noScript", "ready"] as const) {
      expect(zh[key], key).not.toBe(en[key]);
      expect(zh[key], key).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(Object.values(zh.ablations).every((label) => /[\u4e00-\u9fff]/.test(label))).toBe(true);
  });

  it("trainerText's English names the ablations as the lesson's runs do, capitalised", () => {
    expect(trainerText.en.ablations).toEqual({
      unscaled: "Without 1/√d_k",
      unmaskedSourcePadding: "Without the source padding mask",
      noSourcePositions: "Without positions in the encoder",
    });
  });

  it("trainerText's functions put their numbers and words in the sentence, in Chinese with full-width punctuation and spaces around numbers", () => {
    const { en, zh } = trainerText;
    expect(zh.status.paused(42)).toBe("已在第 42 步暂停。");
    expect(en.status.paused(42)).toBe("Paused at step 42.");
    expect(zh.checkpointView(120, 1, 0.95, 32)).toBe("正在显示仓库中的检查点：用这份代码从种子 1 开始训练了 120 步，直到在 32 个验证句上的完全匹配率达到 0.95。");
    expect(zh.runView(0, 500)).toBe("正在显示你的运行：第 0 步，最多 500 步。");
    expect(zh.caption(500, 200, "0.93", 200, "0.94")).toMatch(/最多运行 500 步.*检查点在全部 200 个验证句上的完全匹配率为 0\.93，在 200 个测试句上为 0\.94。$/);
    expect(en.caption(500, 200, "0.93", 200, "0.94")).toMatch(/same curves\. The checkpoint's exact match on all 200 validation sentences is 0\.93, on the 200 test sentences 0\.94\.$/);
    expect(zh.workerStopped(undefined)).toBe("训练器意外停止了（很可能是内存不足）。按“重置”重新开始。");
    expect(zh.lossAria("0.5", 10, undefined)).toBe("损失随训练步数的变化，对数刻度：第 10 步验证损失 0.5");
    expect(zh.diverged(12, "softmax: key 3 is NaN")).toBe("训练在第 12 步停止：运行发散了，计算中出现了 NaN 或无穷大。请按“重置”重新开始，也许可以调低学习率。");
    expect(en.diverged(12, "key 3 is NaN")).toBe("training stopped at step 12: key 3 is NaN. Press Reset, perhaps with a lower learning rate");
  });

  it("trainerText.zh's sentences use full-width punctuation: no ASCII comma, semicolon, colon or full stop after a Chinese character", () => {
    // One argument that reads as a number, a word and a list of words, for every parameter.
    const sample = (f: (...args: never[]) => string) => (f as (...args: unknown[]) => string)(...new Array(5).fill(["7"]));
    for (const text of strings(trainerText.zh, sample)) {
      expect(text, text).not.toMatch(/[\u4e00-\u9fff][,;:.!?]/);
    }
  });
});
