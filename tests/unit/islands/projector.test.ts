import { describe, expect, it } from "vitest";
import { shortText, stageTitle } from "../../../components/islands/projector";

describe("projector slide labels", () => {
  it("shortText(caption) keeps the first sentence, ended by a full stop and a space or by a Chinese full stop", () => {
    expect(shortText("  Weights of one query.  Each row sums to 1.")).toBe("Weights of one query.");
    expect(shortText("A scale of 0.5 halves it. Then more.")).toBe("A scale of 0.5 halves it.");
    expect(shortText("一个查询的注意力权重。每一行之和为 1。")).toBe("一个查询的注意力权重。");
    expect(shortText("这是问题吗？是的。")).toBe("这是问题吗？");
  });

  it("shortText(caption) cuts a first sentence longer than 120 characters to 117 and an ellipsis", () => {
    const long = shortText(`${"x".repeat(200)}.`);
    expect(long).toHaveLength(118);
    expect(long.endsWith("…")).toBe(true);
  });

  it("stageTitle(heading) drops the stage's label in either language and keeps colons in the title", () => {
    expect(stageTitle("Stage 2: Scores: Q times K transposed")).toBe("Scores: Q times K transposed");
    expect(stageTitle("第 2 步：分数")).toBe("分数");
    expect(stageTitle("阶段 12：softmax")).toBe("softmax");
    expect(stageTitle("Scores")).toBe("Scores");
  });
});
