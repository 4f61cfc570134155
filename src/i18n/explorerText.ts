import type { Lang } from "./lang";

/**
 * The words of the two explorers of the running example, once per edition: "follow one query"
 * (components/FollowQuery.astro, src/figures/followQuery.ts) and "your own sentences"
 * (components/SentenceExplorer.astro, src/figures/sentenceExplorer.ts, the tokenizer in
 * src/examples/sentenceExample.ts). zh has this same type, so a string missing in one edition
 * fails the type check.
 */
export interface ExplorerText {
  // Follow one query.
  followCaption: string;
  followQueryLabel: string;
  followTargetList: string;
  followSourceList: string;
  followWeightsCaption: string;
  queryKeyCorner: string;
  queryTitle: string;
  keyTitle: string;
  followWeightsLabel: (Lq: number, Lk: number) => string;
  queryVectorLabel: (token: string, row: number, dk: number) => string;
  queryBarsLabel: (token: string, Lk: number) => string;
  sumRowShort: string;
  contributionsLabel: (token: string) => string;
  followTableCaption: (token: string, q: string, dk: number, sqrtDk: string) => string;
  followHeaders: readonly [key: string, score: string, scaled: string, weight: string];
  sumRow: string;
  followReadout: (token: string, percent: string, best: string) => string;
  followLinked: (target: string, source: string, weight: string) => string;
  // Your own sentences.
  sentencesCaption: string;
  sourceLabel: string;
  targetLabel: string;
  headsLabel: string;
  seedLabel: string;
  swapLabel: string;
  /** How sentences are split into tokens, and the limit: beside the two boxes. */
  splitHint: (maxTokens: number) => string;
  queriesList: string;
  keysList: string;
  /** "source" or "target", as the figure's labels name a sentence's side. */
  sentenceName: Record<"source" | "target", string>;
  /** Refusals of each sentence, whole (each names its sentence). */
  emptySentence: Record<"source" | "target", string>;
  longSentence: Record<"source" | "target", (count: number, maxTokens: number) => string>;
  headsMoved: (label: string, heads: string, why: string) => string;
  headsDoNotFit: (heads: string | number, dModel: number) => string;
  headTitle: (n: number) => string;
  headWeightsLabel: (n: number, Lq: number, qSide: string, Lk: number, kSide: string) => string;
  querySide: (side: string) => string;
  keySide: (side: string) => string;
  outputLabel: (Lq: number, dModel: number, qSide: string) => string;
  headWeightsCaption: (n: number, Lq: number, Lk: number) => string;
  outputCaption: (Lq: number, dModel: number) => string;
  sentencesReadout: (Lq: number, Lk: number, dModel: number, heads: number, dk: number, first: string, best: string, weight: string) => string;
  sentencesLinked: (cell: string, query: string, key: string) => string;
  /** The sentences the explorer starts with: the source gives K and V, the target Q. */
  initialSource: string;
  initialTarget: string;
}

const en: ExplorerText = {
  followCaption:
    "Follow one query: pick a target token (or hover, tap or arrow-key through the weights) and see its query vector, then its row at every stage, down to the weighted sum of the rows of V that becomes its output.",
  followQueryLabel: "Query (target token)",
  followTargetList: "target (queries):",
  followSourceList: "source (keys, values):",
  followWeightsCaption: "Attention weights (Lq × Lk); each row sums to 1",
  queryKeyCorner: "query \\ key",
  queryTitle: "query (target)",
  keyTitle: "key (source)",
  followWeightsLabel: (Lq, Lk) => `Attention weights, ${Lq} target tokens by ${Lk} source tokens; move through the cells with the arrow keys`,
  queryVectorLabel: (token, row, dk) => `The query vector of “${token}”, row ${row} of Q: ${dk} numbers`,
  queryBarsLabel: (token, Lk) => `Weights of the query “${token}” over the ${Lk} source tokens`,
  sumRowShort: "Σ = out",
  contributionsLabel: (token) => `Each source token's weighted value row and their sum, output row “${token}”`,
  followTableCaption: (token, q, dk, sqrtDk) => `Query “${token}” through every stage: q = [${q}], d_k = ${dk}, √d_k = ${sqrtDk}`,
  followHeaders: ["key j", "score q·k_j", "÷ √d_k", "weight w_j"],
  sumRow: "Σ = output row",
  followReadout: (token, percent, best) => `“${token}” gives ${percent}% of its weight to “${best}”, so its output row is mostly row “${best}” of V.`,
  followLinked: (target, source, weight) => `“${target}” → “${source}”: weight ${weight}, so row “${source}” of V enters output row “${target}” times ${weight}.`,
  sentencesCaption:
    "Your own sentences through multi-head cross-attention: one weight matrix per head, queries down, keys across, and the output. Embeddings and weights are seeded random numbers, not a trained model, so the pattern shows the shapes and the mechanics, not meaning.",
  sourceLabel: "Source sentence (K, V)",
  targetLabel: "Target sentence (Q)",
  headsLabel: "heads h",
  seedLabel: "seed",
  swapLabel: "swap: queries from the source, keys and values from the target",
  splitHint: (maxTokens) =>
    `Tokens are split on spaces; a sentence without spaces, such as Chinese, is split into one token per character, Latin words kept whole. At most ${maxTokens} tokens per sentence.`,
  queriesList: "queries:",
  keysList: "keys, values:",
  sentenceName: { source: "source", target: "target" },
  emptySentence: { source: "The source sentence is empty; type at least one word.", target: "The target sentence is empty; type at least one word." },
  longSentence: {
    source: (count, maxTokens) => `The source sentence has ${count} words; this figure takes at most ${maxTokens}. Shorten it.`,
    target: (count, maxTokens) => `The target sentence has ${count} words; this figure takes at most ${maxTokens}. Shorten it.`,
  },
  headsMoved: (label, heads, why) => `${label} is now ${heads}: ${why}.`,
  headsDoNotFit: (heads, dModel) => `d_model = ${dModel} does not split into ${heads} heads of equal width`,
  headTitle: (n) => `head ${n}`,
  headWeightsLabel: (n, Lq, qSide, Lk, kSide) => `Head ${n} weights: ${Lq} ${qSide} tokens by ${Lk} ${kSide} tokens; arrow keys move between cells`,
  querySide: (side) => `query (${side})`,
  keySide: (side) => `key (${side})`,
  outputLabel: (Lq, dModel, qSide) => `Output, ${Lq} × ${dModel}: one row per ${qSide} token`,
  headWeightsCaption: (n, Lq, Lk) => `Head ${n} weights (${Lq} × ${Lk})`,
  outputCaption: (Lq, dModel) => `Output (${Lq} × ${dModel})`,
  sentencesReadout: (Lq, Lk, dModel, heads, dk, first, best, weight) =>
    `Lq × Lk = ${Lq} × ${Lk}${Lq === Lk ? " (square only because the sentences have the same length)" : ", not square"}; d_k = ${dModel} / ${heads} = ${dk}. In head 1, “${first}” looks most at “${best}” (${weight}).`,
  sentencesLinked: (cell, query, key) => `${cell}: how much “${query}” draws from “${key}”.`,
  initialSource: "le chat noir dort sur le tapis",
  initialTarget: "the black cat sleeps",
};

const zh: ExplorerText = {
  followCaption:
    "跟踪一个查询：选一个目标词元（或将鼠标悬停在权重上、轻触，或用方向键逐个浏览），看它的查询向量，再看它在每一步中的那一行，直到 V 各行的加权和，也就是它的输出。",
  followQueryLabel: "查询（目标词元）",
  followTargetList: "目标端（查询）：",
  followSourceList: "源端（键、值）：",
  followWeightsCaption: "注意力权重（Lq × Lk）；每行之和为 1",
  queryKeyCorner: "查询 \\ 键",
  queryTitle: "查询（目标端）",
  keyTitle: "键（源端）",
  followWeightsLabel: (Lq, Lk) => `注意力权重，${Lq} 个目标词元 × ${Lk} 个源词元；用方向键在单元格之间移动`,
  queryVectorLabel: (token, row, dk) => `“${token}”的查询向量，即 Q 的第 ${row} 行：${dk} 个数`,
  queryBarsLabel: (token, Lk) => `查询“${token}”在 ${Lk} 个源词元上的权重`,
  sumRowShort: "Σ = 输出",
  contributionsLabel: (token) => `每个源词元加权后的值行，以及它们的和，即输出行“${token}”`,
  followTableCaption: (token, q, dk, sqrtDk) => `查询“${token}”经过的每一步：q = [${q}]，d_k = ${dk}，√d_k = ${sqrtDk}`,
  followHeaders: ["键 j", "分数 q·k_j", "÷ √d_k", "权重 w_j"],
  sumRow: "Σ = 输出行",
  followReadout: (token, percent, best) => `“${token}”把 ${percent}% 的权重给了“${best}”，所以它的输出行主要来自 V 中“${best}”那一行。`,
  followLinked: (target, source, weight) => `“${target}” → “${source}”：权重 ${weight}，所以 V 中“${source}”那一行乘以 ${weight} 后进入输出行“${target}”。`,
  sentencesCaption:
    "你自己的句子经过多头交叉注意力：每个头一个权重矩阵，查询纵向排列，键横向排列，最后是输出。嵌入和权重都是用固定种子生成的随机数，不是训练好的模型，所以图案只展示形状和计算过程，不代表含义。",
  sourceLabel: "源句子（K、V）",
  targetLabel: "目标句子（Q）",
  headsLabel: "头数 h",
  seedLabel: "随机种子",
  swapLabel: "互换：查询来自源句子，键和值来自目标句子",
  splitHint: (maxTokens) => `有空格的句子按空格切分词元；没有空格的句子（例如中文）每个字算一个词元，其中的拉丁字母单词保持完整。每个句子最多 ${maxTokens} 个词元。`,
  queriesList: "查询：",
  keysList: "键、值：",
  sentenceName: { source: "源", target: "目标" },
  emptySentence: { source: "源句子是空的；请至少输入一个词。", target: "目标句子是空的；请至少输入一个词。" },
  longSentence: {
    source: (count, maxTokens) => `源句子有 ${count} 个词元；这张图最多接受 ${maxTokens} 个。请缩短它。`,
    target: (count, maxTokens) => `目标句子有 ${count} 个词元；这张图最多接受 ${maxTokens} 个。请缩短它。`,
  },
  headsMoved: (label, heads, why) => `${label} 已改为 ${heads}：${why}。`,
  headsDoNotFit: (heads, dModel) => `d_model = ${dModel} 不能平均分成 ${heads} 个头`,
  headTitle: (n) => `头 ${n}`,
  headWeightsLabel: (n, Lq, qSide, Lk, kSide) => `头 ${n} 的权重：${Lq} 个${qSide}词元 × ${Lk} 个${kSide}词元；用方向键在单元格之间移动`,
  querySide: (side) => `查询（${side}句子）`,
  keySide: (side) => `键（${side}句子）`,
  outputLabel: (Lq, dModel, qSide) => `输出，${Lq} × ${dModel}：每个${qSide}词元一行`,
  headWeightsCaption: (n, Lq, Lk) => `头 ${n} 的权重（${Lq} × ${Lk}）`,
  outputCaption: (Lq, dModel) => `输出（${Lq} × ${dModel}）`,
  sentencesReadout: (Lq, Lk, dModel, heads, dk, first, best, weight) =>
    `Lq × Lk = ${Lq} × ${Lk}${Lq === Lk ? "（是方阵只是因为两个句子一样长）" : "，不是方阵"}；d_k = ${dModel} / ${heads} = ${dk}。在头 1 中，“${first}”最关注“${best}”（${weight}）。`,
  sentencesLinked: (cell, query, key) => `${cell}：“${query}”从“${key}”取用多少。`,
  initialSource: "黑猫睡在垫子上",
  initialTarget: "the black cat sleeps",
};

export const explorerText: Record<Lang, ExplorerText> = { en, zh };
