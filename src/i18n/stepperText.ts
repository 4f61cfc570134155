import type { Lang } from "./lang";

/** The stepper's eleven stages, in order; the stages (src/figures/stepperStages.ts) and their words share these keys. */
export const stageKeys = ["queries", "keysValues", "scores", "scale", "mask", "softmax", "weightedSum", "split", "perHead", "concat", "output"] as const;
export type StageKey = (typeof stageKeys)[number];

/** What a stage's sentence may quote, all computed by the core for the reader's settings. */
export interface StageFacts {
  Lq: number;
  Lk: number;
  dk: number;
  heads: number;
  dModel: number;
  mask: boolean;
  /** Number of <pad> keys. */
  pads: number;
  /** √d_k, already formatted. */
  sqrtDk: string;
}

/** The backward stepper's six stages, from dO back to dQ and dK. */
export type BackwardStageKey = "dO" | "dV" | "dA" | "dS" | "dQ" | "dK";

/** What a backward stage's sentence may quote. `largest` is the largest |entry| in the <pad> rows or columns, formatted, or null when exactly 0. */
export interface BackwardFacts {
  Lq: number;
  dv: number;
  dk: number;
  pads: number;
  mask: boolean;
  largest: string | null;
  /** 1/√d_k, formatted. */
  scale: string;
}

/**
 * The step-through figures' words, once per edition: the forward stepper (components/Stepper.astro,
 * its island and src/figures/stepperStages.ts), its URL and seed messages, and the two stage
 * figures built on it (backwardStages, buildStages). zh has this same type, so a string missing in
 * one edition fails the type check.
 */
export interface StepperText {
  caption: string;
  dkLabel: string;
  headsLabel: string;
  seedLabel: string;
  maskLabel: string;
  copyLink: string;
  linkBoxLabel: string;
  previous: string;
  next: string;
  progressLabel: string;
  progress: (step: number, count: number, title: string) => string;
  stageHeading: (step: number, title: string) => string;
  linkCopied: (step: number) => string;
  copyByHand: string;
  /** Between two notices shown together: a space in English, none after a Chinese full stop. */
  noticeGap: string;
  stages: Record<StageKey, { title: string; sentence: (f: StageFacts) => string }>;
  /** Added to stage 1's sentence when there is more than one head. */
  followsHead1: (f: StageFacts) => string;
  allHeads: (name: string) => string;
  outputName: string;
  headTitle: (n: number) => string;
  headWeightsLabel: (n: number, Lq: number, Lk: number) => string;
  headWeightsCaption: (n: number) => string;
  queryKeyCorner: string;
  /** A settings change that made d_model too wide moved the other control. */
  settled: (label: string, value: number, heads: number, dk: number, dModel: number, max: number) => string;
  /** A value in the link that was dropped: `quoted` is the reader's text, quoted. */
  ignoredInLink: (key: string, quoted: string, rule: string) => string;
  ruleWholeNumber: (from: number, to: number) => string;
  ruleOneOf: (choices: readonly number[]) => string;
  ruleOnOff: string;
  ignoredTooWide: (dk: number, heads: number, dModel: number, max: number) => string;
  seedEmpty: (max: number, drawn: number) => string;
  seedRefused: (max: number, quoted: string, why: string, drawn: number) => string;
  seedNotNumber: string;
  seedNotWhole: string;
  seedBelowZero: string;
  seedTooBig: (max: number) => string;
  quote: (text: string) => string;
  /** The forward stage `n` named inside a backward stage's readout. */
  forwardStage: (n: number, title: string) => string;
  /** Two or more forward stages, listed. */
  forwardStages: (stages: readonly string[]) => string;
  backwardStageLabel: string;
  maskPads: string;
  backward: Record<BackwardStageKey, { label: string; sentence: (f: BackwardFacts) => string }>;
  backwardReadout: (label: string, reverses: string, sentence: string) => string;
  buildStageLabel: string;
  buildStages: Record<"scores" | "scaled" | "masked" | "weights" | "output", string>;
  buildRowTitle: string;
  buildKeyTitle: string;
  buildColumnTitle: string;
  buildQueryColumnCorner: string;
  buildAria: (stage: string, rows: number, cols: number, mask: boolean) => string;
  buildCaption: (stage: string, rows: number, cols: number) => string;
  buildReadout: (stage: string, rows: number, cols: number, padPercent: number | null) => string;
}

const en: StepperText = {
  caption:
    "Scaled dot-product cross-attention, stage by stage, on the running example: Q from the target sentence, K and V from the padded source sentence. Use Previous and Next or the arrow keys.",
  dkLabel: "d_k per head",
  headsLabel: "heads h",
  seedLabel: "seed",
  maskLabel: "mask the <pad> keys",
  copyLink: "Copy link",
  linkBoxLabel: "Link to this stage with these settings",
  previous: "← Previous",
  next: "Next →",
  progressLabel: "Progress through the stages",
  progress: (step, count, title) => `Stage ${step} of ${count}: ${title}`,
  stageHeading: (step, title) => `Stage ${step}: ${title}`,
  linkCopied: (step) => `Link copied: stage ${step} with these settings.`,
  copyByHand: "Copy the link from the box below: it opens this stage with these settings.",
  noticeGap: " ",
  stages: {
    queries: {
      title: "Queries from the target",
      sentence: () => "Each target token's state (a row of X_t) is projected to a query: what that token is looking for in the source.",
    },
    keysValues: {
      title: "Keys and values from the source",
      sentence: () => "The source memory (the encoder's output, one row per source token, padding included) gives both the keys, which get matched, and the values, which get mixed.",
    },
    scores: {
      title: "Scores: every query against every key",
      sentence: (f) => `Entry (i, j) is the dot product of query i with key j. ${f.Lq} queries by ${f.Lk} keys: the score matrix is ${f.Lq} × ${f.Lk}, not square.`,
    },
    scale: {
      title: "Divide by √d_k",
      sentence: (f) =>
        `Dividing by √${f.dk} = ${f.sqrtDk} keeps the scores' spread from growing with d_k (variance 1 when q and k have independent, zero-mean, unit-variance components), so the softmax does not saturate.`,
    },
    mask: {
      title: "Add the mask",
      sentence: (f) =>
        f.mask
          ? `M is 0 for real source tokens and −∞ for the ${f.pads} <pad> keys, for every query: key padding, the mask cross-attention needs.`
          : "The mask is off: M is all zeros, so the <pad> keys keep their scores and will take weight they should not have.",
    },
    softmax: {
      title: "Softmax over the keys",
      sentence: () => "Softmax runs along each row, over the keys: each query's weights are positive, sum to 1, and a masked key gets exactly 0.",
    },
    weightedSum: {
      title: "Weights times values",
      sentence: () => "Each output row is a weighted average of the rows of V, with that query's weights: one row per target token.",
    },
    split: {
      title: "Multi-head: split into heads",
      sentence: (f) =>
        `The full projections are ${f.Lq} × ${f.dModel}; head i takes columns ${f.dk}(i−1)+1 to ${f.dk}i of Q, K and V, so h = ${f.heads} heads of width d_k = ${f.dk} share d_model = ${f.dModel}.`,
    },
    perHead: {
      title: "Each head attends on its own",
      sentence: (f) => `Stages 3–7 run in every head independently, each with the same mask: ${f.heads} weight matrices of ${f.Lq} × ${f.Lk}, each free to look at different source tokens.`,
    },
    concat: {
      title: "Concatenate the heads",
      sentence: (f) => `The heads' outputs, each ${f.Lq} × ${f.dk}, are placed side by side: ${f.Lq} × ${f.dModel} again.`,
    },
    output: {
      title: "Output projection",
      sentence: () => "W_O mixes what the heads found into one d_model-wide vector per target token: the layer's output, one row per query.",
    },
  },
  followsHead1: (f) => ` With ${f.heads} heads, stages 1–7 follow head 1, whose weights are the first d_k = ${f.dk} columns of the full ones; stage 8 shows the split.`,
  allHeads: (name) => `${name} (all heads)`,
  outputName: "output",
  headTitle: (n) => `head ${n}`,
  headWeightsLabel: (n, Lq, Lk) => `Attention weights of head ${n}: ${Lq} target tokens by ${Lk} source tokens`,
  headWeightsCaption: (n) => `Head ${n} weights (Lq × Lk)`,
  queryKeyCorner: "query \\ key",
  settled: (label, value, heads, dk, dModel, max) => `${label} is now ${value}: ${heads} heads × d_k ${dk} = d_model ${dModel}, more than this figure draws (${max}).`,
  ignoredInLink: (key, quoted, rule) => `Ignored ${key}=${quoted} in the link: ${rule}.`,
  ruleWholeNumber: (from, to) => `use a whole number from ${from} to ${to}`,
  ruleOneOf: (choices) => `use one of ${choices.join(", ")}`,
  ruleOnOff: "use on or off",
  ignoredTooWide: (dk, heads, dModel, max) => `Ignored dk=${dk} with heads=${heads}: d_model = heads × d_k = ${dModel} is more than this figure draws (${max}).`,
  seedEmpty: (max, drawn) => `Type a seed: a whole number from 0 to ${max}. The figure still shows seed ${drawn}.`,
  seedRefused: (max, quoted, why, drawn) => `A seed is a whole number from 0 to ${max}; ${quoted} is ${why}. The figure still shows seed ${drawn}.`,
  seedNotNumber: "not a number",
  seedNotWhole: "not a whole number",
  seedBelowZero: "below 0",
  seedTooBig: (max) => `more than ${max}`,
  quote: (text) => `“${text}”`,
  forwardStage: (n, title) => `stage ${n} (${title})`,
  forwardStages: (stages) => stages.join(" and "),
  backwardStageLabel: "Backward stage",
  maskPads: "Mask the <pad> keys",
  backward: {
    dO: {
      label: "1. dO, the gradient at the output",
      sentence: (f) =>
        `dO is what the layers above send back: one entry per entry of the output, ${f.Lq} × ${f.dv}. Here it is a fixed random matrix, as for the loss L = sum(G ∘ O) with G = dO.`,
    },
    dV: {
      label: "2. dV = Aᵀ dO",
      sentence: (f) =>
        `Value row j receives every query's dO, weighted by that query's weight on key j. The rows of dV for the ${f.pads} <pad> keys are ${exactlyEn(f.largest)}${f.mask ? ": no query puts weight on them" : ": unmasked, they take weight, so their values learn from padding"}.`,
    },
    dA: {
      label: "3. dA = dO Vᵀ",
      sentence: (f) =>
        `dA(i, j) = dO_i · v_j: how the loss would change if query i put more weight on key j. It knows nothing of the mask: in the <pad> columns it is ${exactlyEn(f.largest)}; the softmax's backward, next, decides what gets through.`,
    },
    dS: {
      label: "4. dS = A ∘ (dA − rowsum(dA ∘ A))",
      sentence: (f) =>
        `Through the softmax: dS is A times how much dA beats the row's weighted average. In the <pad> columns it is ${exactlyEn(f.largest)}${f.mask ? ", because their weights are 0" : ""}. Every row of dS sums to 0, up to rounding: adding a constant to a row of scores changes no weight.`,
    },
    dQ: {
      label: "5. dQ = dS K / √d_k",
      sentence: (f) =>
        `Query i's gradient mixes the key rows with its row of dS as weights, then the scale multiplies it again: 1/√${f.dk} = ${f.scale}. ${f.mask ? "The <pad> keys' rows of K add nothing: their dS is 0." : "Unmasked, the <pad> keys' rows of K are mixed in too."}`,
    },
    dK: {
      label: "6. dK = dSᵀ Q / √d_k",
      sentence: (f) =>
        `Key j's gradient mixes the query rows with column j of dS, times the same scale. The rows of dK for the <pad> keys are ${exactlyEn(f.largest)}${f.mask ? ": a key that every query masks gets no gradient at all" : ""}.`,
    },
  },
  backwardReadout: (label, reverses, sentence) => `${label}, the reverse of the forward ${reverses}. ${sentence}`,
  buildStageLabel: "Stage",
  buildStages: {
    scores: "1. scores Q Kᵀ",
    scaled: "2. scaled by 1/√d_k",
    masked: "3. masked (−∞ where blocked)",
    weights: "4. softmax over each row",
    output: "5. output = weights × V",
  },
  buildRowTitle: "query (target)",
  buildKeyTitle: "key (source)",
  buildColumnTitle: "output column (d_v)",
  buildQueryColumnCorner: "query \\ column",
  buildAria: (stage, rows, cols, mask) => `Stage ${stage}: a ${rows} by ${cols} matrix${mask ? ", padding masked" : ", padding not masked"}`,
  buildCaption: (stage, rows, cols) => `Stage ${stage} (${rows}x${cols})`,
  buildReadout: (stage, rows, cols, padPercent) =>
    `${stage}: ${rows}x${cols}. ` + (padPercent === null ? "The two <pad> keys get weight 0 in every row." : `Unmasked, the <pad> keys take up to ${padPercent}% of a row's weight.`),
};

function exactlyEn(largest: string | null): string {
  return largest === null ? "exactly 0" : `not 0 (largest |entry| ${largest})`;
}

function exactlyZh(largest: string | null): string {
  return largest === null ? "恰好为 0" : `不为 0（最大绝对值 ${largest}）`;
}

const zh: StepperText = {
  caption: "缩放点积交叉注意力，在贯穿全课的例子上逐步演示：Q 来自目标句子，K 和 V 来自补了填充的源句子。用“上一步”“下一步”按钮或左右方向键切换步骤。",
  dkLabel: "每个头的 d_k",
  headsLabel: "头数 h",
  seedLabel: "随机种子",
  maskLabel: "掩蔽 <pad> 键",
  copyLink: "复制链接",
  linkBoxLabel: "指向这一步及当前设置的链接",
  previous: "← 上一步",
  next: "下一步 →",
  progressLabel: "演示进度",
  progress: (step, count, title) => `第 ${step} 步，共 ${count} 步：${title}`,
  stageHeading: (step, title) => `第 ${step} 步：${title}`,
  linkCopied: (step) => `链接已复制：打开第 ${step} 步，并使用当前设置。`,
  copyByHand: "请从下面的文本框中复制链接：它会打开这一步，并使用当前设置。",
  noticeGap: "",
  stages: {
    queries: {
      title: "来自目标端的查询",
      sentence: () => "每个目标词元的状态（X_t 的一行）被投影为一个查询：它表示这个词元要在源句子中寻找什么。",
    },
    keysValues: {
      title: "来自源端的键和值",
      sentence: () => "源端记忆（编码器的输出，每个源词元一行，含填充）同时给出键和值：键用来匹配，值用来混合。",
    },
    scores: {
      title: "分数：每个查询对每个键",
      sentence: (f) => `第 (i, j) 项是查询 i 与键 j 的点积。${f.Lq} 个查询对 ${f.Lk} 个键：分数矩阵是 ${f.Lq} × ${f.Lk} 的，不是方阵。`,
    },
    scale: {
      title: "除以 √d_k",
      sentence: (f) =>
        `除以 √${f.dk} = ${f.sqrtDk}，使分数的离散程度不随 d_k 增大（当 q 和 k 的各分量相互独立、均值为 0、方差为 1 时，分数的方差为 1），这样 softmax 就不会饱和。`,
    },
    mask: {
      title: "加上掩码",
      sentence: (f) =>
        f.mask
          ? `对每个查询，M 在真实源词元处为 0，在 ${f.pads} 个 <pad> 键处为 −∞：这就是交叉注意力所需的键填充掩码。`
          : "掩码已关闭：M 全为 0，所以 <pad> 键保留各自的分数，会分走本不该有的权重。",
    },
    softmax: {
      title: "对键做 softmax",
      sentence: () => "softmax 沿每一行、在各个键上计算：每个查询的权重都为正、和为 1，被掩蔽的键恰好得到 0。",
    },
    weightedSum: {
      title: "权重乘以值",
      sentence: () => "每个输出行都是 V 各行的加权平均，权重取自该查询的那一行：每个目标词元一行。",
    },
    split: {
      title: "多头：拆分成多个头",
      sentence: (f) =>
        `完整的投影是 ${f.Lq} × ${f.dModel} 的；头 i 取 Q、K、V 的第 ${f.dk}(i−1)+1 到第 ${f.dk}i 列，所以 h = ${f.heads} 个宽度为 d_k = ${f.dk} 的头共同构成 d_model = ${f.dModel}。`,
    },
    perHead: {
      title: "每个头各自计算注意力",
      sentence: (f) => `第 3–7 步在每个头中独立运行，使用同一个掩码：${f.heads} 个 ${f.Lq} × ${f.Lk} 的权重矩阵，每个头都可以关注不同的源词元。`,
    },
    concat: {
      title: "拼接各个头",
      sentence: (f) => `各个头的输出（每个都是 ${f.Lq} × ${f.dk}）并排放在一起：又得到 ${f.Lq} × ${f.dModel}。`,
    },
    output: {
      title: "输出投影",
      sentence: () => "W_O 把各个头的发现混合成每个目标词元一个 d_model 维的向量：这就是该层的输出，每个查询一行。",
    },
  },
  followsHead1: (f) => `共有 ${f.heads} 个头时，第 1–7 步跟踪头 1，它的权重是完整权重矩阵的前 d_k = ${f.dk} 列；第 8 步展示如何拆分。`,
  allHeads: (name) => `${name}（所有头）`,
  outputName: "输出",
  headTitle: (n) => `头 ${n}`,
  headWeightsLabel: (n, Lq, Lk) => `头 ${n} 的注意力权重：${Lq} 个目标词元 × ${Lk} 个源词元`,
  headWeightsCaption: (n) => `头 ${n} 的权重（Lq × Lk）`,
  queryKeyCorner: "查询 \\ 键",
  settled: (label, value, heads, dk, dModel, max) => `${label} 已改为 ${value}：${heads} 个头 × d_k ${dk} = d_model ${dModel}，超过了这张图能画的宽度（${max}）。`,
  ignoredInLink: (key, quoted, rule) => `已忽略链接中的 ${key}=${quoted}：${rule}。`,
  ruleWholeNumber: (from, to) => `请使用 ${from} 到 ${to} 之间的整数`,
  ruleOneOf: (choices) => `请使用 ${choices.join("、")} 之一`,
  ruleOnOff: "请使用 on 或 off",
  ignoredTooWide: (dk, heads, dModel, max) => `已忽略 dk=${dk} 与 heads=${heads}：d_model = heads × d_k = ${dModel}，超过了这张图能画的宽度（${max}）。`,
  seedEmpty: (max, drawn) => `请输入随机种子：0 到 ${max} 之间的整数。图中仍显示随机种子 ${drawn}。`,
  seedRefused: (max, quoted, why, drawn) => `随机种子是 0 到 ${max} 之间的整数；${quoted}${why}。图中仍显示随机种子 ${drawn}。`,
  seedNotNumber: "不是数字",
  seedNotWhole: "不是整数",
  seedBelowZero: "小于 0",
  seedTooBig: (max) => `大于 ${max}`,
  quote: (text) => `“${text}”`,
  forwardStage: (n, title) => `第 ${n} 步（${title}）`,
  forwardStages: (stages) => stages.join("和"),
  backwardStageLabel: "反向传递的步骤",
  maskPads: "掩蔽 <pad> 键",
  backward: {
    dO: {
      label: "1. dO，输出处的梯度",
      sentence: (f) => `dO 是上面各层传回来的梯度：输出的每一项对应一项，共 ${f.Lq} × ${f.dv}。这里它是一个固定的随机矩阵，相当于损失 L = sum(G ∘ O)，其中 G = dO。`,
    },
    dV: {
      label: "2. dV = Aᵀ dO",
      sentence: (f) =>
        `值的第 j 行收到每个查询的 dO，按该查询在键 j 上的权重加权。${f.pads} 个 <pad> 键对应的 dV 行${exactlyZh(f.largest)}${f.mask ? "：没有查询把权重放在它们上面" : "：未被掩蔽时它们会分到权重，所以它们的值会从填充中学习"}。`,
    },
    dA: {
      label: "3. dA = dO Vᵀ",
      sentence: (f) =>
        `dA(i, j) = dO_i · v_j：如果查询 i 在键 j 上多放一点权重，损失会怎样变化。它对掩码一无所知：在 <pad> 列中它${exactlyZh(f.largest)}；接下来 softmax 的反向传递决定哪些梯度能通过。`,
    },
    dS: {
      label: "4. dS = A ∘ (dA − rowsum(dA ∘ A))",
      sentence: (f) =>
        `穿过 softmax：dS 等于 A 乘以 dA 超出该行加权平均的部分。在 <pad> 列中它${exactlyZh(f.largest)}${f.mask ? "，因为它们的权重为 0" : ""}。dS 的每一行之和为 0（忽略舍入误差）：给一行分数加上同一个常数，不会改变任何权重。`,
    },
    dQ: {
      label: "5. dQ = dS K / √d_k",
      sentence: (f) =>
        `查询 i 的梯度以它在 dS 中的那一行为权重混合各个键行，再乘以缩放因子：1/√${f.dk} = ${f.scale}。${f.mask ? "<pad> 键在 K 中的行没有任何贡献：它们的 dS 为 0。" : "未被掩蔽时，<pad> 键在 K 中的行也会被混合进来。"}`,
    },
    dK: {
      label: "6. dK = dSᵀ Q / √d_k",
      sentence: (f) =>
        `键 j 的梯度以 dS 的第 j 列为权重混合各个查询行，再乘以同一个缩放因子。<pad> 键对应的 dK 行${exactlyZh(f.largest)}${f.mask ? "：被每个查询都掩蔽的键根本得不到梯度" : ""}。`,
    },
  },
  backwardReadout: (label, reverses, sentence) => `${label}：前向传递中${reverses}的逆过程。${sentence}`,
  buildStageLabel: "步骤",
  buildStages: {
    scores: "1. 分数 Q Kᵀ",
    scaled: "2. 乘以 1/√d_k 缩放",
    masked: "3. 掩蔽（被掩蔽处为 −∞）",
    weights: "4. 对每一行做 softmax",
    output: "5. 输出 = 权重 × V",
  },
  buildRowTitle: "查询（目标端）",
  buildKeyTitle: "键（源端）",
  buildColumnTitle: "输出列（d_v）",
  buildQueryColumnCorner: "查询 \\ 列",
  buildAria: (stage, rows, cols, mask) => `步骤 ${stage}：一个 ${rows} × ${cols} 的矩阵${mask ? "，填充已掩蔽" : "，填充未掩蔽"}`,
  buildCaption: (stage, rows, cols) => `步骤 ${stage}（${rows}x${cols}）`,
  buildReadout: (stage, rows, cols, padPercent) =>
    `${stage}：${rows}x${cols}。` + (padPercent === null ? "两个 <pad> 键在每一行中的权重都是 0。" : `未掩蔽时，<pad> 键最多占去一行 ${padPercent}% 的权重。`),
};

export const stepperText: Record<Lang, StepperText> = { en, zh };
