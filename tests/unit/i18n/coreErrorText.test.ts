import { describe, expect, it } from "vitest";
import { errorMessages, operandPhrases, type ErrorCode, type ErrorParams } from "../../../src/core/errorMessages";
import { coreErrorText } from "../../../src/i18n/coreErrorText";

/** Parameters for every code; typed so that a new code without a sample fails the type check. */
const samples: { [C in ErrorCode]: ErrorParams[C] } = {
  matrixDataLength: { name: "Q", rows: 2, cols: 3, length: 5 },
  notMatrix: { name: "V", value: { kind: "undefined" } },
  notMask: { name: "the allowed mask", value: { kind: "matrix", rows: 2, cols: 3 } },
  notVector: { name: "gamma", value: { kind: "number", value: 3 } },
  notArray: { name: "ids", value: { kind: "string", text: "abc" }, expected: "tokenIds" },
  notObject: { name: "rng", value: { kind: "array", length: 2 }, expected: { generator: { rows: 2, cols: 3 } } },
  notFinite: { name: "K", bad: "NaN", row: 1, col: 2, allowNegativeInfinity: true },
  emptyMatrix: { name: "Q", shape: "0x3" },
  sameShape: { a: "the mask", b: "the score matrix", aShape: "2x3", bShape: "3x3" },
  integerRange: { name: "keyLength", value: 7, min: 0, max: 4 },
  dataLength: { length: 5, rows: 2, cols: 3 },
  noRows: { name: "Wq" },
  emptyFirstRow: { name: "Wq" },
  raggedRow: { name: "Wq", row: 2, length: 1, cols: 3 },
  badEntry: { name: "Wq", entry: "abc", row: 1, col: 2 },
  outsideMatrix: { i: 5, j: 1, shape: "2x3", rows: 2, cols: 3 },
  emptyMask: {},
  maskRagged: { row: 1, length: 2, cols: 3 },
  blockedValue: { blocked: 7 },
  noMatrices: {},
  concatRows: { index: 2, shape: "3x4", firstShape: "2x4" },
  sliceRange: { start: 3, end: 9, shape: "2x4", cols: 4 },
  scaleFactor: { factor: Infinity },
  biasColumns: { bias: "bq", length: 3, m: "query wq", shape: "2x4", cols: 4 },
  innerSize: { a: "Q", b: "W", aShape: "2x3", bShape: "4x5", backward: true },
  sameColumns: { a: "Q", b: "K", aShape: "2x3", bShape: "4x5", backward: false },
  linearShapes: { x: "X", w: "W", xShape: "2x3", wShape: "4x5" },
  upstreamShape: { name: "dOutput", shape: "2x2", rows: 3, cols: 2 },
  fullyMaskedPolicy: { policy: '"nan"' },
  badScore: { row: 2, key: 1, bad: "+Infinity" },
  noAllowedKey: { row: 2 },
  emptyVector: {},
  scoreShape: { name: "the bias", shape: "2x2", Lq: 3, Lk: 4 },
  qkColumns: { qShape: "5x4", kShape: "4x3" },
  kvRows: { kShape: "4x4", vShape: "5x3" },
  attentionScale: { factor: -1, fallback: 0.5 },
  scaledOverflow: { i: 1, j: 2, value: Infinity },
  backwardOperandShape: { name: "K", shape: "3x2", rows: 4, cols: 2, weights: "5x4", output: "5x3" },
  weightShape: { name: "wk", shape: "3x4", rows: 6, cols: 4, why: "key" },
  biasLength: { name: "bq", length: 3, dModel: 4 },
  biasNotFinite: { name: "bq", value: NaN, index: 1 },
  keyValueRows: { kShape: "4x6", vShape: "5x6" },
  headsDivide: { dModel: 12, heads: 5, divisors: [1, 2, 3, 4, 6, 12] },
  allowedMaskShape: { shape: "2x2", Lq: 3, Lk: 4 },
  projectedShape: { name: "the projected keys K", shape: "3x8", Lk: 4, dModel: 8 },
  keysValuesOutputOnly: {},
  traceNoPerHead: {},
  traceMismatch: { traceHeads: 2, traceLq: 3, traceLk: 4, traceDModel: 8, heads: 4, Lq: 5, Lk: 6, dModel: 16 },
  batchSizes: { items: 2, name: "keyLengths", size: 3 },
  batchItem: { item: 1, inner: { op: "multiHeadCrossAttention", code: "headsDivide", params: { dModel: 6, heads: 4, divisors: [1, 2, 3, 6] } } },
  vectorLength: { name: "gamma", length: 3, shape: "2x4", d: 4 },
  vectorNotFinite: { name: "beta", value: NaN, index: 2 },
  layerNormEps: { eps: 0 },
  varianceOverflow: { row: 1, value: Infinity },
  gammaLength: { length: 3, shape: "2x4", d: 4 },
  noIds: {},
  idRange: { position: 2, id: 9, vocab: 7 },
  targetsCount: { count: 2, shape: "3x5", rows: 3 },
  ignoreIndex: { value: 0.5 },
  labelSmoothing: { value: 1.5 },
  targetRange: { row: 1, target: 9, classes: 5, ignoreIndex: -100 },
  allIgnored: { ignoreIndex: -100 },
  dLoss: { value: NaN },
  adamOption: { name: "betas[0]", value: 1.5, rule: "beta1" },
  entryNotFinite: { name: { gradientOf: "wq" }, value: NaN, index: 3 },
  gradientLength: { name: "wq", length: 3, n: 4 },
  stateLength: { name: "wq", length: 3, n: 4 },
  seedNotInteger: { seed: 1.5 },
  stdInvalid: { std: -1 },
  gradStep: { h: 0 },
  gradFunction: { type: "number" },
  gradCounts: { inputs: 2, analytic: 1 },
  gradNotFinite: { value: "NaN", input: 1, row: 2, col: 3, moved: 0.25 },
  optimizerMissing: { name: "decoder.0.wq" },
  emptyBatch: {},
  batchLengths: { items: 2, name: "tgtIn", size: 3 },
  emptySource: { item: 1, padId: 0 },
  tgtInStart: { item: 1, empty: true },
  tgtLengths: { item: 1, tgtIn: 4, tgtOut: 5 },
  paramMissing: { name: "generator.w", rows: 8, cols: 20 },
  paramShape: { name: "generator.w", shape: "8x19", rows: 8, cols: 20 },
  notAParameter: { names: ["extra.w", "extra.b"] },
  headsDivideModel: { dModel: 10, heads: 4 },
  modelEps: { eps: 0 },
  sourceEmpty: {},
  stateDictMissing: { name: "encoder.layers.0.norm1.weight" },
  torchPartMissing: { name: "encoder.0.wq", torch: "encoder.layers.0.self_attn.in_proj_weight" },
  blockMaskShape: { shape: "2x2", Lq: 3, Lk: 4 },
  zeroPosition: { row: 3 },
  notPermutation: { order: [0, 0, 1], shape: "3x2", last: 2 },
  noWords: { side: "english" },
  tooManyWords: { words: 13, max: 12 },
  unknownWords: { unknown: ["cow", "pig"], side: "english", known: ["the", "cat"] },
  fewSentences: { found: 30, total: 40 },
  repeatedWord: { side: "french" },
  notInVocabulary: { word: "chien", side: "french", words: ["chat", "noir"] },
  notBase64: {},
  byteLength: { bytes: 12 },
  targetNotReached: { target: 0.95, steps: 500 },
  checkpointFormat: { format: "2" },
  checkpointDataset: { was: '{"train":10}', want: '{"train":20}' },
  checkpointData: { name: "generator.w", length: 5, rows: 2, cols: 3 },
  learningRate: { lr: 2, max: 0.1 },
};

const codes = Object.keys(errorMessages) as ErrorCode[];
const say = (lang: "en" | "zh", code: ErrorCode) => coreErrorText[lang][code](samples[code] as never);
/** Keys whose values are said in words (a kind of value, a rule, a language), not written as they are. */
const worded = new Set(["kind", "why", "rule", "side", "expected", "type", "code", "empty", "allowNegativeInfinity", "backward"]);

/** The names, shapes and numbers in a code's parameters, as the English sentence writes them. */
function notation(params: unknown, out: string[] = []): string[] {
  if (typeof params === "number") out.push(String(params));
  else if (typeof params === "string" && !(operandPhrases as readonly string[]).includes(params)) out.push(params);
  else if (Array.isArray(params)) params.forEach((x) => notation(x, out));
  else if (params && typeof params === "object") for (const [k, v] of Object.entries(params)) if (!worded.has(k)) notation(v, out);
  return out;
}

describe("coreErrorText", () => {
  it("coreErrorText.en is the core's own table, the one every AttentionError's message is built from", () => {
    expect(coreErrorText.en).toBe(errorMessages);
  });

  it("coreErrorText.zh has a sentence for every code, different from the English one and in Chinese", () => {
    expect(Object.keys(coreErrorText.zh).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(say("zh", code), code).not.toBe(say("en", code));
      expect(say("zh", code), code).toMatch(/\p{Script=Han}/u);
    }
  });

  it("coreErrorText.zh keeps the names, shapes and numbers the English sentence writes", () => {
    for (const code of codes) {
      const en = say("en", code);
      const zh = say("zh", code);
      for (const token of notation(samples[code]).filter((t) => en.includes(t))) expect(zh, `${code}: ${token}`).toContain(token);
    }
  });

  it("coreErrorText.zh uses full-width punctuation between clauses and spaces Chinese from names and numbers", () => {
    for (const code of codes) {
      const zh = say("zh", code);
      // A clause break is "；" or "，", never the ASCII "; " of the English sentence.
      expect(zh, code).not.toMatch(/[\p{Script=Han}]; |; [\p{Script=Han}]/u);
      expect(zh, code).not.toMatch(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u);
    }
  });

  it("coreErrorText.zh says described values, operand phrases and structured operand names in Chinese", () => {
    expect(coreErrorText.zh.notMatrix({ name: "V", value: { kind: "array", length: 2 } })).toBe(
      "V 是一个含 2 个元素的数组；请用 fromRows(...) 把嵌套数组变成矩阵，例如 fromRows([[1, 2], [3, 4]])",
    );
    expect(coreErrorText.zh.sameShape({ a: "the mask", b: "the score matrix", aShape: "2x3", bShape: "3x3" })).toBe(
      "掩码是 2x3，但分数矩阵是 3x3；掩码和分数矩阵的形状必须相同",
    );
    expect(coreErrorText.zh.notVector({ name: { rowOf: "W", row: 1 }, value: { kind: "null" } })).toBe("W 的第 1 行是 null；这里请传入一列数，例如 [0.5, -1, 2]");
  });
});
