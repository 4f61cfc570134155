import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { textTable } from "../../../src/plots/textTable";
import { tablesToCsv } from "../../../src/site/tablesToCsv";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

describe("tablesToCsv", () => {
  it("tablesToCsv([table]) writes the header row and every row, CRLF-ended, without the caption", () => {
    const table = textTable(document, "Weights", ["query \\ key", "le", "chat"], [["the", "0.250", "0.750"], ["cat", "0.100", "0.900"]]);
    expect(tablesToCsv([table as unknown as HTMLTableElement])).toBe("query \\ key,le,chat\r\nthe,0.250,0.750\r\ncat,0.100,0.900\r\n");
  });

  it("tablesToCsv(tables) writes printed numbers plainly: ASCII minus, no thousands separators, −∞ as -inf", () => {
    const table = textTable(document, "Scores", ["row", "a", "b", "c", "d"], [["x", "−0.25", "16,640", "−∞", "∞"]]);
    expect(tablesToCsv([table as unknown as HTMLTableElement])).toBe("row,a,b,c,d\r\nx,-0.25,16640,-inf,inf\r\n");
  });

  it("tablesToCsv(tables) quotes a field with a comma or a quote, and leaves a text with a minus inside alone", () => {
    const table = textTable(document, "Labels", ["name", "note"], [['say "hi"', "a, b"], ["d_k − 1", "x−1"]]);
    expect(tablesToCsv([table as unknown as HTMLTableElement])).toBe('name,note\r\n"say ""hi""","a, b"\r\nd_k − 1,x−1\r\n');
  });

  it("tablesToCsv(tables) starts each of several tables with its caption and separates them by an empty line", () => {
    const one = textTable(document, "Head 1", ["q", "k"], [["a", "1.00"]]);
    const two = textTable(document, "Head 2, masked", ["q", "k"], [["a", "−∞"]]);
    expect(tablesToCsv([one, two] as unknown as HTMLTableElement[])).toBe('Head 1\r\nq,k\r\na,1.00\r\n\r\n"Head 2, masked"\r\nq,k\r\na,-inf\r\n');
  });
});
