import { describe, expect, it } from "vitest";
import { maxSeed, parseSeed } from "../../../src/figures/parseSeed";

describe("parseSeed", () => {
  it("parseSeed(text, drawn) reads a whole number from 0 to maxSeed", () => {
    expect(parseSeed("0", 11, "en")).toEqual({ seed: 0 });
    expect(parseSeed(" 42 ", 11, "en")).toEqual({ seed: 42 });
    expect(parseSeed(String(maxSeed), 11, "en")).toEqual({ seed: maxSeed });
  });

  it("parseSeed refuses -5, 3.7 and 1e30, saying why and which seed the figure still shows", () => {
    expect(parseSeed("-5", 11, "en")).toEqual({ problem: "A seed is a whole number from 0 to 999999; “-5” is below 0. The figure still shows seed 11." });
    expect(parseSeed("3.7", 11, "en")).toEqual({ problem: "A seed is a whole number from 0 to 999999; “3.7” is not a whole number. The figure still shows seed 11." });
    expect(parseSeed("1e30", 4, "en")).toEqual({ problem: "A seed is a whole number from 0 to 999999; “1e30” is more than 999999. The figure still shows seed 4." });
  });

  it("parseSeed asks for a seed when the box is empty (a number box reports unreadable text as empty)", () => {
    expect(parseSeed("", 11, "en")).toEqual({ problem: "Type a seed: a whole number from 0 to 999999. The figure still shows seed 11." });
  });

  it("parseSeed shortens what it quotes, so a pasted essay cannot flood the page", () => {
    const result = parseSeed("x".repeat(500), 11, "en");
    expect("problem" in result && result.problem).toBe("A seed is a whole number from 0 to 999999; “xxxxxxxxxxxxxxxxxxxx…” is not a number. The figure still shows seed 11.");
  });

  it('parseSeed(text, drawn, "zh") refuses in Chinese, quoting the text and naming the seed still drawn', () => {
    expect(parseSeed("-5", 11, "zh")).toEqual({ problem: "随机种子是 0 到 999999 之间的整数；“-5”小于 0。图中仍显示随机种子 11。" });
    expect(parseSeed("abc", 3, "zh")).toEqual({ problem: "随机种子是 0 到 999999 之间的整数；“abc”不是数字。图中仍显示随机种子 3。" });
    expect(parseSeed("", 11, "zh")).toEqual({ problem: "请输入随机种子：0 到 999999 之间的整数。图中仍显示随机种子 11。" });
    expect(parseSeed("7", 11, "zh")).toEqual({ seed: 7 });
  });
});
