import { describe, expect, it } from "vitest";
import { maxSeed, parseSeed } from "../../../src/figures/parseSeed";

describe("parseSeed", () => {
  it("parseSeed(text, drawn) reads a whole number from 0 to maxSeed", () => {
    expect(parseSeed("0", 11)).toEqual({ seed: 0 });
    expect(parseSeed(" 42 ", 11)).toEqual({ seed: 42 });
    expect(parseSeed(String(maxSeed), 11)).toEqual({ seed: maxSeed });
  });

  it("parseSeed refuses -5, 3.7 and 1e30, saying why and which seed the figure still shows", () => {
    expect(parseSeed("-5", 11)).toEqual({ problem: "A seed is a whole number from 0 to 999999; “-5” is below 0. The figure still shows seed 11." });
    expect(parseSeed("3.7", 11)).toEqual({ problem: "A seed is a whole number from 0 to 999999; “3.7” is not a whole number. The figure still shows seed 11." });
    expect(parseSeed("1e30", 4)).toEqual({ problem: "A seed is a whole number from 0 to 999999; “1e30” is more than 999999. The figure still shows seed 4." });
  });

  it("parseSeed asks for a seed when the box is empty (a number box reports unreadable text as empty)", () => {
    expect(parseSeed("", 11)).toEqual({ problem: "Type a seed: a whole number from 0 to 999999. The figure still shows seed 11." });
  });

  it("parseSeed shortens what it quotes, so a pasted essay cannot flood the page", () => {
    const result = parseSeed("x".repeat(500), 11);
    expect("problem" in result && result.problem).toBe("A seed is a whole number from 0 to 999999; “xxxxxxxxxxxxxxxxxxxx…” is not a number. The figure still shows seed 11.");
  });
});
