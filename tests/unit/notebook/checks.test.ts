import { describe, expect, it } from "vitest";
import { CheckFailure, checksIn, fail } from "../../../src/notebook/checks";
import { fromRows, maskFromRows, scaledDotProductAttention, type Matrix } from "../../../src/core";

const check = checksIn("en");

/** The message of the CheckFailure `fn` throws. */
function message(fn: () => void): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CheckFailure);
    return (error as Error).message;
  }
  throw new Error("expected a CheckFailure");
}

describe("check helpers", () => {
  it("fail(message) throws a CheckFailure with that message", () => {
    expect(message(() => fail("nope"))).toBe("nope");
  });

  it("check.rowsSumToOne(m) names the first row whose sum is off, with the sum", () => {
    expect(message(() => check.rowsSumToOne([[0.5, 0.5], [0.5, 0.5], [1, 0.37]]))).toBe("row 2 of the weights sums to 1.37, not 1");
    expect(message(() => check.rowsSumToOne([[1.5, -0.5]]))).toBe("the weights has -0.5 at row 0, column 1; weights are never negative");
    expect(message(() => check.rowsSumToOne([[NaN, 1]], 1e-6, "w"))).toBe("w has NaN at row 0, column 0");
    expect(() => check.rowsSumToOne(fromRows([[0.25, 0.75]]))).not.toThrow();
  });

  it("check.rowsSumToOne(m, tol) shows enough digits to see how far a row is from 1", () => {
    expect(message(() => check.rowsSumToOne([[0.5, 0.5001]], 1e-6, "your result"))).toBe("row 0 of your result sums to 1.0001, not 1");
    expect(message(() => check.rowsSumToOne([[0.5, 0.499999]], 1e-9))).toBe("row 0 of the weights sums to 0.999999, not 1");
  });

  it("check.closeTo(actual, expected, tol) prints the two numbers so that they differ", () => {
    expect(message(() => check.closeTo(0.2500003, 0.25, 1e-9, "w"))).toBe("w is 0.2500003 but should be 0.25 (within 1e-9)");
    expect(message(() => check.closeTo([[1, 2.00001]], [[1, 2]], 1e-9, "out"))).toBe("out at row 0, column 1 is 2.00001 but should be 2 (within 1e-9)");
  });

  it("check.rowsSumToOne(undefined) asks whether the function returned its result", () => {
    expect(message(() => check.rowsSumToOne(undefined, 1e-6, "your result"))).toBe(
      "your result should be a matrix (or nested arrays of numbers) but it is undefined; did your function return its result?",
    );
  });

  it("check.closeTo(actual, expected, tol, what) compares numbers, arrays and matrices and names the entry", () => {
    expect(message(() => check.closeTo(0.3, 0.25, 1e-3, "w"))).toBe("w is 0.3 but should be 0.25 (within 0.001)");
    expect(message(() => check.closeTo([1, 2.5], [1, 2], 1e-6, "row"))).toBe("row[1] is 2.5 but should be 2 (within 0.000001)");
    expect(message(() => check.closeTo([[1, 2], [3, 4]], fromRows([[1, 2], [3, 5]]), 1e-6, "out"))).toBe("out at row 1, column 1 is 4 but should be 5 (within 0.000001)");
    expect(message(() => check.closeTo([[1, 2]], [[1], [2]], 1e-6, "out"))).toBe("out is 1x2 but should be 2x1");
    expect(() => check.closeTo([[-Infinity, 1]], [[-Infinity, 1]])).not.toThrow();
  });

  it("check.maskedAreZero(weights, mask) names the query and the blocked key that got weight", () => {
    const mask = maskFromRows([[true, false], [true, true]]);
    expect(message(() => check.maskedAreZero([[0.8, 0.2], [0.5, 0.5]], mask))).toBe("query 0 gives weight 0.2 to key 1, which the mask blocks; it should be 0");
    expect(() => check.maskedAreZero([[1, 0], [0.5, 0.5]], [[true, false], [true, true]])).not.toThrow();
    expect(message(() => check.maskedAreZero([[1, 0]], mask))).toBe("the weights are 1x2 but the mask is 2x2");
  });

  it("check.agreesWithCore(fn) passes the core itself and names the trial, shapes and entry of a wrong one", () => {
    expect(() => check.agreesWithCore((q: Matrix, k: Matrix, v: Matrix) => scaledDotProductAttention(q, k, v))).not.toThrow();
    const unscaled = (q: Matrix, k: Matrix, v: Matrix) => scaledDotProductAttention(q, k, v, { scale: 1 }).output;
    expect(message(() => check.agreesWithCore(unscaled))).toMatch(/^on trial 1 \(Q 2x2, K 3x2, V 3x2\) your output differs from the core at row \d, column \d: -?[\d.]+ instead of -?[\d.]+$/);
    expect(message(() => check.agreesWithCore(undefined))).toBe("check.agreesWithCore needs your function, but it got undefined; is it defined with the expected name?");
    expect(message(() => check.agreesWithCore(() => { throw new Error("boom"); }))).toBe("on trial 1 (Q 2x2, K 3x2, V 3x2) your function threw Error: boom");
  });

  it("check.agreesWithCore(fn) quotes a core refusal of the reader's function in the page's language", () => {
    // Q passed as V: 2 rows of values for 3 keys.
    const wrong = (q: Matrix, k: Matrix) => scaledDotProductAttention(q, k, q);
    expect(message(() => check.agreesWithCore(wrong))).toBe(
      "on trial 1 (Q 2x2, K 3x2, V 3x2) your function threw AttentionError: attention: K is 3x2 but V is 2x2; K and V need the same number of rows (Lk), one per source token",
    );
    expect(message(() => checksIn("zh").agreesWithCore(wrong))).toMatch(/AttentionError: attention：K 是 3x2，但 V 是 2x2；K 和 V 的行数（Lk）必须相同/);
  });

  it("check.errorMessage(error) gives a core refusal in the page's language and any other error's own message", () => {
    let refusal: unknown;
    try {
      scaledDotProductAttention(fromRows([[1, 0]]), fromRows([[1, 0]]), fromRows([[1], [2]]));
    } catch (error) {
      refusal = error;
    }
    expect(check.errorMessage(refusal)).toBe((refusal as Error).message);
    expect(checksIn("zh").errorMessage(refusal)).toBe("attention：K 是 1x2，但 V 是 2x1；K 和 V 的行数（Lk）必须相同，每个源词元一行");
    expect(checksIn("zh").errorMessage(new TypeError("boom"))).toBe("boom");
  });

  it("check.permutationInvariant(fn) passes attention and fails a function that uses key positions", () => {
    expect(() => check.permutationInvariant((q: Matrix, k: Matrix, v: Matrix) => scaledDotProductAttention(q, k, v).output)).not.toThrow();
    // Adds the key index to the output: depends on the order of the source tokens.
    const positional = (q: Matrix, k: Matrix, v: Matrix) => {
      const out = scaledDotProductAttention(q, k, v).output;
      return { ...out, data: out.data.map((x, n) => x + k.data[n % k.data.length]) };
    };
    expect(message(() => check.permutationInvariant(positional))).toMatch(/^shuffling the keys and values together changed the output at row 0, column 0 \(.+ -> .+\); attention should not depend on the order of the source tokens$/);
  });

  it("check.shape(m, rows, cols) and check.that(condition, message)", () => {
    expect(message(() => check.shape([[1, 2, 3]], 3, 1, "the output"))).toBe("the output is 1x3 but should be 3x1");
    expect(message(() => check.that(false, "say why"))).toBe("say why");
    expect(() => check.that(1, "never")).not.toThrow();
  });

  it("checksIn(\"zh\") checks exactly as checksIn(\"en\") does, with Chinese messages and default labels", () => {
    const zh = checksIn("zh");
    expect(message(() => zh.rowsSumToOne([[0.5, 0.5], [1, 0.37]]))).toBe("权重的第 1 行之和为 1.37，而不是 1");
    expect(message(() => zh.closeTo([[1, 2.00001]], [[1, 2]], 1e-9, "dV"))).toBe("dV 在第 0 行、第 1 列是 2.00001，但应为 2（容差 1e-9）");
    expect(message(() => zh.closeTo([[1, 2]], [[1], [2]], 1e-6, "你的输出"))).toBe("你的输出的形状是 1x2，但应为 2x1");
    expect(message(() => zh.shape(undefined, 3, 5))).toBe("结果应当是一个矩阵（或由数构成的嵌套数组），但它是 undefined；你的函数返回结果了吗？");
    expect(message(() => zh.closeTo("x", 0.25))).toBe("这个值应当是接近 0.25 的数，但它是一个字符串（\"x\"）");
    expect(message(() => zh.maskedAreZero([[0.8, 0.2]], [[true, false]]))).toBe("查询 0 给了键 1 权重 0.2，但掩码屏蔽了这个键；这个权重应为 0");
    expect(message(() => zh.agreesWithCore(() => { throw new Error("boom"); }))).toBe("第 1 次试验（Q 2x2, K 3x2, V 3x2）中，你的函数抛出了 Error: boom");
    // Same verdicts: what passes in one edition passes in the other.
    expect(() => zh.agreesWithCore((q: Matrix, k: Matrix, v: Matrix) => scaledDotProductAttention(q, k, v))).not.toThrow();
    expect(() => zh.rowsSumToOne(fromRows([[0.25, 0.75]]))).not.toThrow();
  });
});
