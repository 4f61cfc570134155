import { describe, expect, it } from "vitest";
import { BOS, EOS, PAD, vocabulary } from "../../../src/train";

describe("vocabulary", () => {
  const v = vocabulary(["chat", "noir"], "french");

  it("vocabulary(words) numbers <pad>, <bos>, <eos> 0, 1, 2, then the words in order", () => {
    expect([PAD, BOS, EOS]).toEqual([0, 1, 2]);
    expect(v.words).toEqual(["<pad>", "<bos>", "<eos>", "chat", "noir"]);
    expect([v.id("chat"), v.id("noir")]).toEqual([3, 4]);
  });

  it("vocabulary(words).has(word) is true for a word and false for a special token or an unknown word", () => {
    expect(v.has("noir")).toBe(true);
    expect(v.has("<pad>")).toBe(false);
    expect(v.has("chien")).toBe(false);
  });

  it("vocabulary(words).id(word) refuses an unknown word or a special token, naming it and listing the known words", () => {
    expect(() => v.id("chien")).toThrow("vocabulary: “chien” is not in the model's French vocabulary; the known words are: chat, noir");
    expect(() => v.id("<eos>")).toThrow("“<eos>” is not in the model's French vocabulary");
  });

  it("vocabulary(words) refuses a list that repeats a word", () => {
    expect(() => vocabulary(["a", "b", "a"], "english")).toThrow("the English word list repeats a word");
  });
});
