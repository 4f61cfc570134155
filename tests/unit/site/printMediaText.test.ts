import { describe, expect, it } from "vitest";
import { printMediaText } from "../../../src/site/printMediaText";

describe("printMediaText", () => {
  it("printMediaText('print') is 'all' and printMediaText('screen') is 'not all'", () => {
    expect(printMediaText("print")).toBe("all");
    expect(printMediaText("only print")).toBe("all");
    expect(printMediaText("screen")).toBe("not all");
  });

  it("printMediaText keeps the features of 'print and (...)' and drops 'screen and (...)'", () => {
    expect(printMediaText("print and (orientation: portrait)")).toBe("(orientation: portrait)");
    expect(printMediaText("screen and (min-width: 60rem)")).toBe("not all");
  });

  it("printMediaText turns 'not print' off and 'not screen' on", () => {
    expect(printMediaText("not print")).toBe("not all");
    expect(printMediaText("not screen")).toBe("all");
  });

  it("printMediaText leaves feature-only queries alone and maps each query of a list", () => {
    expect(printMediaText("(prefers-color-scheme: dark)")).toBe("(prefers-color-scheme: dark)");
    expect(printMediaText("screen, print")).toBe("not all, all");
  });
});
