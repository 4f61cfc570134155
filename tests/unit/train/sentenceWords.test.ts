import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_WORDS, sentenceWords, vocabulary } from "../../../src/train";

const english = vocabulary(["the", "black", "cat", "sees", "a", "dog"], "English");

describe("sentenceWords", () => {
  it("sentenceWords(text) lower-cases, splits on any spaces and drops punctuation around words", () => {
    expect(sentenceWords("  The BLACK cat\tsees a dog. ", english, "English")).toEqual(["the", "black", "cat", "sees", "a", "dog"]);
    expect(sentenceWords("“the cat!”", english, "English")).toEqual(["the", "cat"]);
  });

  it("sentenceWords(text) names an unknown word and lists the known words", () => {
    expect(() => sentenceWords("the cow", english, "English")).toThrow(
      "translate: “cow” is not in the model's English vocabulary; the known words are: the, black, cat, sees, a, dog",
    );
  });

  it("sentenceWords(text) names every unknown word once", () => {
    expect(() => sentenceWords("a cow sees a cow and a pig", english, "English")).toThrow("“cow”, “and”, “pig” are not in the model's English vocabulary");
  });

  it("sentenceWords(text) refuses a sentence with no words or with too many", () => {
    expect(() => sentenceWords(" ... ", english, "English")).toThrow("the sentence has no words");
    const long = Array.from({ length: MAX_SENTENCE_WORDS + 1 }, () => "cat").join(" ");
    expect(() => sentenceWords(long, english, "English")).toThrow(`the sentence has ${MAX_SENTENCE_WORDS + 1} words; use at most ${MAX_SENTENCE_WORDS}`);
    expect(sentenceWords(long.slice(4), english, "English")).toHaveLength(MAX_SENTENCE_WORDS);
  });

  it("sentenceWords(text) refuses the special tokens a reader might type", () => {
    expect(() => sentenceWords("the <pad>", english, "English")).toThrow("“<pad>” is not in the model's English vocabulary");
  });
});
