import { describe, expect, it } from "vitest";
import { attentionErrorText } from "../../../src/i18n/attentionErrorText";
import { MAX_SENTENCE_WORDS, sentenceWords, vocabulary } from "../../../src/train";

const english = vocabulary(["the", "black", "cat", "sees", "a", "dog"], "english");

describe("sentenceWords", () => {
  it("sentenceWords(text) lower-cases, splits on any spaces and drops punctuation around words", () => {
    expect(sentenceWords("  The BLACK cat\tsees a dog. ", english, "english")).toEqual(["the", "black", "cat", "sees", "a", "dog"]);
    expect(sentenceWords("“the cat!”", english, "english")).toEqual(["the", "cat"]);
  });

  it("sentenceWords(text) names an unknown word and lists the known words", () => {
    expect(() => sentenceWords("the cow", english, "english")).toThrow(
      "translate: “cow” is not in the model's English vocabulary; the known words are: the, black, cat, sees, a, dog",
    );
  });

  it("sentenceWords(text) names every unknown word once", () => {
    expect(() => sentenceWords("a cow sees a cow and a pig", english, "english")).toThrow("“cow”, “and”, “pig” are not in the model's English vocabulary");
  });

  it("sentenceWords(text) refuses a sentence with no words or with too many", () => {
    expect(() => sentenceWords(" ... ", english, "english")).toThrow("the sentence has no words");
    const long = Array.from({ length: MAX_SENTENCE_WORDS + 1 }, () => "cat").join(" ");
    expect(() => sentenceWords(long, english, "english")).toThrow(`the sentence has ${MAX_SENTENCE_WORDS + 1} words; use at most ${MAX_SENTENCE_WORDS}`);
    expect(sentenceWords(long.slice(4), english, "english")).toHaveLength(MAX_SENTENCE_WORDS);
  });

  it("sentenceWords(text) refuses the special tokens a reader might type", () => {
    expect(() => sentenceWords("the <pad>", english, "english")).toThrow("“<pad>” is not in the model's English vocabulary");
  });

  it("sentenceWords(text) refusals read in Chinese through attentionErrorText, naming every unknown word and listing the known words", () => {
    const zh = (text: string) => {
      try {
        sentenceWords(text, english, "english");
      } catch (error) {
        return attentionErrorText(error, "zh");
      }
      throw new Error(`sentenceWords(${JSON.stringify(text)}) did not refuse`);
    };
    expect(zh("a cow sees a pig")).toBe("“cow”、“pig” 不在模型的英语词表中；已知的词有：the, black, cat, sees, a, dog");
    expect(zh(" ... ")).toMatch(/^这个句子里没有词；请输入一个英语句子/);
    const long = Array.from({ length: MAX_SENTENCE_WORDS + 1 }, () => "cat").join(" ");
    expect(zh(long)).toBe(`这个句子有 ${MAX_SENTENCE_WORDS + 1} 个词；最多只能有 ${MAX_SENTENCE_WORDS} 个`);
  });
});
