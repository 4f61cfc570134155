import { describe, expect, it } from "vitest";
import { exerciseIds } from "../../../src/notebook/exerciseIds";

describe("exerciseIds", () => {
  it("exerciseIds(mdx) lists the ids of every <Exercise> in order, whatever prop comes first", () => {
    const mdx = '<Cell id="c" code={`x`} />\n<Exercise\n  title="One"\n  id="first"\n  starter={`a > b`}\n/>\ntext\n<Exercise id=\'second\' title="Two" />';
    expect(exerciseIds(mdx)).toEqual(["first", "second"]);
    expect(exerciseIds("no exercises")).toEqual([]);
  });
});
