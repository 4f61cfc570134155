import {
  errorMessages,
  type AdamRule,
  type ErrorMessages,
  type ErrorParams,
  type Expected,
  type Operand,
  type OperandPhrase,
  type Side,
  type ValueDescription,
  type WeightWhy,
} from "../core/errorMessages";
import type { Lang } from "./lang";
import { spacedZh as z } from "./spacedZh";

/** Operand phrases in Chinese; code names (Q, wq, inputs[0]) and formulas stay as written. */
const phrases: Record<OperandPhrase, string> = {
  matrix: "矩阵",
  "the matrix": "该矩阵",
  "the weight matrix": "权重矩阵",
  "the logit matrix": "logits 矩阵",
  "the score matrix": "分数矩阵",
  "the scaled scores": "缩放后的分数",
  "the weights": "注意力权重",
  "the vector": "该向量",
  "the trace": "追踪结果",
  "the table": "嵌入表",
  "the mask": "掩码",
  "mask A": "掩码 A",
  "mask B": "掩码 B",
  "the allowed mask": "allowed 掩码",
  "the bias": "偏置",
  "the list of matrices": "矩阵列表",
  "the projected keys K": "投影后的键 K",
  "the projected values V": "投影后的值 V",
  "the parameter": "该参数",
  "the embeddings": "嵌入",
  "the positions": "位置编码",
  "Q = query wq + bq": "Q = query wq + bq",
  "K = key wk + bk": "K = key wk + bk",
  "V = value wv + bv": "V = value wv + bv",
};

const isPhrase = (name: string): name is OperandPhrase => Object.hasOwn(phrases, name);

function operand(o: Operand): string {
  if (typeof o === "string") return isPhrase(o) ? phrases[o] : o;
  if ("rowOf" in o) return z`${operand(o.rowOf)}的第 ${o.row} 行`;
  if ("maskRow" in o) return `掩码的第 ${o.maskRow} 行`;
  if ("matrixAt" in o) return `矩阵 ${o.matrixAt}`;
  if ("gradientOf" in o) return z`${o.gradientOf}的梯度`;
  return z`${o.stepCountOf}的状态中的步数`;
}

function value(d: ValueDescription): string {
  switch (d.kind) {
    case "undefined":
    case "null":
      return d.kind;
    case "array":
      return `一个含 ${d.length} 个元素的数组`;
    case "number":
      return `一个数（${d.value}）`;
    case "string":
      return `一个字符串（${JSON.stringify(d.text)}）`;
    case "trace":
      return "一个注意力追踪结果（请使用其中的某个矩阵，例如 .weights 或 .output）";
    case "mask":
      return "一个 Mask";
    case "matrix":
      return `一个 ${d.rows}x${d.cols} 矩阵`;
    case "brokenMatrix":
      return "一个对象，但它的 rows、cols 或 data 不是矩阵应有的样子";
    case "object":
      return "一个没有 rows、cols 和 data 的对象";
    case "other":
      return `一个 ${d.type} 值`;
  }
}

const maskExample = "由布尔值组成的嵌套数组，每个查询一个内层数组，例如 maskFromRows([[true, false], [true, true]])";
const expectedText: Record<Exclude<Expected, object>, string> = {
  targets: "由整数组成的数组，logits 的每一行一个目标类别",
  crossEntropyTrace: "crossEntropy(logits, targets) 返回的追踪结果",
  gradInputs: "f 的输入，即由矩阵组成的数组",
  gradAnalytic: "由梯度矩阵组成的数组，每个输入一个",
  multiHeadParamsExample: "该层的参数 { heads, wq, wk, wv, wo }，例如用 randomMatrix 生成",
  multiHeadParams: "该层的参数 { heads, wq, wk, wv, wo }",
  tokenIds: "由整数组成的词元 id 数组，例如 [3, 0, 7]",
  nestedRows: "嵌套数组，每行一个由数组成的内层数组，例如 fromRows([[1, 2], [3, 4]])",
  concatList: "由这些矩阵组成的一个数组，concatCols([a, b, ...])",
  layerNormTrace: "layerNorm(x, gamma, beta) 返回的追踪结果",
  maskRows: maskExample,
  attentionTrace: "前向调用 scaledDotProductAttention(q, k, v) 的追踪结果",
  batchList: "由矩阵组成的数组，批量中每项一个",
  multiHeadTrace: "前向调用 multiHeadCrossAttention(query, key, value, params) 的追踪结果",
};
const expected = (e: Expected): string =>
  typeof e === "object" ? `一个由 createRandom(seed) 创建的生成器，例如 randomMatrix(createRandom(1), ${e.generator.rows}, ${e.generator.cols})` : expectedText[e];

const adamRules: Record<AdamRule, string> = {
  lr: "大于 0 的有限数",
  beta1: "从 0 起、小于 1 的数（默认为 0.9）",
  beta2: "从 0 起、小于 1 的数（默认为 0.999）",
  eps: "大于 0 的有限数（默认为 1e-8）",
  weightDecay: "大于或等于 0 的有限数（0 表示关闭）",
};

const weightWhy: Record<WeightWhy, string> = {
  query: "dModel x dModel，dModel 是查询的宽度",
  key: "kdim x dModel，kdim 是键的宽度",
  value: "vdim x dModel，vdim 是值的宽度",
  output: "dModel x dModel",
};

const backwardWhy = (p: ErrorParams["backwardOperandShape"]): string =>
  p.name === "Q"
    ? `Lq x dk，追踪结果的 ${p.weights} 注意力权重中每个查询对应一行`
    : p.name === "K"
      ? `Lk x dk，追踪结果的 ${p.weights} 注意力权重中每个键对应一行，且与 Q 同宽`
      : `Lk x dv，每个键对应一行，且与追踪结果的 ${p.output} 输出同宽`;

const sideName: Record<Side, string> = { english: "英语", french: "法语" };
const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join("、");
/** "1、2、3 或 6". */
const orList = (ns: readonly number[]) => (ns.length === 1 ? `${ns[0]}` : `${ns.slice(0, -1).join("、")} 或 ${ns[ns.length - 1]}`);
const where = (row?: number) => (row === undefined ? "该向量" : `查询第 ${row} 行`);
const counted = (row: number, col: number) => `第 ${row} 行、第 ${col} 列（从 0 开始计数）`;

const zh: ErrorMessages = {
  matrixDataLength: (p) =>
    z`${operand(p.name)}自称是 ${p.rows}x${p.cols}，但它的 data 有 ${p.length} 个数；${p.rows}x${p.cols} 矩阵按行存放 ${p.rows * p.cols} 个数`,
  notMatrix: (p) =>
    z`${operand(p.name)}是${value(p.value)}；${p.value.kind === "array" ? "请用 fromRows(...) 把嵌套数组变成矩阵，例如 fromRows([[1, 2], [3, 4]])" : "这里请传入一个矩阵，例如 fromRows([[1, 2], [3, 4]])"}`,
  notMask: (p) =>
    z`${operand(p.name)}是${value(p.value)}；这里请传入一个掩码，可用 maskFromRows([[true, false], ...])、keyPaddingMask(Lq, Lk, length) 或 causalMask(Lq) 生成`,
  notVector: (p) => z`${operand(p.name)}是${value(p.value)}；这里请传入一列数，例如 [0.5, -1, 2]`,
  notArray: (p) => z`${operand(p.name)}是${value(p.value)}；请传入${expected(p.expected)}`,
  notObject: (p) => z`${operand(p.name)}是${value(p.value)}；请传入${expected(p.expected)}`,
  notFinite: (p) =>
    z`${operand(p.name)}在${counted(p.row, p.col)}处是 ${p.bad}；${p.allowNegativeInfinity ? "每个元素都必须是有限数或 -Infinity（被屏蔽的键）" : "每个元素都必须是有限数"}`,
  emptyMatrix: (p) => z`${operand(p.name)}是 ${p.shape}；它至少需要一行一列`,
  sameShape: (p) => z`${operand(p.a)}是 ${p.aShape}，但${operand(p.b)}是 ${p.bShape}；${operand(p.a)}和${operand(p.b)}的形状必须相同`,
  integerRange: (p) =>
    z`${operand(p.name)}是 ${p.value}；它必须是${p.max === undefined ? `大于或等于 ${p.min} 的整数` : `从 ${p.min} 到 ${p.max} 的整数`}`,

  dataLength: (p) => `data 有 ${p.length} 个元素，但 ${p.rows}x${p.cols} 矩阵需要 ${p.rows * p.cols} 个（rows * cols，按行存放）`,
  noRows: (p) => z`${operand(p.name)}没有行；请至少给出一行，每行至少一个元素`,
  emptyFirstRow: (p) => z`${operand(p.name)}的第 0 行是空的；每行至少要有一个元素`,
  raggedRow: (p) => z`${operand(p.name)}的第 ${p.row} 行有 ${p.length} 个元素，但第 0 行有 ${p.cols} 个；每行的列数必须相同`,
  badEntry: (p) => z`${operand(p.name)}在${counted(p.row, p.col)}处是 ${p.entry}；每个元素都必须是有限数`,
  outsideMatrix: (p) => `(${p.i}, ${p.j}) 超出了 ${p.shape} 矩阵；请使用 0 <= i < ${p.rows} 和 0 <= j < ${p.cols}`,
  emptyMask: () => "掩码是空的；请每个查询给一行，每个键给一个元素",
  maskRagged: (p) => `第 ${p.row} 行有 ${p.length} 个元素，但第 0 行有 ${p.cols} 个；每行都需要每个键一个元素`,
  blockedValue: (p) => `blocked 是 ${p.blocked}；它必须是 -Infinity 或一个负数`,
  noMatrices: () => "没有给出任何矩阵；请至少传入一个",
  concatRows: (p) => `矩阵 ${p.index} 是 ${p.shape}，但矩阵 0 是 ${p.firstShape}；每个矩阵的行数必须相同`,
  sliceRange: (p) => `列区间 [${p.start}, ${p.end}) 不在 ${p.shape} 矩阵之内；请使用满足 0 <= start < end <= ${p.cols} 的整数`,
  scaleFactor: (p) => `缩放因子是 ${p.factor}；它必须是有限数`,
  biasColumns: (p) =>
    z`${operand(p.bias)}的长度是 ${p.length}，但${operand(p.m)}是 ${p.shape}；${operand(p.bias)}需要每列一个元素（${p.cols} 个）`,

  innerSize: (p) =>
    z`${operand(p.a)}是 ${p.aShape}，但${operand(p.b)}是 ${p.bShape}；${operand(p.a)}的列数必须等于${operand(p.b)}的行数${p.backward ? "，与前向乘积中一样" : ""}`,
  sameColumns: (p) =>
    z`${operand(p.a)}是 ${p.aShape}，但${operand(p.b)}是 ${p.bShape}；${operand(p.a)}和${operand(p.b)}的列数必须相同${p.backward ? "，与前向乘积中一样" : ""}`,
  linearShapes: (p) =>
    z`${operand(p.x)}是 ${p.xShape}，但${operand(p.w)}是 ${p.wShape}；${operand(p.w)}需要${operand(p.x)}的每一列对应一行（in），与前向投影中一样`,
  upstreamShape: (p) => z`${operand(p.name)}是 ${p.shape}，但它所属的输出是 ${p.rows}x${p.cols}；输出的梯度与输出形状相同`,

  fullyMaskedPolicy: (p) => `fullyMasked 是 ${p.policy}；请使用 "zeros" 或 "error"`,
  badScore: (p) => `${where(p.row)}、键 ${p.key} 处的分数是 ${p.bad}；分数必须是有限数或 -Infinity（被屏蔽的键）`,
  noAllowedKey: (p) => `${where(p.row)}没有任何允许的键（每个分数都是 -Infinity）；请至少允许一个键，或传入 fullyMasked: "zeros"`,
  emptyVector: () => "该向量是空的；请至少给出一个分数",
  scoreShape: (p) => z`${operand(p.name)}是 ${p.shape}，但分数是 ${p.Lq}x${p.Lk}（Lq x Lk）；${operand(p.name)}需要每个查询一行、每个键一列`,
  qkColumns: (p) => `Q 是 ${p.qShape}，但 K 是 ${p.kShape}；Q 和 K 的列数（dk）必须相同`,
  kvRows: (p) => `K 是 ${p.kShape}，但 V 是 ${p.vShape}；K 和 V 的行数（Lk）必须相同，每个源词元一行`,
  attentionScale: (p) => `scale 是 ${p.factor}；它必须是大于 0 的有限数（默认值为 1/sqrt(dk) = ${p.fallback}）`,
  scaledOverflow: (p) => `查询 ${p.i}、键 ${p.j} 的缩放分数是 ${p.value}；Q K^T 上溢了，请把 Q 或 K 缩小`,
  backwardOperandShape: (p) =>
    `${p.name} 是 ${p.shape}，但它必须是 ${p.rows}x${p.cols}（${backwardWhy(p)}）；请传入生成该追踪结果的那次前向调用的 Q、K 和 V`,

  weightShape: (p) => z`${operand(p.name)}是 ${p.shape}，但它必须是 ${p.rows}x${p.cols}（${weightWhy[p.why]}）`,
  biasLength: (p) => z`${operand(p.name)}的长度是 ${p.length}；它必须有 dModel = ${p.dModel} 个元素`,
  biasNotFinite: (p) => z`${operand(p.name)}在下标 ${p.index} 处是 ${p.value}；每个元素都必须是有限数`,
  keyValueRows: (p) => `key 是 ${p.kShape}，但 value 是 ${p.vShape}；key 和 value 的行数（Lk）必须相同，每个源词元一行`,
  headsDivide: (p) => `dModel ${p.dModel} 不能被 heads ${p.heads} 整除；请选择能整除 dModel 的头数${p.divisors ? `（${orList(p.divisors)}）` : ""}`,
  allowedMaskShape: (p) => `allowed 掩码是 ${p.shape}，但有 ${p.Lq} 个查询和 ${p.Lk} 个键；它必须是 ${p.Lq}x${p.Lk}（Lq x Lk）`,
  projectedShape: (p) =>
    z`${operand(p.name)}是 ${p.shape}，但有 ${p.Lk} 个键、dModel 是 ${p.dModel}；它们必须是 ${p.Lk}x${p.dModel}，由这里的 key 和 value 投影而来`,
  keysValuesOutputOnly: () => "keysValues（缓存的 K 和 V）只由 multiHeadCrossAttention 读取；这条只求输出的路径会自己投影 key 和 value",
  traceNoPerHead: () => "缺少 trace.perHead；请传入前向调用的完整追踪结果",
  traceMismatch: (p) =>
    `追踪结果对应 ${p.traceHeads} 个头、${p.traceLq} 个查询和 ${p.traceLk} 个键（dModel ${p.traceDModel}），但输入给出的是 ${p.heads} 个头、${p.Lq} 个查询和 ${p.Lk} 个键（dModel ${p.dModel}）；请传入这次前向调用的追踪结果`,
  batchSizes: (p) => z`query 有 ${p.items} 项，但${operand(p.name)}有 ${p.size} 项；批量中的每个列表都需要每项一个元素`,
  batchItem: (p) => `第 ${p.item} 项：${p.inner.op}：${zh[p.inner.code](p.inner.params as never)}`,

  vectorLength: (p) => z`${operand(p.name)}的长度是 ${p.length}，但 x 是 ${p.shape}；${operand(p.name)}需要每列一个元素（d = ${p.d}）`,
  vectorNotFinite: (p) => z`${operand(p.name)}在下标 ${p.index}（从 0 开始计数）处是 ${p.value}；每个元素都必须是有限数`,
  layerNormEps: (p) => `eps 是 ${p.eps}；它必须是大于 0 的有限数（默认为 1e-5），这样常数行才不会除以 0`,
  varianceOverflow: (p) => `x 第 ${p.row} 行的方差上溢为 ${p.value}；它的元素对 float64 来说太大了，请把 x 缩小`,
  gammaLength: (p) => `gamma 的长度是 ${p.length}，但规范化后的行是 ${p.shape}；请传入前向传递所用的 gamma（d = ${p.d}）`,
  noIds: () => "ids 是空的；请至少给出一个词元 id",
  idRange: (p) => `位置 ${p.position} 上的 id 是 ${p.id}，但词表只有 ${p.vocab} 个词元；每个 id 都必须是从 0 到 ${p.vocab - 1} 的整数`,
  targetsCount: (p) => `有 ${p.count} 个目标，但 logits 是 ${p.shape}；请每行给一个目标类别（${p.rows} 个）`,
  ignoreIndex: (p) => `ignoreIndex 是 ${p.value}；它必须是整数（默认为 -100）`,
  labelSmoothing: (p) => `labelSmoothing 是 ${p.value}；它必须是从 0 起、小于 1 的数（0 表示关闭）`,
  targetRange: (p) =>
    `第 ${p.row} 行的目标是 ${p.target}，但只有 ${p.classes} 个类别；目标必须是从 0 到 ${p.classes - 1} 的整数，或用 ignoreIndex（${p.ignoreIndex}）跳过该行`,
  allIgnored: (p) => `每个目标都是 ignoreIndex（${p.ignoreIndex}），没有可以求平均的行（PyTorch 会返回 NaN）；请至少给一行真实的目标`,
  dLoss: (p) => `dLoss 是 ${p.value}；它必须是有限数（最终损失取 1）`,
  adamOption: (p) => `${p.name} 是 ${p.value}；它必须是${adamRules[p.rule]}`,
  entryNotFinite: (p) => z`${operand(p.name)}在第 ${p.index} 个元素（从 0 开始计数）处是 ${p.value}；每个元素都必须是有限数`,
  gradientLength: (p) =>
    z`${operand(p.name)}的梯度有 ${p.length} 个元素，但${operand(p.name)}有 ${p.n} 个；梯度需要与${operand(p.name)}的元素一一对应`,
  stateLength: (p) => z`${operand(p.name)}的状态有 ${p.length} 个元素，但${operand(p.name)}有 ${p.n} 个；请给每个参数各自的状态，adamState(${p.n})`,
  seedNotInteger: (p) => `seed 是 ${p.seed}；它必须是整数`,
  stdInvalid: (p) => `std 是 ${p.std}；它必须是大于或等于 0 的有限数`,
  gradStep: (p) => `h 是 ${p.h}；它必须是大于 0 的有限数（默认为 1e-6）`,
  gradFunction: (p) => `f 是 ${p.type === "undefined" ? "undefined" : `${p.type} 类型的值`}；请传入要检查梯度的函数，(inputs) => 一个数`,
  gradCounts: (p) => `有 ${p.inputs} 个输入和 ${p.analytic} 个解析梯度；请至少给一个输入，并按相同顺序给每个输入一个梯度`,
  gradNotFinite: (p) => `把 inputs[${p.input}] 第 ${p.row} 行、第 ${p.col} 列改为 ${p.moved} 后，f 返回了 ${p.value}；f 必须返回有限数`,

  optimizerMissing: (p) => `优化器状态中没有 ${p.name}；请从 optimizerState(params) 开始`,
  emptyBatch: () => "批量是空的；请至少给出一个句子对",
  batchLengths: (p) => `srcIds 有 ${p.items} 项，但 ${p.name} 有 ${p.size} 项；请每项给一行`,
  emptySource: (p) => `第 ${p.item} 项：源句子是空的或只有填充（id ${p.padId}）；每项至少需要一个源词元`,
  tgtInStart: (p) => `第 ${p.item} 项：tgtIn ${p.empty ? "是空的" : "以填充开头"}；它必须以开始词元开头`,
  tgtLengths: (p) => `第 ${p.item} 项：tgtIn 有 ${p.tgtIn} 个词元，但 tgtOut 有 ${p.tgtOut} 个；它们是同一个目标错开一位`,
  paramMissing: (p) => `缺少参数 ${p.name}；它必须是 ${p.rows}x${p.cols}`,
  paramShape: (p) => `参数 ${p.name} 是 ${p.shape}，但按配置应为 ${p.rows}x${p.cols}`,
  notAParameter: (p) => `${p.names.join(", ")} 不是这个模型的参数`,
  headsDivideModel: (p) => `dModel ${p.dModel} 不能被 heads ${p.heads} 整除；请选择能整除 dModel 的头数`,
  modelEps: (p) => `layerNormEps 是 ${p.eps}；它必须大于 0`,
  sourceEmpty: () => "源句子是空的或只有填充；请至少给出一个词",
  stateDictMissing: (p) => `state_dict 中没有 ${p.name}`,
  torchPartMissing: (p) => `缺少参数 ${p.name}（${p.torch} 的一部分）`,

  blockMaskShape: (p) => `allowed 掩码是 ${p.shape}，但分数是 ${p.Lq}x${p.Lk}（Lq x Lk）；它需要每个查询一行、每个键一列`,
  zeroPosition: (p) => `第 ${p.row} 行全是 0，没有可比较的方向；请给每个位置一个非零的编码`,
  notPermutation: (p) => `顺序 [${p.order.join(", ")}] 不是 ${p.shape} 矩阵各行的重排；请把每个行下标 0..${p.last} 恰好给一次`,

  noWords: (p) => `这个句子里没有词；请输入一个${sideName[p.side]}句子，例如 “the black cat sees a dog”`,
  tooManyWords: (p) => `这个句子有 ${p.words} 个词；最多只能有 ${p.max} 个`,
  unknownWords: (p) => `${quoted(p.unknown)} 不在模型的${sideName[p.side]}词表中；已知的词有：${p.known.join(", ")}`,
  fewSentences: (p) => `只找到 ${p.found} 个互不相同的句子，少于要求的 ${p.total} 个；请要求少一些`,
  repeatedWord: (p) => `${sideName[p.side]}词表中有重复的词`,
  notInVocabulary: (p) => `“${p.word}” 不在模型的${sideName[p.side]}词表中；已知的词有：${p.words.join(", ")}`,
  notBase64: () => "某个参数的数据不是 base64；请用 npm run train:checkpoint 重新生成检查点",
  byteLength: (p) => `某个参数的数据有 ${p.bytes} 字节，不是 8 字节浮点数的整数倍；请重新生成检查点`,
  targetNotReached: (p) => `完全匹配率在 ${p.steps} 步内没有达到 ${p.target}；请降低目标或允许更多步数`,
  checkpointFormat: (p) => `它的格式是 ${p.format}，不是 1；请用 npm run train:checkpoint 重新生成`,
  checkpointDataset: (p) => `它是在数据集 ${p.was} 上训练的，而不是 ${p.want}；请用 npm run train:checkpoint 重新生成`,
  checkpointData: (p) => `${p.name} 存有 ${p.length} 个数，但它是 ${p.rows}x${p.cols}`,
  learningRate: (p) => `学习率是 ${p.lr}；请使用大于 0 且不超过 ${p.max} 的数`,
};

/**
 * What the core's refusals say, once per edition: `en` is the core's own table (the English
 * `message` of every AttentionError is built from it), `zh` has its type, so a code without a
 * Chinese sentence fails the type check.
 */
export const coreErrorText: Record<Lang, ErrorMessages> = { en: errorMessages, zh };
