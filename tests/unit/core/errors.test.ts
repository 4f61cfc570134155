import { describe, expect, it } from "vitest";
import * as core from "../../../src/core";
import {
  AttentionError,
  assertArray,
  assertFinite,
  assertIntegerInRange,
  assertMask,
  assertMatrix,
  assertNonEmpty,
  assertObject,
  assertSameShape,
  assertVector,
  createRandom,
  fromRows,
  maskFromRows,
  matrix,
  randomMatrix,
  scaledDotProductAttention,
  shapeText,
} from "../../../src/core";
import { refusal } from "../thrown";

describe("AttentionError", () => {
  it("new AttentionError(op, reason) is an Error named AttentionError carrying op and reason, with message op: the English sentence of reason", () => {
    const reason = { code: "qkColumns", params: { qShape: "3x4", kShape: "2x3" } } as const;
    const e = new AttentionError("scores", reason);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("AttentionError");
    expect(e.op).toBe("scores");
    expect(e.reason).toEqual(reason);
    expect(e.message).toBe("scores: Q is 3x4 but K is 2x3; Q and K need the same number of columns (dk)");
  });
});

describe("shapeText", () => {
  it("shapeText(m) writes rows x cols", () => {
    expect(shapeText({ rows: 3, cols: 4 })).toBe("3x4");
  });
});

describe("assertFinite", () => {
  it("assertFinite(m, op, name) accepts finite entries", () => {
    expect(() => assertFinite(matrix(1, 2, [1, -1e300]), "op", "X")).not.toThrow();
  });
  it("assertFinite(m, op, name) names the operation, operand, kind and cell of the first bad entry", () => {
    expect(() => assertFinite(matrix(2, 3, [0, 0, 0, 0, 0, NaN]), "attention", "Q")).toThrow(
      /^attention: Q has NaN at row 1, column 2 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => assertFinite(matrix(1, 2, [Infinity, 0]), "op", "K")).toThrow(/K has \+Infinity at row 0, column 0/);
    expect(() => assertFinite(matrix(1, 2, [0, -Infinity]), "op", "K")).toThrow(/K has -Infinity at row 0, column 1/);
  });
  it("assertFinite(m, op, name, {allowNegativeInfinity: true}) lets -Infinity through but not NaN or +Infinity", () => {
    const opts = { allowNegativeInfinity: true };
    expect(() => assertFinite(matrix(1, 2, [-Infinity, 1]), "op", "bias", opts)).not.toThrow();
    expect(() => assertFinite(matrix(1, 2, [Infinity, 1]), "op", "bias", opts)).toThrow(
      /bias has \+Infinity at row 0, column 0 .*finite number or -Infinity/,
    );
    expect(() => assertFinite(matrix(1, 1, [NaN]), "op", "bias", opts)).toThrow(AttentionError);
  });
});

describe("assertNonEmpty", () => {
  it("assertNonEmpty(m, op, name) refuses a matrix with no rows or no columns", () => {
    expect(() => assertNonEmpty(matrix(0, 4), "attention", "Q")).toThrow(
      /^attention: Q is 0x4; it needs at least one row and one column$/,
    );
    expect(() => assertNonEmpty(matrix(3, 0), "attention", "V")).toThrow(/V is 3x0/);
    expect(() => assertNonEmpty(matrix(1, 1), "attention", "V")).not.toThrow();
  });
});

describe("assertSameShape", () => {
  it("assertSameShape(a, b, op, aName, bName) names both shapes and the rule", () => {
    expect(() => assertSameShape(matrix(3, 4), matrix(3, 5), "add", "A", "B")).toThrow(
      /^add: A is 3x4 but B is 3x5; A and B need the same shape$/,
    );
    expect(() => assertSameShape(matrix(2, 2), matrix(2, 2), "add", "A", "B")).not.toThrow();
  });
});

describe("assertIntegerInRange", () => {
  it("assertIntegerInRange(value, op, name, min, max) accepts integers in [min, max], ends included", () => {
    expect(() => assertIntegerInRange(0, "op", "n", 0, 5)).not.toThrow();
    expect(() => assertIntegerInRange(5, "op", "n", 0, 5)).not.toThrow();
  });
  it("assertIntegerInRange(value, op, name, min, max) refuses out of range, fractional and NaN values", () => {
    expect(() => assertIntegerInRange(6, "keyPaddingMask", "length", 0, 5)).toThrow(
      /^keyPaddingMask: length is 6; it must be an integer from 0 to 5$/,
    );
    expect(() => assertIntegerInRange(1.5, "op", "n", 0, 5)).toThrow(/n is 1.5/);
    expect(() => assertIntegerInRange(NaN, "op", "n", 0, 5)).toThrow(/n is NaN/);
  });
  it("assertIntegerInRange(value, op, name, min) has no upper bound", () => {
    expect(() => assertIntegerInRange(1e9, "op", "heads", 1)).not.toThrow();
    expect(() => assertIntegerInRange(0, "op", "heads", 1)).toThrow(/heads is 0; it must be an integer >= 1$/);
  });
});

/** The message `fn` throws, which must be an AttentionError (never a TypeError from deep inside). */
const refusalMessage = (fn: () => unknown): string => refusal(fn).message;

describe("assertMatrix", () => {
  it("assertMatrix(m, op, name) accepts a matrix, empty ones included", () => {
    expect(() => assertMatrix(matrix(2, 3), "op", "X")).not.toThrow();
    expect(() => assertMatrix(matrix(0, 3), "op", "X")).not.toThrow();
  });

  it("assertMatrix(undefined, op, name) names the missing operand and says what to pass", () => {
    expect(refusalMessage(() => assertMatrix(undefined, "attention", "V"))).toBe("attention: V is undefined; pass a matrix there, e.g. fromRows([[1, 2], [3, 4]])");
    expect(refusalMessage(() => assertMatrix(null, "matmul", "B"))).toBe("matmul: B is null; pass a matrix there, e.g. fromRows([[1, 2], [3, 4]])");
  });

  it("assertMatrix(value, op, name) says what was passed instead: nested arrays, a trace, a mask, a number", () => {
    expect(refusalMessage(() => assertMatrix([[1, 2]], "matmul", "A"))).toBe("matmul: A is an array of 1 item; turn nested arrays into a matrix with fromRows(...), e.g. fromRows([[1, 2], [3, 4]])");
    const trace = scaledDotProductAttention(fromRows([[1, 0]]), fromRows([[1, 0]]), fromRows([[2]]));
    expect(refusalMessage(() => assertMatrix(trace, "matmul", "A"))).toBe("matmul: A is an attention trace (use one of its matrices, such as .weights or .output); pass a matrix there, e.g. fromRows([[1, 2], [3, 4]])");
    expect(refusalMessage(() => assertMatrix(maskFromRows([[true]]), "add", "B"))).toMatch(/^add: B is a Mask; /);
    expect(refusalMessage(() => assertMatrix(3, "scale", "the matrix"))).toMatch(/^scale: the matrix is a number \(3\); /);
    expect(refusalMessage(() => assertMatrix({ rows: 1.5, cols: 2, data: new Float64Array(3) }, "op", "X"))).toMatch(/^op: X is an object whose rows, cols or data are not those of a matrix; /);
  });

  it("assertMatrix(m, op, name) refuses data of the wrong length, with the shape it claims", () => {
    expect(refusalMessage(() => assertMatrix({ rows: 2, cols: 3, data: new Float64Array(5) }, "op", "X"))).toBe(
      "op: X says it is 2x3 but its data holds 5 numbers; a 2x3 matrix holds 6, row by row",
    );
  });
});

describe("assertMask, assertVector, assertArray, assertObject", () => {
  it("assertMask(m, op, name) accepts a mask and names anything else, with how to make one", () => {
    expect(() => assertMask(maskFromRows([[true, false]]), "op", "the mask")).not.toThrow();
    expect(refusalMessage(() => assertMask(matrix(1, 2), "applyMask", "the mask"))).toBe(
      "applyMask: the mask is a 1x2 matrix; pass a mask there, made by maskFromRows([[true, false], ...]), keyPaddingMask(Lq, Lk, length) or causalMask(Lq)",
    );
  });

  it("assertVector(v, op, name) accepts arrays and typed arrays of numbers", () => {
    expect(() => assertVector([1, 2], "op", "b")).not.toThrow();
    expect(() => assertVector(new Float64Array(2), "op", "b")).not.toThrow();
    expect(refusalMessage(() => assertVector(undefined, "layerNorm", "gamma"))).toBe("layerNorm: gamma is undefined; pass a list of numbers there, e.g. [0.5, -1, 2]");
  });

  it("assertArray(x, op, name, what) and assertObject(x, op, name, what) say what to pass", () => {
    expect(refusalMessage(() => assertArray("abc", "embedding", "ids", "tokenIds"))).toBe('embedding: ids is a string ("abc"); pass the token ids as an array of integers, e.g. [3, 0, 7]');
    expect(refusalMessage(() => assertObject(undefined, "attentionBackward", "the trace", "attentionTrace"))).toBe(
      "attentionBackward: the trace is undefined; pass the trace of the forward call, scaledDotProductAttention(q, k, v)",
    );
    expect(refusalMessage(() => assertObject([], "op", "params", "multiHeadParams"))).toBe("op: params is an array of 0 items; pass the layer's parameters { heads, wq, wk, wv, wo }");
  });
});

describe("every public function of the core names a missing operand", () => {
  // Valid arguments for every call; each test then leaves out one operand.
  const rng = createRandom(3);
  const [A, B] = [fromRows([[1, 2], [3, 4]]), fromRows([[1, 0], [0, 1]])];
  const [q, k, v] = [randomMatrix(rng, 2, 3), randomMatrix(rng, 4, 3), randomMatrix(rng, 4, 2)];
  const trace = scaledDotProductAttention(q, k, v);
  const mask = maskFromRows([[true, false], [true, true]]);
  const [query, key] = [randomMatrix(rng, 2, 4), randomMatrix(rng, 3, 4)];
  const params = { heads: 2, wq: randomMatrix(rng, 4, 4), wk: randomMatrix(rng, 4, 4), wv: randomMatrix(rng, 4, 4), wo: randomMatrix(rng, 4, 4) };
  const mh = core.multiHeadCrossAttention(query, key, key, params);
  const norm = core.layerNorm(A, [1, 1], [0, 0]);
  const ce = core.crossEntropy(A, [0, 1]);
  const f = (xs: core.Matrix[]) => xs[0].data[0];

  /** name -> valid arguments, and for each operand left out (by index) the start of the message. */
  const calls: Record<string, [unknown[], Record<number, string>]> = {
    toRows: [[A], { 0: "toRows: the matrix is undefined" }],
    get: [[A, 0, 0], { 0: "get: the matrix is undefined" }],
    shapeOf: [[A], { 0: "shapeOf: the matrix is undefined" }],
    fromRows: [[[[1]]], { 0: "fromRows: matrix is undefined" }],
    matmul: [[A, B], { 0: "matmul: A is undefined", 1: "matmul: B is undefined" }],
    matmulTransposed: [[A, B], { 0: "matmulTransposed: A is undefined", 1: "matmulTransposed: B is undefined" }],
    transpose: [[A], { 0: "transpose: the matrix is undefined" }],
    add: [[A, B], { 0: "add: A is undefined", 1: "add: B is undefined" }],
    addRowVector: [[A, [1, 2]], { 0: "addRowVector: X is undefined", 1: "addRowVector: bias is undefined" }],
    scale: [[A, 2], { 0: "scale: the matrix is undefined" }],
    sliceCols: [[A, 0, 1], { 0: "sliceCols: the matrix is undefined" }],
    concatCols: [[[A, B]], { 0: "concatCols: the list of matrices is undefined" }],
    linear: [[A, B, [1, 1]], { 0: "linear: X is undefined", 1: "linear: W is undefined" }],
    randomMatrix: [[rng, 1, 1], { 0: "randomMatrix: rng is undefined" }],
    maskFromRows: [[[[true]]], { 0: "maskFromRows: the mask is undefined" }],
    maskToRows: [[mask], { 0: "maskToRows: the mask is undefined" }],
    combineMasks: [[mask, mask], { 0: "combineMasks: mask A is undefined", 1: "combineMasks: mask B is undefined" }],
    maskToBias: [[mask], { 0: "maskToBias: the mask is undefined" }],
    applyMask: [[A, mask], { 0: "applyMask: the score matrix is undefined", 1: "applyMask: the mask is undefined" }],
    softmaxRows: [[A], { 0: "softmax: the score matrix is undefined" }],
    softmaxVector: [[[1, 2]], { 0: "softmax: the vector is undefined" }],
    scaledDotProductAttention: [[q, k, v], { 0: "attention: Q is undefined", 1: "attention: K is undefined", 2: "attention: V is undefined" }],
    multiHeadCrossAttention: [[query, key, key, params], { 0: "multiHeadCrossAttention: query is undefined", 1: "multiHeadCrossAttention: key is undefined", 2: "multiHeadCrossAttention: value is undefined", 3: "multiHeadCrossAttention: params is undefined" }],
    multiHeadCrossAttentionOutput: [[query, key, key, params], { 0: "multiHeadCrossAttention: query is undefined", 2: "multiHeadCrossAttention: value is undefined", 3: "multiHeadCrossAttention: params is undefined" }],
    multiHeadCrossAttentionBatch: [[[query], [key], [key], params], { 0: "multiHeadCrossAttentionBatch: query is undefined", 1: "multiHeadCrossAttentionBatch: key is undefined", 2: "multiHeadCrossAttentionBatch: value is undefined" }],
    projectKeysValues: [[key, key, params], { 0: "multiHeadCrossAttention: key is undefined", 1: "multiHeadCrossAttention: value is undefined", 2: "multiHeadCrossAttention: params is undefined" }],
    rowSums: [[A], { 0: "rowSums: the matrix is undefined" }],
    argmaxRows: [[A], { 0: "argmaxRows: the matrix is undefined" }],
    entropyRows: [[A], { 0: "entropyRows: the weight matrix is undefined" }],
    columnSums: [[A], { 0: "columnSums: the matrix is undefined" }],
    assertUpstream: [[A, 2, 2, "op"], { 0: "op: dOutput is undefined" }],
    assertFinite: [[A, "op", "X"], { 0: "op: X is undefined" }],
    assertNonEmpty: [[A, "op", "X"], { 0: "op: X is undefined" }],
    matmulBackward: [[A, B, A], { 0: "matmulBackward: A is undefined", 1: "matmulBackward: B is undefined", 2: "matmulBackward: dC is undefined" }],
    matmulTransposedBackward: [[A, B, A], { 0: "matmulTransposedBackward: A is undefined", 1: "matmulTransposedBackward: B is undefined", 2: "matmulTransposedBackward: dC is undefined" }],
    linearBackward: [[A, B, A], { 0: "linearBackward: X is undefined", 1: "linearBackward: W is undefined", 2: "linearBackward: dY is undefined" }],
    softmaxRowsBackward: [[A, A], { 0: "softmaxRowsBackward: weights is undefined", 1: "softmaxRowsBackward: dWeights is undefined" }],
    scaledDotProductAttentionBackward: [[q, k, v, trace, trace.output], { 0: "attentionBackward: Q is undefined", 1: "attentionBackward: K is undefined", 2: "attentionBackward: V is undefined", 3: "attentionBackward: the trace is undefined", 4: "attentionBackward: dOutput is undefined" }],
    multiHeadCrossAttentionBackward: [[query, key, key, params, mh, mh.output], { 0: "multiHeadCrossAttentionBackward: query is undefined", 3: "multiHeadCrossAttentionBackward: params is undefined", 4: "multiHeadCrossAttentionBackward: the trace is undefined", 5: "multiHeadCrossAttentionBackward: dOutput is undefined" }],
    layerNorm: [[A, [1, 1], [0, 0]], { 0: "layerNorm: x is undefined", 1: "layerNorm: gamma is undefined", 2: "layerNorm: beta is undefined" }],
    layerNormBackward: [[norm, [1, 1], A], { 0: "layerNormBackward: the trace is undefined", 1: "layerNormBackward: gamma is undefined", 2: "layerNormBackward: dOutput is undefined" }],
    relu: [[A], { 0: "relu: x is undefined" }],
    reluBackward: [[A, A], { 0: "reluBackward: x is undefined", 1: "reluBackward: dOutput is undefined" }],
    embedding: [[A, [0, 1]], { 0: "embedding: the table is undefined", 1: "embedding: ids is undefined" }],
    embeddingBackward: [[2, [0, 1], A], { 1: "embeddingBackward: ids is undefined", 2: "embeddingBackward: dOutput is undefined" }],
    assertTokenIds: [[[0], 2, "op"], { 0: "op: ids is undefined" }],
    crossEntropy: [[A, [0, 1]], { 0: "crossEntropy: the logit matrix is undefined", 1: "crossEntropy: targets is undefined" }],
    crossEntropyBackward: [[ce], { 0: "crossEntropyBackward: the trace is undefined" }],
    gradCheck: [[f, [A], [A]], { 0: "gradCheck: f is undefined", 1: "gradCheck: inputs is undefined", 2: "gradCheck: analytic is undefined" }],
  };
  /** Exports that take no matrix, or low-level kernels whose callers check (documented in their files). */
  const noMatrix = new Set([
    "AttentionError", "shapeText", "assertIntegerInRange", "assertSameShape", "assertMatrix", "assertMask", "assertVector", "assertArray", "assertObject",
    "matrix", "zeros", "createRandom", "allowAll", "keyPaddingMask", "causalMask", "policyOf", "sinusoidalPositions", "adamState", "adamStep",
    "matmulTransposedInto", "softmaxRowInto",
  ]);

  it("the table covers every exported function of src/core that takes a matrix", () => {
    const functions = Object.entries(core).filter(([, value]) => typeof value === "function").map(([name]) => name);
    expect(functions.filter((name) => !(name in calls) && !noMatrix.has(name))).toEqual([]);
  });

  for (const [name, [args, missing]] of Object.entries(calls)) {
    it(`${name}(...) runs with every operand given and names each one left out`, () => {
      const fn = (core as unknown as Record<string, (...xs: unknown[]) => unknown>)[name];
      expect(() => fn(...args)).not.toThrow();
      for (const [index, start] of Object.entries(missing)) {
        const without = args.map((a, i) => (i === Number(index) ? undefined : a));
        expect(refusalMessage(() => fn(...without))).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[;:]`));
      }
    });
  }
});
