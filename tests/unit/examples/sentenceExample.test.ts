import { describe, expect, it } from "vitest";
import { maxWords, sentenceExample, splitTokens, tokenize } from "../../../src/examples/sentenceExample";

describe("splitTokens", () => {
  it("splitTokens(text) splits a sentence with spaces on its spaces, however many", () => {
    expect(splitTokens("le chat  noir\tdort ")).toEqual(["le", "chat", "noir", "dort"]);
    expect(splitTokens("黑猫 睡着了")).toEqual(["黑猫", "睡着了"]);
  });

  it("splitTokens(text) gives one token per character of Chinese written without spaces", () => {
    expect(splitTokens("黑猫睡着了")).toEqual(["黑", "猫", "睡", "着", "了"]);
    expect(splitTokens("猫。")).toEqual(["猫", "。"]);
  });

  it("splitTokens(text) keeps Latin words and numbers whole inside unspaced Chinese", () => {
    expect(splitTokens("我用PyTorch写了3个模型")).toEqual(["我", "用", "PyTorch", "写", "了", "3", "个", "模", "型"]);
  });

  it("splitTokens(text) keeps a single unspaced Latin word whole, and gives nothing for blank text", () => {
    expect(splitTokens("hello,")).toEqual(["hello,"]);
    expect(splitTokens("   ")).toEqual([]);
    expect(splitTokens("\u3000黑猫\u3000")).toEqual(["黑", "猫"]);
  });
});

describe("tokenize", () => {
  it("tokenize(text, name, lang) refuses an empty sentence naming it, in the reader's language", () => {
    expect(() => tokenize(" ", "source", "en")).toThrow("The source sentence is empty; type at least one word.");
    expect(() => tokenize("", "target", "zh")).toThrow("目标句子是空的；请至少输入一个词。");
  });

  it("tokenize(text, name, lang) refuses more than maxWords tokens, counting Chinese characters", () => {
    const long = "猫".repeat(maxWords + 1);
    expect(() => tokenize(long, "source", "zh")).toThrow(`源句子有 ${maxWords + 1} 个词元；这张图最多接受 ${maxWords} 个。请缩短它。`);
    expect(tokenize("猫".repeat(maxWords), "source", "zh")).toHaveLength(maxWords);
  });
});

describe("sentenceExample", () => {
  it("sentenceExample(s, lang) attends from each target token to each character of a Chinese source: Lq x Lk", () => {
    const { queryTokens, keyTokens, trace } = sentenceExample({ source: "黑猫睡着了", target: "the black cat is asleep", dModel: 8, heads: 2, seed: 1, swap: false }, "zh");
    expect(keyTokens).toEqual(["黑", "猫", "睡", "着", "了"]);
    expect(queryTokens).toHaveLength(5);
    const w = trace.perHead[0].attention.weights;
    expect([w.rows, w.cols]).toEqual([5, 5]);
  });
});
