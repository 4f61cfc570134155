import type { Lang } from "./lang";

/**
 * The words of the fast-attention lesson's figures (fb: fast-attention-blocks, fm: fast-attention-mask-fill,
 * fp: fast-attention-precision) and the decoding lesson's (dm: decoding-cache-memory, dc: decoding-cross-cost,
 * model: the models both offer), once per edition. Numbers stay computed: the functions only put them into words.
 * `zh` has the type of `en`, so a string added in one language and not the other fails the type check.
 */
const en = {
  /** A list of numbers or clauses inside a sentence. */
  list: (items: readonly string[]) => items.join(", "),

  // fast-attention-blocks
  fbBlockSize: "Block size B (keys per block)",
  fbBlocksRead: "Blocks read",
  fbOutput: (c: number) => `output ${c}`,
  fbScoresAria: (lk: number, blockSize: number, step: number, n: number, from: number, to: number, m: string) =>
    `Scores of the query over ${lk} keys in blocks of ${blockSize}; after block ${step} of ${n} (keys ${from} to ${to}) the running maximum is ${m}`,
  fbKeySource: "key (source)",
  fbScaledScore: "scaled score s_j",
  fbSumsAria: (blockSize: number, sums: string) => `Running sum l after each block of ${blockSize} keys: ${sums}`,
  fbKeysRead: "keys read",
  fbRunningSum: "running sum l",
  fbOutputsAria: (core: string, step: number, now: string) => `Partial output o / l after each block, against the core's output ${core}; after block ${step} it is ${now}`,
  fbPartialOutput: "partial output o / l",
  fbCoreOutput: (output: string) => `core ${output}`,
  fbTableCaption: (blockSize: number) => `The query's running state after each block of ${blockSize} keys, and the core's result from the whole row`,
  fbHead: ["after", "keys", "block max", "running max m", "rescale e^(m_old − m)", "running sum l", "o / l"],
  fbBlock: (b: number) => `block ${b}`,
  fbNothingYet: "— (nothing yet)",
  fbCoreRow: "core (whole row)",
  fbFewer: (blockSize: number, n: number) => `Blocks of ${blockSize} make only ${n}. `,
  fbWhere: (step: number, n: number, from: number, to: number, m: string, l: string, partial: string) =>
    `After block ${step} of ${n} (keys ${from}–${to}): m = ${m}, l = ${l}, o / l = ${partial}`,
  fbToTheBit: "to the last bit",
  fbWithin: (gap: string) => `to within ${gap}`,
  fbDone: (core: string, agreement: string) => `; every key read, this is the core's output ${core}, ${agreement}.`,
  fbNotDone: (core: string) => `; the core's output is ${core}.`,

  // fast-attention-mask-fill
  fmFormat: "Format of the scores",
  fmFill: "Added to a masked key's score",
  fmAll: "Mask every key (a query with nothing to attend to)",
  fmTwice: "Add the mask twice (two masks combined)",
  fmFillLabel: (fill: "minus1e9" | "minusInfinity" | "finfoMin") => ({ minus1e9: "−1e9", minusInfinity: "−∞ (float('-inf'))", finfoMin: "torch.finfo(dtype).min" })[fill],
  fmAria: (format: string, fill: string, all: boolean, twice: boolean, weights: string) =>
    `Weights of one query in ${format} with ${fill} added to ${all ? "every key" : "keys 2 and 4"}${twice ? " twice" : ""}: ${weights}`,
  fmKeyAxis: "key (grey: masked)",
  fmWeight: "weight",
  fmCaption: (format: string, fill: string, stored: string, twice: boolean) =>
    `One query's scores in ${format}, the additive mask (${fill} stored as ${stored}${twice ? ", added twice" : ""}) and the weights`,
  fmHead: ["key", "score", "masked?", "score + mask", "weight"],
  fmYes: "yes",
  fmNo: "no",
  fmStored: (format: string, fill: string, stored: string) => `In ${format}, ${fill} is stored as ${stored}.`,
  fmNaN: " Every score of the row is −∞: its maximum is −∞, s − m = −∞ − (−∞) = NaN, and every weight is NaN.",
  fmAllFinite: (first: string, others: boolean, uniform: boolean, weights: string) =>
    ` Every key is masked but the masked scores are finite (${first}${others ? " and others" : ""}): the row comes out ${uniform ? "uniform" : "spread"}, ${weights}, and no NaN.`,
  fmSome: (scores: readonly string[], maskedWeight: string, w1: string, w3: string) =>
    ` The masked keys' scores become ${scores.join(" and ")}: they get weight ${maskedWeight}; keys 1 and 3 share the rest, ${w1} and ${w3}.`,

  // fast-attention-precision
  fpScores: "Scores of the row",
  fpCompute: "Compute the sum in",
  fpScoreLabel: (kind: "equal" | "spread1" | "spread3") => ({ equal: "all equal", spread1: "random, σ = 1", spread3: "random, σ = 3" })[kind],
  fpComputeLabel: (compute: "storage" | "float32") => ({ storage: "16 bits, as stored", float32: "float32, as PyTorch does" })[compute],
  fpExact: "0 (exact)",
  fpAria: (scores: string, compute: string, quoted: number, errors: string) =>
    `Total error of the softmax weights against L_k, scores ${scores}, computed in ${compute}; at L_k = ${quoted}: ${errors}`,
  fpXLabel: "keys per query L_k",
  fpYLabel: "Σ |p̂ − p|  (misplaced weight)",
  fpCaption: (scores: string, compute: string) =>
    `Softmax of one row with scores ${scores}, computed in ${compute}: the misplaced weight Σ |p̂ − p| and the denominator as summed against its exact value`,
  fpErrorHead: (format: string) => `${format}: Σ |p̂ − p|`,
  fpSumHead: (format: string) => `${format}: sum (exact)`,
  fpPer: (format: string, sum: string, exact: string, error: string) => `${format} sums the denominator to ${sum} (exact ${exact}), Σ |p̂ − p| = ${error}`,
  fpReadout: (quoted: number, scores: string, compute: string, per: readonly string[]) => `At L_k = ${quoted} (scores ${scores}; sum in ${compute}): ${per.join("; ")}.`,

  // the models both decoding figures offer
  modelLab: (dModel: number, layers: number) => `the lab's translator (d_model ${dModel}, ${layers} layer${layers === 1 ? "" : "s"})`,
  modelBase: (dModel: number, layers: number) => `Transformer base (d_model ${dModel}, ${layers} layers)`,
  modelUnknown: (name: string, names: readonly string[]) => `there is no model “${name}” here; choose one of: ${names.join(", ")}`,
  decModel: "Model",
  decSourceTokens: "Source tokens L_k",

  // decoding-cache-memory
  dmBeams: "Beams k (1: greedy)",
  dmStep: "Decoding step t",
  dmSelfSeries: (beams: number) => `self-attention K, V: ${beams === 1 ? "one row" : `${beams} rows`} per step`,
  dmCrossSeries: "cross-attention K, V: fixed from step 1",
  dmAria: (model: string, sourceLength: number, beams: number, step: number, self: string, cross: string) =>
    `Numbers the caches hold against the decoding step, ${model}, ${sourceLength} source tokens${beams === 1 ? "" : ` and beam (${beams} beams)`}: ` +
    `at step ${step} the self-attention K and V hold ${self}, the cross-attention K and V ${cross}`,
  dmXLabel: "decoding step t",
  dmYLabel: "numbers held",
  dmCaption: (model: string, sourceLength: number, beams: number) =>
    `Numbers the caches hold after each step: ${model}, ${sourceLength} source tokens, ${beams} beam${beams === 1 ? "" : "s"}`,
  dmHead: ["step t", "self-attention K, V", "cross-attention K, V"],
  dmReadout: (step: number, sourceLength: number, beams: number, self: string, cross: string) =>
    `At step ${step} the self-attention cache holds ${step} rows of K and V per layer${beams === 1 ? "" : ` and beam (${beams} beams)`}: ${self} numbers. ` +
    `The cross-attention K and V hold ${sourceLength} rows per layer, projected once before step 1 and shared by every beam: ${cross} numbers.`,

  // decoding-cross-cost
  dcSteps: "Tokens decoded (steps)",
  dcWithout: "without the cache: again every step",
  dcWith: "with the cache: once per layer",
  dcAria: (model: string, sourceLength: number, steps: number, without: string, withCache: string) =>
    `Multiply-adds of the cross-attention K and V projections up to each step, ${model}, ${sourceLength} source tokens: ` +
    `after ${steps} steps ${without} without the cache, ${withCache} with it`,
  dcXLabel: "decoding step",
  dcYLabel: "multiply-adds so far",
  dcCaption: (model: string, sourceLength: number) => `Multiply-adds of the cross-attention K and V projections up to each step: ${model}, ${sourceLength} source tokens`,
  dcHead: ["step", "without the cache", "with the cache"],
  dcReadout: (steps: number, sourceLength: number, layers: number, without: string, withCache: string, saved: string, held: string) =>
    `Decoding ${steps} token${steps === 1 ? "" : "s"} from ${sourceLength} source tokens: projecting K and V at every step costs ${without} multiply-adds, ` +
    `once per layer (${layers} layer${layers === 1 ? "" : "s"}) ${withCache}. The cache saves ${saved} and holds ${held} numbers.`,
} as const satisfies Record<string, string | readonly string[] | ((...args: never[]) => string)>;

/** Strings widen to string and a table's header row to as many strings, so zh must give every column. */
type Widen<T> = T extends string ? string : T extends readonly string[] ? { readonly [I in keyof T]: string } : T;
type Text = { [K in keyof typeof en]: Widen<(typeof en)[K]> };

const zh: Text = {
  list: (items) => items.join("、"),

  fbBlockSize: "块大小 B（每块的键数）",
  fbBlocksRead: "已读入的块数",
  fbOutput: (c) => `输出 ${c}`,
  fbScoresAria: (lk, blockSize, step, n, from, to, m) =>
    `查询在 ${lk} 个键上的分数，每块 ${blockSize} 个键；读完第 ${step} 块（共 ${n} 块，键 ${from} 到 ${to}）后，累计最大值为 ${m}`,
  fbKeySource: "键（源）",
  fbScaledScore: "缩放后的分数 s_j",
  fbSumsAria: (blockSize, sums) => `每读完一块 ${blockSize} 个键后的累计和 l：${sums}`,
  fbKeysRead: "已读入的键数",
  fbRunningSum: "累计和 l",
  fbOutputsAria: (core, step, now) => `每读完一块后的部分输出 o / l，与核心库的输出 ${core} 对照；读完第 ${step} 块后为 ${now}`,
  fbPartialOutput: "部分输出 o / l",
  fbCoreOutput: (output) => `核心库的${output}`,
  fbTableCaption: (blockSize) => `每读完一块 ${blockSize} 个键后查询的累计状态，以及核心库用整行算出的结果`,
  fbHead: ["读完", "键", "块内最大值", "累计最大值 m", "重新缩放 e^(m_old − m)", "累计和 l", "o / l"],
  fbBlock: (b) => `第 ${b} 块`,
  fbNothingYet: "—（尚无）",
  fbCoreRow: "核心库（整行）",
  fbFewer: (blockSize, n) => `每块 ${blockSize} 个键只能分成 ${n} 块。`,
  fbWhere: (step, n, from, to, m, l, partial) => `读完第 ${step} 块（共 ${n} 块，键 ${from}–${to}）后：m = ${m}，l = ${l}，o / l = ${partial}`,
  fbToTheBit: "逐位相同",
  fbWithin: (gap) => `误差在 ${gap} 以内`,
  fbDone: (core, agreement) => `；所有键都已读入，这就是核心库的输出 ${core}，${agreement}。`,
  fbNotDone: (core) => `；核心库的输出是 ${core}。`,

  fmFormat: "分数的格式",
  fmFill: "加到被掩蔽键分数上的值",
  fmAll: "掩蔽所有键（一个无可关注的查询）",
  fmTwice: "把掩码加两次（两个掩码叠加）",
  fmFillLabel: (fill) => ({ minus1e9: "−1e9", minusInfinity: "−∞（float('-inf')）", finfoMin: "torch.finfo(dtype).min" })[fill],
  fmAria: (format, fill, all, twice, weights) => `一个查询在 ${format} 下的权重，对${all ? "所有键" : "键 2 和键 4 "}加上 ${fill}${twice ? "（加两次）" : ""}：${weights}`,
  fmKeyAxis: "键（灰色：被掩蔽）",
  fmWeight: "权重",
  fmCaption: (format, fill, stored, twice) => `一个查询在 ${format} 下的分数、加性掩码（${fill} 存为 ${stored}${twice ? "，加两次" : ""}）和权重`,
  fmHead: ["键", "分数", "被掩蔽？", "分数 + 掩码", "权重"],
  fmYes: "是",
  fmNo: "否",
  fmStored: (format, fill, stored) => `在 ${format} 中，${fill} 存为 ${stored}。`,
  fmNaN: "这一行的每个分数都是 −∞：最大值是 −∞，s − m = −∞ − (−∞) = NaN，每个权重都是 NaN。",
  fmAllFinite: (first, others, uniform, weights) =>
    `所有键都被掩蔽，但被掩蔽的分数是有限的（${first}${others ? " 等" : ""}）：这一行${uniform ? "是均匀的" : "并不均匀"}，${weights}，没有 NaN。`,
  fmSome: (scores, maskedWeight, w1, w3) => `被掩蔽键的分数变为 ${scores.join(" 和 ")}：它们的权重为 ${maskedWeight}；其余权重由键 1 和键 3 分得，分别为 ${w1} 和 ${w3}。`,

  fpScores: "这一行的分数",
  fpCompute: "求和所用的格式",
  fpScoreLabel: (kind) => ({ equal: "全部相等", spread1: "随机，σ = 1", spread3: "随机，σ = 3" })[kind],
  fpComputeLabel: (compute) => ({ storage: "16 位，即存储格式", float32: "float32，即 PyTorch 的做法" })[compute],
  fpExact: "0（精确）",
  fpAria: (scores, compute, quoted, errors) => `softmax 权重的总误差随 L_k 的变化（分数：${scores}；求和：${compute}）；L_k = ${quoted} 时：${errors}`,
  fpXLabel: "每个查询的键数 L_k",
  fpYLabel: "Σ |p̂ − p|（错放的权重）",
  fpCaption: (scores, compute) => `一行 softmax（分数：${scores}；求和：${compute}）：错放的权重 Σ |p̂ − p|，以及求得的分母与其精确值的对照`,
  fpErrorHead: (format) => `${format}：Σ |p̂ − p|`,
  fpSumHead: (format) => `${format}：和（精确值）`,
  fpPer: (format, sum, exact, error) => `${format} 求得的分母为 ${sum}（精确值 ${exact}），Σ |p̂ − p| = ${error}`,
  fpReadout: (quoted, scores, compute, per) => `L_k = ${quoted} 时（分数：${scores}；求和：${compute}）：${per.join("；")}。`,

  modelLab: (dModel, layers) => `实验面板的翻译模型（d_model ${dModel}，${layers} 层）`,
  modelBase: (dModel, layers) => `Transformer base（d_model ${dModel}，${layers} 层）`,
  modelUnknown: (name, names) => `这里没有模型“${name}”；请从以下模型中选择：${names.join("、")}`,
  decModel: "模型",
  decSourceTokens: "源词元数 L_k",

  dmBeams: "束宽 k（1：贪心）",
  dmStep: "解码步 t",
  dmSelfSeries: (beams) => `自注意力的 K、V：每步${beams === 1 ? "一" : ` ${beams} `}行`,
  dmCrossSeries: "交叉注意力的 K、V：从第 1 步起固定不变",
  dmAria: (model, sourceLength, beams, step, self, cross) =>
    `缓存存放的数的个数随解码步的变化，${model}，${sourceLength} 个源词元${beams === 1 ? "" : `，${beams} 个束`}：` +
    `第 ${step} 步时自注意力的 K 和 V 存放 ${self} 个数，交叉注意力的 K 和 V 存放 ${cross} 个数`,
  dmXLabel: "解码步 t",
  dmYLabel: "存放的数的个数",
  dmCaption: (model, sourceLength, beams) => `每一步之后缓存存放的数的个数：${model}，${sourceLength} 个源词元，${beams} 个束`,
  dmHead: ["步 t", "自注意力 K、V", "交叉注意力 K、V"],
  dmReadout: (step, sourceLength, beams, self, cross) =>
    `第 ${step} 步时，自注意力缓存在每层${beams === 1 ? "" : "每个束"}存放 ${step} 行 K 和 V${beams === 1 ? "" : `（${beams} 个束）`}：共 ${self} 个数。` +
    `交叉注意力的 K 和 V 每层有 ${sourceLength} 行，在第 1 步之前投影一次，所有束共用：共 ${cross} 个数。`,

  dcSteps: "已解码的词元数（步数）",
  dcWithout: "不使用缓存：每一步重新投影",
  dcWith: "使用缓存：每层只投影一次",
  dcAria: (model, sourceLength, steps, without, withCache) =>
    `投影交叉注意力的 K 和 V 累计到每一步的乘加次数，${model}，${sourceLength} 个源词元：` +
    `${steps} 步后不使用缓存为 ${without} 次，使用缓存为 ${withCache} 次`,
  dcXLabel: "解码步",
  dcYLabel: "累计乘加次数",
  dcCaption: (model, sourceLength) => `投影交叉注意力的 K 和 V 累计到每一步的乘加次数：${model}，${sourceLength} 个源词元`,
  dcHead: ["步", "不使用缓存", "使用缓存"],
  dcReadout: (steps, sourceLength, layers, without, withCache, saved, held) =>
    `从 ${sourceLength} 个源词元解码 ${steps} 个词元：每一步都投影 K 和 V 要花 ${without} 次乘加，` +
    `每层只投影一次（${layers} 层）要花 ${withCache} 次。缓存省下 ${saved} 次，存放 ${held} 个数。`,
};

export const fastDecodingText: Record<Lang, Text> = { en, zh };
export type FastDecodingText = Text;
