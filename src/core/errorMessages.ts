/**
 * Every refusal the core (and the model, trainer and examples built on it) can give, as a code with
 * its parameters, and the English sentence for each. An AttentionError keeps its reason, so a page
 * can say the same thing in the reader's language (src/i18n/coreErrorText.ts holds the others,
 * typed from these); its `message` is always the English one built here, so the core reads the
 * same without the site.
 */

/** A value that is not what an operation expected, told apart the way a student would describe it. */
export type ValueDescription =
  | { kind: "undefined" }
  | { kind: "null" }
  | { kind: "array"; length: number }
  | { kind: "number"; value: number }
  /** `text`: the string, cut after 24 characters with "…". */
  | { kind: "string"; text: string }
  | { kind: "trace" }
  | { kind: "mask" }
  | { kind: "matrix"; rows: number; cols: number }
  /** An object with rows, cols and data that are not those of a matrix. */
  | { kind: "brokenMatrix" }
  | { kind: "object" }
  /** A function, boolean, bigint or symbol: `type` is its typeof. */
  | { kind: "other"; type: string };

/** Operand names that are words rather than code; every other name (Q, wq, inputs[0]) is shown as written. */
export const operandPhrases = [
  "matrix",
  "the matrix",
  "the weight matrix",
  "the logit matrix",
  "the score matrix",
  "the scaled scores",
  "the weights",
  "the vector",
  "the trace",
  "the table",
  "the mask",
  "mask A",
  "mask B",
  "the allowed mask",
  "the bias",
  "the list of matrices",
  "the projected keys K",
  "the projected values V",
  "the parameter",
  "the embeddings",
  "the positions",
  "Q = query wq + bq",
  "K = key wk + bk",
  "V = value wv + bv",
] as const;
export type OperandPhrase = (typeof operandPhrases)[number];

/**
 * How a message names an operand: a code name or an operand phrase as a string, or a name built
 * from another (row 2 of the mask, matrix 1, the gradient of wq, the step count in its state).
 */
export type Operand =
  | string
  | { rowOf: Operand; row: number }
  | { maskRow: number }
  | { matrixAt: number }
  | { gradientOf: string }
  | { stepCountOf: string };

/** What an array or object argument should have been, for "pass ..." (see assertArray, assertObject). */
export type Expected =
  | "targets"
  | "crossEntropyTrace"
  | "gradInputs"
  | "gradAnalytic"
  | "multiHeadParamsExample"
  | "multiHeadParams"
  | "tokenIds"
  | "nestedRows"
  | "concatList"
  | "layerNormTrace"
  | "maskRows"
  | "attentionTrace"
  | "batchList"
  | "multiHeadTrace"
  | { generator: { rows: number; cols: number } };

/** The range an Adam option must be in. */
export type AdamRule = "lr" | "beta1" | "beta2" | "eps" | "weightDecay";

/** Where each dimension of a multi-head weight comes from. */
export type WeightWhy = "query" | "key" | "value" | "output";

/** A core error as data: the operation and its reason (what a wrapped error's params carry). */
export type OpReason = { op: string } & ErrorReason;

/** The parameters of each code; shapes are written as shapeText writes them ("3x4"). */
export interface ErrorParams {
  // --- any operand (errors.ts) ---
  matrixDataLength: { name: Operand; rows: number; cols: number; length: number };
  notMatrix: { name: Operand; value: ValueDescription };
  notMask: { name: Operand; value: ValueDescription };
  notVector: { name: Operand; value: ValueDescription };
  notArray: { name: Operand; value: ValueDescription; expected: Expected };
  notObject: { name: Operand; value: ValueDescription; expected: Expected };
  notFinite: { name: Operand; bad: "NaN" | "+Infinity" | "-Infinity"; row: number; col: number; allowNegativeInfinity: boolean };
  emptyMatrix: { name: Operand; shape: string };
  sameShape: { a: Operand; b: Operand; aShape: string; bShape: string };
  integerRange: { name: Operand; value: number; min: number; max?: number };
  // --- matrices and masks ---
  dataLength: { length: number; rows: number; cols: number };
  noRows: { name: Operand };
  emptyFirstRow: { name: Operand };
  raggedRow: { name: Operand; row: number; length: number; cols: number };
  badEntry: { name: Operand; entry: string; row: number; col: number };
  outsideMatrix: { i: number; j: number; shape: string; rows: number; cols: number };
  emptyMask: Record<string, never>;
  maskRagged: { row: number; length: number; cols: number };
  blockedValue: { blocked: number };
  noMatrices: Record<string, never>;
  concatRows: { index: number; shape: string; firstShape: string };
  sliceRange: { start: number; end: number; shape: string; cols: number };
  scaleFactor: { factor: number };
  biasColumns: { bias: Operand; length: number; m: Operand; shape: string; cols: number };
  // --- products ---
  innerSize: { a: Operand; b: Operand; aShape: string; bShape: string; backward: boolean };
  sameColumns: { a: Operand; b: Operand; aShape: string; bShape: string; backward: boolean };
  linearShapes: { x: Operand; w: Operand; xShape: string; wShape: string };
  upstreamShape: { name: Operand; shape: string; rows: number; cols: number };
  // --- softmax and attention ---
  fullyMaskedPolicy: { policy: string };
  badScore: { row?: number; key: number; bad: "NaN" | "+Infinity" };
  noAllowedKey: { row?: number };
  emptyVector: Record<string, never>;
  scoreShape: { name: Operand; shape: string; Lq: number; Lk: number };
  qkColumns: { qShape: string; kShape: string };
  kvRows: { kShape: string; vShape: string };
  attentionScale: { factor: number; fallback: number };
  scaledOverflow: { i: number; j: number; value: number };
  backwardOperandShape: { name: "Q" | "K" | "V"; shape: string; rows: number; cols: number; weights: string; output: string };
  // --- multi-head ---
  weightShape: { name: Operand; shape: string; rows: number; cols: number; why: WeightWhy };
  biasLength: { name: Operand; length: number; dModel: number };
  biasNotFinite: { name: Operand; value: number; index: number };
  keyValueRows: { kShape: string; vShape: string };
  headsDivide: { dModel: number; heads: number; divisors?: number[] };
  allowedMaskShape: { shape: string; Lq: number; Lk: number };
  projectedShape: { name: Operand; shape: string; Lk: number; dModel: number };
  keysValuesOutputOnly: Record<string, never>;
  traceNoPerHead: Record<string, never>;
  traceMismatch: { traceHeads: number; traceLq: number; traceLk: number; traceDModel: number; heads: number; Lq: number; Lk: number; dModel: number };
  batchSizes: { items: number; name: Operand; size: number };
  batchItem: { item: number; inner: OpReason };
  // --- layers, losses, optimiser ---
  vectorLength: { name: Operand; length: number; shape: string; d: number };
  vectorNotFinite: { name: Operand; value: number; index: number };
  layerNormEps: { eps: number };
  varianceOverflow: { row: number; value: number };
  gammaLength: { length: number; shape: string; d: number };
  noIds: Record<string, never>;
  idRange: { position: number; id: number; vocab: number };
  targetsCount: { count: number; shape: string; rows: number };
  ignoreIndex: { value: number };
  labelSmoothing: { value: number };
  targetRange: { row: number; target: number; classes: number; ignoreIndex: number };
  allIgnored: { ignoreIndex: number };
  dLoss: { value: number };
  adamOption: { name: string; value: number; rule: AdamRule };
  entryNotFinite: { name: Operand; value: number; index: number };
  gradientLength: { name: Operand; length: number; n: number };
  stateLength: { name: Operand; length: number; n: number };
  seedNotInteger: { seed: number };
  stdInvalid: { std: number };
  gradStep: { h: number };
  gradFunction: { type: string };
  gradCounts: { inputs: number; analytic: number };
  gradNotFinite: { value: string; input: number; row: number; col: number; moved: number };
  // --- the model ---
  optimizerMissing: { name: string };
  emptyBatch: Record<string, never>;
  batchLengths: { items: number; name: string; size: number };
  emptySource: { item: number; padId: number };
  tgtInStart: { item: number; empty: boolean };
  tgtLengths: { item: number; tgtIn: number; tgtOut: number };
  paramMissing: { name: string; rows: number; cols: number };
  paramShape: { name: string; shape: string; rows: number; cols: number };
  notAParameter: { names: string[] };
  headsDivideModel: { dModel: number; heads: number };
  modelEps: { eps: number };
  sourceEmpty: Record<string, never>;
  stateDictMissing: { name: string };
  torchPartMissing: { name: string; torch: string };
  // --- examples ---
  blockMaskShape: { shape: string; Lq: number; Lk: number };
  zeroPosition: { row: number };
  notPermutation: { order: number[]; shape: string; last: number };
  // --- the trainer ---
  noWords: { side: Side };
  tooManyWords: { words: number; max: number };
  unknownWords: { unknown: string[]; side: Side; known: string[] };
  fewSentences: { found: number; total: number };
  repeatedWord: { side: Side };
  notInVocabulary: { word: string; side: Side; words: string[] };
  notBase64: Record<string, never>;
  byteLength: { bytes: number };
  targetNotReached: { target: number; steps: number };
  checkpointFormat: { format: string };
  checkpointDataset: { was: string; want: string };
  checkpointData: { name: string; length: number; rows: number; cols: number };
  learningRate: { lr: number; max: number };
}

/** A vocabulary's language, in the trainer's messages. */
export type Side = "english" | "french";

export type ErrorCode = keyof ErrorParams;

/** Why an operation refused: a code and its parameters. Plain data, so it crosses postMessage. */
export type ErrorReason = { [C in ErrorCode]: { code: C; params: ErrorParams[C] } }[ErrorCode];

/** A sentence per code; every language's table has this type, so a missing code fails the type check. */
export type ErrorMessages = { [C in ErrorCode]: (p: ErrorParams[C]) => string };

/** The English words of a described value: "undefined", "a number (3)", "an array of 2 items". */
function value(d: ValueDescription): string {
  switch (d.kind) {
    case "undefined":
    case "null":
      return d.kind;
    case "array":
      return `an array of ${d.length} item${d.length === 1 ? "" : "s"}`;
    case "number":
      return `a number (${d.value})`;
    case "string":
      return `a string (${JSON.stringify(d.text)})`;
    case "trace":
      return "an attention trace (use one of its matrices, such as .weights or .output)";
    case "mask":
      return "a Mask";
    case "matrix":
      return `a ${d.rows}x${d.cols} matrix`;
    case "brokenMatrix":
      return "an object whose rows, cols or data are not those of a matrix";
    case "object":
      return "an object without rows, cols and data";
    case "other":
      return `a ${d.type}`;
  }
}

/** An operand's English name. */
function operand(o: Operand): string {
  if (typeof o === "string") return o;
  if ("rowOf" in o) return `${operand(o.rowOf)} row ${o.row}`;
  if ("maskRow" in o) return `row ${o.maskRow} of the mask`;
  if ("matrixAt" in o) return `matrix ${o.matrixAt}`;
  if ("gradientOf" in o) return `the gradient of ${o.gradientOf}`;
  return `the step count in the state of ${o.stepCountOf}`;
}

const maskExample = "nested arrays of booleans, one inner array per query, e.g. maskFromRows([[true, false], [true, true]])";
const expectedText: Record<Exclude<Expected, object>, string> = {
  targets: "one target class per row of the logits, as an array of integers",
  crossEntropyTrace: "the trace crossEntropy(logits, targets) returned",
  gradInputs: "the inputs of f as an array of matrices",
  gradAnalytic: "one gradient matrix per input, as an array",
  multiHeadParamsExample: "the layer's parameters { heads, wq, wk, wv, wo }, e.g. from randomMatrix",
  multiHeadParams: "the layer's parameters { heads, wq, wk, wv, wo }",
  tokenIds: "the token ids as an array of integers, e.g. [3, 0, 7]",
  nestedRows: "nested arrays, one inner array of numbers per row, e.g. fromRows([[1, 2], [3, 4]])",
  concatList: "the matrices as one array, concatCols([a, b, ...])",
  layerNormTrace: "the trace layerNorm(x, gamma, beta) returned",
  maskRows: maskExample,
  attentionTrace: "the trace of the forward call, scaledDotProductAttention(q, k, v)",
  batchList: "one matrix per batch item, as an array",
  multiHeadTrace: "the trace of the forward call, multiHeadCrossAttention(query, key, value, params)",
};
const expected = (e: Expected): string =>
  typeof e === "object" ? `a generator made by createRandom(seed), e.g. randomMatrix(createRandom(1), ${e.generator.rows}, ${e.generator.cols})` : expectedText[e];

const adamRules: Record<AdamRule, string> = {
  lr: "a finite number greater than 0",
  beta1: "a number from 0 up to but not including 1 (the default is 0.9)",
  beta2: "a number from 0 up to but not including 1 (the default is 0.999)",
  eps: "a finite number greater than 0 (the default is 1e-8)",
  weightDecay: "a finite number >= 0 (0 turns it off)",
};

const weightWhy: Record<WeightWhy, string> = {
  query: "dModel x dModel, dModel being the query width",
  key: "kdim x dModel, kdim being the key width",
  value: "vdim x dModel, vdim being the value width",
  output: "dModel x dModel",
};

const backwardWhy = (p: ErrorParams["backwardOperandShape"]): string =>
  p.name === "Q"
    ? `Lq x dk, one row per query of the trace's ${p.weights} weights`
    : p.name === "K"
      ? `Lk x dk, one row per key of the trace's ${p.weights} weights and as wide as Q`
      : `Lk x dv, one row per key and as wide as the trace's ${p.output} output`;

const sideName: Record<Side, string> = { english: "English", french: "French" };
const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(", ");
/** "1, 2, 3 or 6". */
const orList = (ns: readonly number[]) => (ns.length === 1 ? `${ns[0]}` : `${ns.slice(0, -1).join(", ")} or ${ns[ns.length - 1]}`);
/** "query row 2", or "the vector" for softmax of a single vector. */
const where = (row?: number) => (row === undefined ? "the vector" : `query row ${row}`);

/** The English sentence of every code: what is wrong, with which operand and shape, and what to do. */
export const errorMessages: ErrorMessages = {
  matrixDataLength: (p) =>
    `${operand(p.name)} says it is ${p.rows}x${p.cols} but its data holds ${p.length} numbers; a ${p.rows}x${p.cols} matrix holds ${p.rows * p.cols}, row by row`,
  notMatrix: (p) =>
    `${operand(p.name)} is ${value(p.value)}; ${p.value.kind === "array" ? "turn nested arrays into a matrix with fromRows(...), e.g. fromRows([[1, 2], [3, 4]])" : "pass a matrix there, e.g. fromRows([[1, 2], [3, 4]])"}`,
  notMask: (p) =>
    `${operand(p.name)} is ${value(p.value)}; pass a mask there, made by maskFromRows([[true, false], ...]), keyPaddingMask(Lq, Lk, length) or causalMask(Lq)`,
  notVector: (p) => `${operand(p.name)} is ${value(p.value)}; pass a list of numbers there, e.g. [0.5, -1, 2]`,
  notArray: (p) => `${operand(p.name)} is ${value(p.value)}; pass ${expected(p.expected)}`,
  notObject: (p) => `${operand(p.name)} is ${value(p.value)}; pass ${expected(p.expected)}`,
  notFinite: (p) =>
    `${operand(p.name)} has ${p.bad} at row ${p.row}, column ${p.col} (counting from 0); ${p.allowNegativeInfinity ? "every entry must be a finite number or -Infinity (a blocked key)" : "every entry must be a finite number"}`,
  emptyMatrix: (p) => `${operand(p.name)} is ${p.shape}; it needs at least one row and one column`,
  sameShape: (p) => `${operand(p.a)} is ${p.aShape} but ${operand(p.b)} is ${p.bShape}; ${operand(p.a)} and ${operand(p.b)} need the same shape`,
  integerRange: (p) =>
    `${operand(p.name)} is ${p.value}; it must be ${p.max === undefined ? `an integer >= ${p.min}` : `an integer from ${p.min} to ${p.max}`}`,

  dataLength: (p) => `data has ${p.length} entries but a ${p.rows}x${p.cols} matrix needs ${p.rows * p.cols} (rows * cols, row-major)`,
  noRows: (p) => `${operand(p.name)} has no rows; give at least one row with at least one entry`,
  emptyFirstRow: (p) => `${operand(p.name)} row 0 is empty; give at least one entry per row`,
  raggedRow: (p) => `${operand(p.name)} row ${p.row} has ${p.length} entries but row 0 has ${p.cols}; every row needs the same number of columns`,
  badEntry: (p) => `${operand(p.name)} has ${p.entry} at row ${p.row}, column ${p.col} (counting from 0); every entry must be a finite number`,
  outsideMatrix: (p) => `(${p.i}, ${p.j}) is outside a ${p.shape} matrix; use 0 <= i < ${p.rows} and 0 <= j < ${p.cols}`,
  emptyMask: () => "the mask is empty; give one row per query with one entry per key",
  maskRagged: (p) => `row ${p.row} has ${p.length} entries but row 0 has ${p.cols}; every row needs one entry per key`,
  blockedValue: (p) => `blocked is ${p.blocked}; it must be -Infinity or a negative number`,
  noMatrices: () => "no matrices given; pass at least one",
  concatRows: (p) => `matrix ${p.index} is ${p.shape} but matrix 0 is ${p.firstShape}; every matrix needs the same number of rows`,
  sliceRange: (p) => `columns [${p.start}, ${p.end}) do not fit a ${p.shape} matrix; use integers with 0 <= start < end <= ${p.cols}`,
  scaleFactor: (p) => `the factor is ${p.factor}; it must be a finite number`,
  biasColumns: (p) =>
    `${operand(p.bias)} has length ${p.length} but ${operand(p.m)} is ${p.shape}; ${operand(p.bias)} needs one entry per column (${p.cols})`,

  innerSize: (p) =>
    `${operand(p.a)} is ${p.aShape} but ${operand(p.b)} is ${p.bShape}; ${operand(p.a)} needs as many columns as ${operand(p.b)} has rows${p.backward ? ", as in the forward product" : ""}`,
  sameColumns: (p) =>
    `${operand(p.a)} is ${p.aShape} but ${operand(p.b)} is ${p.bShape}; ${operand(p.a)} and ${operand(p.b)} need the same number of columns${p.backward ? ", as in the forward product" : ""}`,
  linearShapes: (p) =>
    `${operand(p.x)} is ${p.xShape} but ${operand(p.w)} is ${p.wShape}; ${operand(p.w)} needs one row per column of ${operand(p.x)} (in), as in the forward projection`,
  upstreamShape: (p) =>
    `${operand(p.name)} is ${p.shape} but the output it belongs to is ${p.rows}x${p.cols}; the gradient of an output has the output's shape`,

  fullyMaskedPolicy: (p) => `fullyMasked is ${p.policy}; use "zeros" or "error"`,
  badScore: (p) => `${where(p.row)}, key ${p.key} is ${p.bad}; scores must be finite numbers or -Infinity (a blocked key)`,
  noAllowedKey: (p) => `${where(p.row)} has no allowed key (every score is -Infinity); allow at least one key or pass fullyMasked: "zeros"`,
  emptyVector: () => "the vector is empty; give at least one score",
  scoreShape: (p) =>
    `${operand(p.name)} is ${p.shape} but the scores are ${p.Lq}x${p.Lk} (Lq x Lk); ${operand(p.name)} needs one row per query and one column per key`,
  qkColumns: (p) => `Q is ${p.qShape} but K is ${p.kShape}; Q and K need the same number of columns (dk)`,
  kvRows: (p) => `K is ${p.kShape} but V is ${p.vShape}; K and V need the same number of rows (Lk), one per source token`,
  attentionScale: (p) => `scale is ${p.factor}; it must be a finite number greater than 0 (the default is 1/sqrt(dk) = ${p.fallback})`,
  scaledOverflow: (p) => `the scaled score of query ${p.i}, key ${p.j} is ${p.value}; Q K^T overflowed, so scale Q or K down`,
  backwardOperandShape: (p) =>
    `${p.name} is ${p.shape} but it must be ${p.rows}x${p.cols} (${backwardWhy(p)}); pass the Q, K and V of the forward call that made the trace`,

  weightShape: (p) => `${operand(p.name)} is ${p.shape} but it must be ${p.rows}x${p.cols} (${weightWhy[p.why]})`,
  biasLength: (p) => `${operand(p.name)} has length ${p.length}; it must have dModel = ${p.dModel} entries`,
  biasNotFinite: (p) => `${operand(p.name)} has ${p.value} at index ${p.index}; every entry must be a finite number`,
  keyValueRows: (p) => `key is ${p.kShape} but value is ${p.vShape}; key and value need the same number of rows (Lk), one per source token`,
  headsDivide: (p) =>
    `dModel ${p.dModel} is not divisible by heads ${p.heads}; choose heads that divide dModel${p.divisors ? ` (${orList(p.divisors)})` : ""}`,
  allowedMaskShape: (p) => `the allowed mask is ${p.shape} but there are ${p.Lq} queries and ${p.Lk} keys; it must be ${p.Lq}x${p.Lk} (Lq x Lk)`,
  projectedShape: (p) =>
    `${operand(p.name)} are ${p.shape} but there are ${p.Lk} keys and dModel is ${p.dModel}; they must be ${p.Lk}x${p.dModel}, projected from this key and value`,
  keysValuesOutputOnly: () => "keysValues (cached K and V) is read by multiHeadCrossAttention only; this output-only path projects key and value itself",
  traceNoPerHead: () => "trace.perHead is missing; pass the whole trace of the forward call",
  traceMismatch: (p) =>
    `the trace is of ${p.traceHeads} heads over ${p.traceLq} queries and ${p.traceLk} keys (dModel ${p.traceDModel}) but the inputs give ${p.heads} heads, ${p.Lq} queries and ${p.Lk} keys (dModel ${p.dModel}); pass the trace of this forward call`,
  batchSizes: (p) => `query has ${p.items} items but ${operand(p.name)} has ${p.size}; every batch list needs one entry per item`,
  batchItem: (p) => `item ${p.item}: ${p.inner.op}: ${errorMessages[p.inner.code](p.inner.params as never)}`,

  vectorLength: (p) => `${operand(p.name)} has length ${p.length} but x is ${p.shape}; ${operand(p.name)} needs one entry per column (d = ${p.d})`,
  vectorNotFinite: (p) => `${operand(p.name)} has ${p.value} at index ${p.index} (counting from 0); every entry must be a finite number`,
  layerNormEps: (p) => `eps is ${p.eps}; it must be a finite number greater than 0 (the default is 1e-5), so a constant row does not divide by 0`,
  varianceOverflow: (p) => `the variance of row ${p.row} of x overflowed to ${p.value}; its entries are too large for float64, so scale x down`,
  gammaLength: (p) => `gamma has length ${p.length} but the normalized rows are ${p.shape}; pass the gamma the forward pass used (d = ${p.d})`,
  noIds: () => "ids is empty; give at least one token id",
  idRange: (p) => `the id at position ${p.position} is ${p.id}, but the vocabulary has ${p.vocab} tokens; every id must be an integer from 0 to ${p.vocab - 1}`,
  targetsCount: (p) => `there are ${p.count} targets but the logits are ${p.shape}; give one target class per row (${p.rows})`,
  ignoreIndex: (p) => `ignoreIndex is ${p.value}; it must be an integer (the default is -100)`,
  labelSmoothing: (p) => `labelSmoothing is ${p.value}; it must be a number from 0 up to but not including 1 (0 turns it off)`,
  targetRange: (p) =>
    `the target of row ${p.row} is ${p.target}, but there are ${p.classes} classes; a target must be an integer from 0 to ${p.classes - 1}, or ignoreIndex (${p.ignoreIndex}) to skip the row`,
  allIgnored: (p) =>
    `every target is ignoreIndex (${p.ignoreIndex}), so there is no row to average over (PyTorch would return NaN); give at least one row a real target`,
  dLoss: (p) => `dLoss is ${p.value}; it must be a finite number (1 for the final loss)`,
  adamOption: (p) => `${p.name} is ${p.value}; it must be ${adamRules[p.rule]}`,
  entryNotFinite: (p) => `${operand(p.name)} has ${p.value} at entry ${p.index} (counting from 0); every entry must be a finite number`,
  gradientLength: (p) =>
    `the gradient of ${operand(p.name)} has ${p.length} entries but ${operand(p.name)} has ${p.n}; the gradient needs one entry per entry of ${operand(p.name)}`,
  stateLength: (p) =>
    `the state of ${operand(p.name)} has ${p.length} entries but ${operand(p.name)} has ${p.n}; give each parameter its own state, adamState(${p.n})`,
  seedNotInteger: (p) => `seed is ${p.seed}; it must be an integer`,
  stdInvalid: (p) => `std is ${p.std}; it must be a finite number >= 0`,
  gradStep: (p) => `h is ${p.h}; it must be a finite number greater than 0 (the default is 1e-6)`,
  gradFunction: (p) => `f is ${p.type === "undefined" ? "undefined" : `a ${p.type}`}; pass the function whose gradients you check, (inputs) => a number`,
  gradCounts: (p) =>
    `there are ${p.inputs} inputs and ${p.analytic} analytic gradients; give at least one input and one gradient per input, in the same order`,
  gradNotFinite: (p) => `f returned ${p.value} with inputs[${p.input}] row ${p.row}, column ${p.col} moved to ${p.moved}; f must return a finite number`,

  optimizerMissing: (p) => `the optimizer state has nothing for ${p.name}; start from optimizerState(params)`,
  emptyBatch: () => "the batch is empty; give at least one sentence pair",
  batchLengths: (p) => `srcIds has ${p.items} items but ${p.name} has ${p.size}; give one row per item`,
  emptySource: (p) => `item ${p.item}: the source is empty or only padding (id ${p.padId}); every item needs at least one source token`,
  tgtInStart: (p) => `item ${p.item}: tgtIn ${p.empty ? "is empty" : "starts with padding"}; it must start with the begin token`,
  tgtLengths: (p) => `item ${p.item}: tgtIn has ${p.tgtIn} tokens but tgtOut has ${p.tgtOut}; they are the same target shifted by one`,
  paramMissing: (p) => `the parameter ${p.name} is missing; it must be ${p.rows}x${p.cols}`,
  paramShape: (p) => `the parameter ${p.name} is ${p.shape} but the config makes it ${p.rows}x${p.cols}`,
  notAParameter: (p) => `${p.names.join(", ")} is not a parameter of this model`,
  headsDivideModel: (p) => `dModel ${p.dModel} is not divisible by heads ${p.heads}; choose heads that divide dModel`,
  modelEps: (p) => `layerNormEps is ${p.eps}; it must be > 0`,
  sourceEmpty: () => "the source sentence is empty or only padding; give at least one word",
  stateDictMissing: (p) => `the state_dict has no ${p.name}`,
  torchPartMissing: (p) => `the parameter ${p.name} (part of ${p.torch}) is missing`,

  blockMaskShape: (p) => `the allowed mask is ${p.shape} but the scores are ${p.Lq}x${p.Lk} (Lq x Lk); it needs one row per query and one column per key`,
  zeroPosition: (p) => `row ${p.row} is all zeros, so it has no direction to compare; give every position a nonzero encoding`,
  notPermutation: (p) => `order [${p.order.join(", ")}] does not reorder the rows of a ${p.shape} matrix; give each row index 0..${p.last} exactly once`,

  noWords: (p) => `the sentence has no words; type a ${sideName[p.side]} sentence such as “the black cat sees a dog”`,
  tooManyWords: (p) => `the sentence has ${p.words} words; use at most ${p.max}`,
  unknownWords: (p) =>
    `${quoted(p.unknown)} ${p.unknown.length === 1 ? "is" : "are"} not in the model's ${sideName[p.side]} vocabulary; the known words are: ${p.known.join(", ")}`,
  fewSentences: (p) => `found only ${p.found} distinct sentences of ${p.total}; ask for fewer`,
  repeatedWord: (p) => `the ${sideName[p.side]} word list repeats a word`,
  notInVocabulary: (p) => `“${p.word}” is not in the model's ${sideName[p.side]} vocabulary; the known words are: ${p.words.join(", ")}`,
  notBase64: () => "a parameter's data is not base64; regenerate the checkpoint with npm run train:checkpoint",
  byteLength: (p) => `a parameter's data has ${p.bytes} bytes, not a whole number of 8-byte floats; regenerate the checkpoint`,
  targetNotReached: (p) => `exact match did not reach ${p.target} in ${p.steps} steps; lower the target or allow more steps`,
  checkpointFormat: (p) => `its format is ${p.format}, not 1; regenerate it with npm run train:checkpoint`,
  checkpointDataset: (p) => `it was trained on the dataset ${p.was}, not ${p.want}; regenerate it with npm run train:checkpoint`,
  checkpointData: (p) => `${p.name} holds ${p.length} numbers but is ${p.rows}x${p.cols}`,
  learningRate: (p) => `the learning rate is ${p.lr}; use a number above 0 and at most ${p.max}`,
};
