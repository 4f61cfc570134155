import { describe, expect, it } from "vitest";
import { pageContainsQuery } from "../../../src/site/pageContainsQuery";

// Page text as Pagefind stores it for the lessons (its `content`).
const lesson =
  "Where Q, K and V come from. In self-attention all three come from the same sequence. " +
  "const exps = scores.map(Math.exp); const total = exps.reduce((a, b) => a + b, 0); // (Lq, dk) x (dk, Lk) " +
  "Masking writes −∞ into each blocked score, so the row is 0/0 = NaN. The core's scaledDotProductAttention returns the weights. " +
  "A naïve softmax overflows; the stable one subtracts the row maximum. The queries attend to keys.";

describe("pageContainsQuery", () => {
  it('pageContainsQuery(page, "qwzxplk", "en") is false for a page whose only match is the letter Q', () => {
    expect(pageContainsQuery(lesson, "qwzxplk", "en")).toBe(false);
  });

  it('pageContainsQuery(page, word, "en") is false for "banana" beside "b" and "xylophone" beside "x"', () => {
    expect(pageContainsQuery(lesson, "banana", "en")).toBe(false);
    expect(pageContainsQuery(lesson, "xylophone", "en")).toBe(false);
  });

  it('pageContainsQuery(page, word, "en") is true for a word of the page, in any case, quoted or not', () => {
    expect(pageContainsQuery(lesson, "softmax", "en")).toBe(true);
    expect(pageContainsQuery(lesson, "SOFTMAX", "en")).toBe(true);
    expect(pageContainsQuery(lesson, '"softmax"', "en")).toBe(true);
    expect(pageContainsQuery(lesson, "q", "en")).toBe(true);
  });

  it('pageContainsQuery(page, prefix, "en") is true while the reader is still typing a word of the page', () => {
    expect(pageContainsQuery(lesson, "soft", "en")).toBe(true);
    expect(pageContainsQuery(lesson, "subtr", "en")).toBe(true);
  });

  it('pageContainsQuery(page, word, "en") is true for another form of a word of the page', () => {
    expect(pageContainsQuery(lesson, "query", "en")).toBe(true); // queries
    expect(pageContainsQuery(lesson, "key", "en")).toBe(true); // keys
    expect(pageContainsQuery(lesson, "masked", "en")).toBe(true); // Masking
    expect(pageContainsQuery(lesson, "scores", "en")).toBe(true); // score,
    expect(pageContainsQuery(lesson, "attends", "en")).toBe(true); // attend
    expect(pageContainsQuery(lesson, "overflowing", "en")).toBe(true); // overflows
    expect(pageContainsQuery(lesson, "blocking", "en")).toBe(true); // blocked
  });

  it('pageContainsQuery(page, word, "en") takes a doubled last consonant as one word ("stopped", "stop")', () => {
    expect(pageContainsQuery("Training can stop early.", "stopped", "en")).toBe(true);
    expect(pageContainsQuery("It stopped early.", "stop", "en")).toBe(true);
    expect(pageContainsQuery("It stopped early.", "stopping", "en")).toBe(true);
  });

  it('pageContainsQuery(page, word, "en") is false for a different word that merely shares a beginning ("attend", "attention")', () => {
    const page = "Cross-attention lets the decoder read the source.";
    expect(pageContainsQuery(page, "attention", "en")).toBe(true);
    expect(pageContainsQuery(page, "attend", "en")).toBe(false);
    expect(pageContainsQuery(page, "attentive", "en")).toBe(false);
  });

  it('pageContainsQuery(page, word, "en") finds the parts of hyphenated and camelCase words, and the whole written without its hyphen', () => {
    expect(pageContainsQuery(lesson, "attention", "en")).toBe(true); // self-attention, scaledDotProductAttention
    expect(pageContainsQuery(lesson, "product", "en")).toBe(true);
    expect(pageContainsQuery(lesson, "self-attention", "en")).toBe(true);
    expect(pageContainsQuery(lesson, "selfattention", "en")).toBe(true);
    expect(pageContainsQuery(lesson, "scaledDotProductAttention", "en")).toBe(true);
  });

  it('pageContainsQuery(page, words, "en") needs every word of the query on the page', () => {
    expect(pageContainsQuery(lesson, "softmax maximum", "en")).toBe(true);
    expect(pageContainsQuery(lesson, "softmax banana", "en")).toBe(false);
  });

  it('pageContainsQuery(page, word, "en") ignores accents as Pagefind does ("naive" finds "naïve")', () => {
    expect(pageContainsQuery(lesson, "naive", "en")).toBe(true);
    expect(pageContainsQuery(lesson, "naïve", "en")).toBe(true);
  });

  it("pageContainsQuery(page, query, lang) is false for a query of punctuation or spaces only", () => {
    expect(pageContainsQuery(lesson, "  ", "en")).toBe(false);
    expect(pageContainsQuery(lesson, "()", "en")).toBe(false);
  });

  it("pageContainsQuery(page, word, lang) applies English word forms to English pages only", () => {
    expect(pageContainsQuery(lesson, "query", "fr")).toBe(false);
    expect(pageContainsQuery(lesson, "quer", "fr")).toBe(true);
  });

  it('pageContainsQuery(page, word, "zh-Hans") finds a Chinese word inside unspaced text, and not a word the text lacks', () => {
    const zh = "多头注意力把模型维度分给几个头，每个头用自己的投影。";
    expect(pageContainsQuery(zh, "多头", "zh-Hans")).toBe(true);
    expect(pageContainsQuery(zh, "投影", "zh-Hans")).toBe(true);
    expect(pageContainsQuery(zh, "多头 投影", "zh-Hans")).toBe(true);
    expect(pageContainsQuery(zh, "香蕉", "zh-Hans")).toBe(false);
    expect(pageContainsQuery(zh, "多头 香蕉", "zh-Hans")).toBe(false);
    expect(pageContainsQuery("Multi-head attention splits the model width.", "多头", "zh-Hans")).toBe(false);
  });

  it('pageContainsQuery(page, word, "zh-Hans") still finds Latin words in Chinese text', () => {
    expect(pageContainsQuery("softmax 沿着每一行计算。", "softmax", "zh-Hans")).toBe(true);
    expect(pageContainsQuery("softmax 沿着每一行计算。", "Softmax", "zh")).toBe(true);
  });
});
