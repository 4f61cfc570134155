import { describe, expect, it } from "vitest";
import { explorerText } from "../../../src/i18n/explorerText";
import { splitTokens, maxWords } from "../../../src/examples/sentenceExample";

describe("explorerText", () => {
  it("explorerText.en and explorerText.zh have the same keys", () => {
    expect(Object.keys(explorerText.zh).sort()).toEqual(Object.keys(explorerText.en).sort());
  });

  it("explorerText[lang].splitHint says how sentences are split, with the limit", () => {
    expect(explorerText.en.splitHint(16)).toMatch(/split on spaces; a sentence without spaces, such as Chinese, is split into one token per character.*At most 16 tokens/);
    expect(explorerText.zh.splitHint(16)).toMatch(/按空格切分词元；没有空格的句子（例如中文）每个字算一个词元.*最多 16 个词元。$/);
  });

  it("explorerText.zh's example sentences fit the explorer: a Chinese source split per character, an English target", () => {
    const source = splitTokens(explorerText.zh.initialSource);
    expect(source).toEqual(["黑", "猫", "睡", "在", "垫", "子", "上"]);
    expect(splitTokens(explorerText.zh.initialTarget)).toEqual(["the", "black", "cat", "sleeps"]);
    expect(source.length).toBeLessThanOrEqual(maxWords);
  });

  it("explorerText[lang] functions quote their tokens and numbers", () => {
    expect(explorerText.zh.followReadout("black", "61", "noir")).toBe("“black”把 61% 的权重给了“noir”，所以它的输出行主要来自 V 中“noir”那一行。");
    expect(explorerText.zh.longSentence.source(17, 16)).toBe("源句子有 17 个词元；这张图最多接受 16 个。请缩短它。");
    expect(explorerText.en.longSentence.target(17, 16)).toBe("The target sentence has 17 words; this figure takes at most 16. Shorten it.");
    expect(explorerText.zh.sentencesReadout(4, 4, 16, 2, 8, "黑", "猫", "0.5")).toContain("（是方阵只是因为两个句子一样长）");
  });
});
