import type { Lang } from "./lang";

/**
 * The words of the three labs (scaling, masking, multi-head): control and option labels, axis titles,
 * legends, part titles, table captions and headers, readouts and refusals, once per edition; keys
 * start with the figure's name. Numbers stay computed: the functions only put them into words.
 * `zh` has the type of `en`, so a string added in one language and not the other fails the type check.
 */
const en = {

  // scaling-lab
  slHeads: "heads h (d_model = h·d_k)",
  slUseDModel: "divide by √d_model instead of √d_k (a common bug)",
  slRawAxis: "q·k (unscaled)",
  slRawAria: (n: number, dk: number, sd: string) => `Histogram of ${n} unscaled dot products at d_k = ${dk}: spread about ${sd}`,
  slScaledAria: (divisor: string, sd: string) => `Histogram of the same dot products divided by ${divisor}: spread about ${sd}`,
  slUnscaled: "unscaled",
  slPeakAria: "Largest softmax weight against d_k, scaled, unscaled and scaled by d_model",
  slLargestWeight: "largest weight",
  slEntropyAria: (lk: number, max: string) => `Softmax entropy against d_k; the maximum, uniform over ${lk} keys, is log ${lk} = ${max}`,
  slEntropyAxis: "entropy (nats)",
  slTableCaption: (lk: number, max: string) => `Softmax over ${lk} keys, averaged over 16 random queries, by d_k (maximum entropy log ${lk} = ${max})`,
  slLargestWeightBy: (how: string) => `largest weight ${how}`,
  slEntropyBy: (how: string) => `entropy ${how}`,
  slReadoutWrong: (dk: number, dModel: number, sd: string, sqrtH: string) =>
    `d_k = ${dk}, d_model = ${dModel}: dividing by √d_model shrinks the scores' spread to ${sd} instead of about 1, so every head's softmax is flatter than intended (by a factor √h = ${sqrtH} in the scores).`,
  slReadout: (dk: number, rawSd: string, sqrtDk: string, sd: string) =>
    `d_k = ${dk}: unscaled q·k spreads about ${rawSd} (√d_k = ${sqrtDk}); divided by √d_k it spreads about ${sd}, whatever d_k is.`,

  // masking-lab
  mlItemLength: (n: number) => `item ${n} length`,
  mlConvention: "boolean mask convention",
  mlKeepOption: "True = may attend (this site, JAX/Flax)",
  mlBlockOption: "True = blocked (PyTorch key_padding_mask, bool attn_mask)",
  mlFill: "additive value of a blocked key",
  mlUnknownFill: (fill: string) => `Unknown fill “${fill}”; choose -inf, -1e9 or -1e6.`,
  mlScoresTitle: (n: number, real: number, pad: number) => `item ${n} scores: ${real} real + ${pad} pad`,
  mlScoresAria: (n: number, real: number, pad: number) => `Masked scores of batch item ${n}: ${real} real source tokens, ${pad} padding keys blocked`,
  mlWeightsTitle: (n: number) => `item ${n} weights`,
  mlWeightsAria: (n: number, fill: string) => `Weights of batch item ${n} with blocked keys at ${fill}`,
  mlMaskCaption: (keep: boolean) => `Item 2's key padding mask written with ${keep ? "True = may attend" : "True = blocked"}`,
  mlFateCaption: "The fate of a fully masked row (4 keys, all blocked) under each convention",
  mlFateConvention: "convention",
  mlFateWhat: "what happens",
  mlFateInf: "additive −∞ (plain softmax)",
  mlFateInfNote: "0/0 = NaN: the NaN spreads into the output and the loss",
  mlAdditive: (value: string) => `additive ${value}`,
  mlFate1e9Note: "uniform: attends equally to padding",
  mlFate1e6Note: "uniform too (and −1e6 rounds to −∞ in float16, whose largest value is 65504)",
  mlFateCore: 'core, fullyMasked: "zeros"',
  mlFateCoreNote: "zero weights, zero output: chosen, documented",
  mlCausalNote:
    "For comparison, the causal mask (query i sees keys j ≤ i). It belongs to decoder self-attention, where the keys are the target's own earlier tokens; cross-attention does not use it, because the whole source is known before decoding starts.",
  mlQueryTarget: "query (target)",
  mlKeySameTarget: "key (same target)",
  mlCausalAria: "Causal mask of decoder self-attention, 4 by 4: 0 on and below the diagonal, minus infinity above",
  mlTableCaption: (n: number, length: number) => `Batch item ${n} weights (length ${length})`,
  mlCorner: "query \\ key",
  mlExactlyZero: "exactly 0",
  mlReadout: (lengths: number[], lk: number, leak: string, fill: string) =>
    `Lengths ${lengths.join(", ")} padded to ${lk}: the largest weight any padding key gets is ${leak} with blocked keys at ${fill}.`,

  // multihead-lab
  mhSwitchOff: (n: number) => `switch off head ${n}`,
  mhHeads: "heads h",
  mhSeed: "seed",
  mhHeadTitle: (n: number) => `head ${n}`,
  mhHeadAria: (n: number, off: boolean, lq: number, lk: number) => `Head ${n}${off ? " (switched off)" : ""} weights: ${lq} target tokens by ${lk} source tokens`,
  mhConcatAria: (heads: number, lq: number, dModel: number) => `Concatenation of the ${heads} heads' outputs, ${lq} × ${dModel}; switched-off heads are zero`,
  mhOutputAria: (lq: number, dModel: number) => `Output, concat times W_O plus b_O, ${lq} × ${dModel}`,
  mhChangeAria: (lq: number, dModel: number) => `Change of the output from all heads on, ${lq} × ${dModel}`,
  mhEachHead: "Each head's weights",
  mhConcatTitle: (lq: number, heads: number, dk: number, dModel: number) => `Concat (${lq} × ${heads}·${dk} = ${lq} × ${dModel})`,
  mhOutputTitle: (lq: number, dModel: number) => `Output = Concat · W_O + b_O: (${lq} × ${dModel}) · (${dModel} × ${dModel}) → ${lq} × ${dModel}`,
  mhChangeTitle: "Output change from switching heads off",
  mhParamsCaption: (dModel: number) => `Parameters, counted from the weights' shapes (kdim = vdim = d_model = ${dModel})`,
  mhBiases: "biases b_Q, b_K, b_V, b_O",
  mhTotal: "total",
  mhHeadTable: (n: number) => `Head ${n} weights`,
  mhOutputTable: (lq: number, dModel: number) => `Output (${lq} × ${dModel})`,
  mhReadout: (heads: number, dModel: number, dk: number, total: number, off: number, biggest: string) =>
    `h = ${heads} heads of d_k = ${dModel} / ${heads} = ${dk}; ${total} parameters whatever h is. ${off === 0 ? "All heads on." : `${off} head${off > 1 ? "s" : ""} off: the output moves by up to ${biggest}.`}`,
  // @en-end
} as const satisfies Record<string, string | ((...args: never[]) => string)>;

type Text = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };

const zh: Text = {

  slHeads: "头数 h（d_model = h·d_k）",
  slUseDModel: "除以 √d_model 而不是 √d_k（一个常见错误）",
  slRawAxis: "q·k（未缩放）",
  slRawAria: (n, dk, sd) => `d_k = ${dk} 时 ${n} 个未缩放点积的直方图：标准差约为 ${sd}`,
  slScaledAria: (divisor, sd) => `同一批点积除以 ${divisor} 后的直方图：标准差约为 ${sd}`,
  slUnscaled: "未缩放",
  slPeakAria: "softmax 最大权重随 d_k 的变化：缩放、未缩放、以及按 d_model 缩放",
  slLargestWeight: "最大权重",
  slEntropyAria: (lk, max) => `softmax 的熵随 d_k 的变化；最大值（在 ${lk} 个键上均匀分布时）为 log ${lk} = ${max}`,
  slEntropyAxis: "熵（奈特）",
  slTableCaption: (lk, max) => `在 ${lk} 个键上的 softmax，对 16 个随机查询取平均，按 d_k 列出（最大熵 log ${lk} = ${max}）`,
  slLargestWeightBy: (how) => `最大权重 ${how}`,
  slEntropyBy: (how) => `熵 ${how}`,
  slReadoutWrong: (dk, dModel, sd, sqrtH) =>
    `d_k = ${dk}，d_model = ${dModel}：除以 √d_model 会把分数的标准差缩小到 ${sd}，而不是约 1，因此每个头的 softmax 都比预期更平（分数缩小为 1/√h，√h = ${sqrtH}）。`,
  slReadout: (dk, rawSd, sqrtDk, sd) =>
    `d_k = ${dk}：未缩放的 q·k 标准差约为 ${rawSd}（√d_k = ${sqrtDk}）；除以 √d_k 后标准差约为 ${sd}，与 d_k 无关。`,

  mlItemLength: (n) => `批量元素 ${n} 的长度`,
  mlConvention: "布尔掩码约定",
  mlKeepOption: "True = 可以关注（本站、JAX/Flax）",
  mlBlockOption: "True = 被屏蔽（PyTorch 的 key_padding_mask、布尔 attn_mask）",
  mlFill: "被屏蔽的键的加性取值",
  mlUnknownFill: (fill) => `未知的填充值“${fill}”；请选择 -inf、-1e9 或 -1e6。`,
  mlScoresTitle: (n, real, pad) => `元素 ${n} 的分数：${real} 个真实词元 + ${pad} 个填充`,
  mlScoresAria: (n, real, pad) => `批量元素 ${n} 掩蔽后的分数：${real} 个真实源词元，${pad} 个填充键被屏蔽`,
  mlWeightsTitle: (n) => `元素 ${n} 的权重`,
  mlWeightsAria: (n, fill) => `批量元素 ${n} 的权重，被屏蔽的键取 ${fill}`,
  mlMaskCaption: (keep) => `元素 2 的键填充掩码，按 ${keep ? "True = 可以关注" : "True = 被屏蔽"} 写出`,
  mlFateCaption: "完全被掩蔽的一行（4 个键全部被屏蔽）在每种约定下的结果",
  mlFateConvention: "约定",
  mlFateWhat: "结果",
  mlFateInf: "加性 −∞（普通 softmax）",
  mlFateInfNote: "0/0 = NaN：NaN 会传播到输出和损失中",
  mlAdditive: (value) => `加性 ${value}`,
  mlFate1e9Note: "均匀：对填充给予同等关注",
  mlFate1e6Note: "同样均匀（而且 −1e6 在 float16 中会舍入为 −∞，float16 的最大值是 65504）",
  mlFateCore: '本站核心，fullyMasked: "zeros"',
  mlFateCoreNote: "权重为零，输出为零：有意选择，并有文档说明",
  mlCausalNote:
    "作为对比，这是因果掩码（查询 i 只能看到 j ≤ i 的键）。它属于解码器自注意力，那里的键是目标序列自身之前的词元；交叉注意力不使用它，因为在解码开始前整个源序列都已知。",
  mlQueryTarget: "查询（目标）",
  mlKeySameTarget: "键（同一目标序列）",
  mlCausalAria: "解码器自注意力的因果掩码，4 × 4：对角线及其下方为 0，上方为负无穷",
  mlTableCaption: (n, length) => `批量元素 ${n} 的权重（长度 ${length}）`,
  mlCorner: "查询 \\ 键",
  mlExactlyZero: "恰好为 0",
  mlReadout: (lengths, lk, leak, fill) => `长度 ${lengths.join("、")} 填充到 ${lk}：被屏蔽的键取 ${fill} 时，任一填充键得到的最大权重为 ${leak}。`,

  mhSwitchOff: (n) => `关闭头 ${n}`,
  mhHeads: "头数 h",
  mhSeed: "随机种子",
  mhHeadTitle: (n) => `头 ${n}`,
  mhHeadAria: (n, off, lq, lk) => `头 ${n}${off ? "（已关闭）" : ""}的权重：${lq} 个目标词元 × ${lk} 个源词元`,
  mhConcatAria: (heads, lq, dModel) => `${heads} 个头的输出拼接，${lq} × ${dModel}；已关闭的头为零`,
  mhOutputAria: (lq, dModel) => `输出：拼接结果乘以 W_O 再加 b_O，${lq} × ${dModel}`,
  mhChangeAria: (lq, dModel) => `输出相对于所有头都开启时的变化，${lq} × ${dModel}`,
  mhEachHead: "每个头的权重",
  // Concat is the paper's operator (MultiHead = Concat(head_1, ..., head_h) W_O), as the stepper names it.
  mhConcatTitle: (lq, heads, dk, dModel) => `Concat (${lq} × ${heads}·${dk} = ${lq} × ${dModel})`,
  mhOutputTitle: (lq, dModel) => `输出 = 拼接 · W_O + b_O：(${lq} × ${dModel}) · (${dModel} × ${dModel}) → ${lq} × ${dModel}`,
  mhChangeTitle: "关闭头后输出的变化",
  mhParamsCaption: (dModel) => `参数量，由权重的形状计算（kdim = vdim = d_model = ${dModel}）`,
  mhBiases: "偏置 b_Q、b_K、b_V、b_O",
  mhTotal: "合计",
  mhHeadTable: (n) => `头 ${n} 的权重`,
  mhOutputTable: (lq, dModel) => `输出（${lq} × ${dModel}）`,
  mhReadout: (heads, dModel, dk, total, off, biggest) =>
    `h = ${heads} 个头，每个 d_k = ${dModel} / ${heads} = ${dk}；无论 h 取多少，参数量都是 ${total}。${off === 0 ? "所有头都开启。" : `关闭了 ${off} 个头：输出最多变化 ${biggest}。`}`,
  // @zh-end
};

export const labText: Record<Lang, Text> = { en, zh };
export type LabText = Text;
