import type { Lang } from "./lang";

/**
 * The words of the lessons' live figures (src/figures/*.ts): control and option labels, axis titles,
 * legends, part titles, table captions and headers, readouts and refusals, once per edition; keys
 * start with the figure's name. Numbers stay computed: the functions only put them into words.
 * `zh` has the type of `en`, so a string added in one language and not the other fails the type check.
 */
const en = {
  // weights-temperature
  wtTemperature: "Temperature τ",
  wtQuery: "Query token",
  rowTitleQueryTarget: "query (target)",
  colTitleKeySource: "key (source)",
  cornerQueryKey: "query \\ key",
  wtAria: (t: number, lq: number, lk: number) => `Attention weights at temperature ${t}: ${lq} target tokens by ${lk} source tokens`,
  wtCaption: (t: number) => `Attention weights at temperature ${t}; each row sums to 1`,
  wtReadout: (query: string, percent: string, key: string) => `“${query}” puts ${percent}% of its attention on “${key}”.`,

  // positions-sinusoidal
  psLength: "Positions",
  psWidth: "Width d_model",
  psP: "Position p",
  psPastEnd: (p: number, length: number) =>
    `Position p = ${p} is past the last position, ${length - 1}: positions count from 0 to length − 1. Move p below ${length} or add positions.`,
  psPosition: "position",
  psColumn: "column of PE",
  psMapAria: (length: number, dModel: number, p: number) =>
    `Sinusoidal positional encodings, ${length} positions by ${dModel} columns, values from −1 to 1; position ${p} outlined`,
  psSimilarityTo: (p: number) => `similarity to position ${p}`,
  psChartAria: (p: number, dModel: number) => `Cosine similarity of each position's encoding with position ${p}'s at d_model = ${dModel}: 1 at ${p}, lower away from it`,
  psPositionJ: "position j",
  psTableCaption: (length: number, dModel: number) => `Sinusoidal positional encodings, ${length} × ${dModel}`,
  psCorner: "pos \\ column",
  psSimilarityCaption: (p: number) => `Cosine similarity of each position with position ${p}`,
  psSimilarity: "similarity",
  psReadout: (dModel: number, fastest: string, slow: number, slowest: string, p: number, neighbour: string, lowest: string) =>
    `At d_model = ${dModel} columns 0 and 1 repeat every ${fastest} positions and columns ${slow} and ${slow + 1} every ${slowest} positions. ` +
    `Next to position ${p} the similarity is ${neighbour}; the lowest in view is ${lowest}.`,

  // positions-permutation
  ppShuffle: "Shuffle",
  ppOrder: "Order",
  ppShuffled: (name: "keys-values" | "keys" | "queries") => ({ "keys-values": "Keys and values", keys: "Keys only", queries: "Queries" })[name],
  ppOrders: (name: "reverse" | "rotate" | "swap") => ({ reverse: "Reverse", rotate: "Move up by one", swap: "Swap the first two" })[name],
  ppWhat: (name: "keys-values" | "keys" | "queries") => ({ "keys-values": "keys and values together", keys: "keys alone", queries: "queries" })[name],
  ppPick: (shuffled: string, order: string) => `Pick what to shuffle and how from the two lists (got “${shuffled}”, “${order}”).`,
  ppKeyMixes: "key / the value it now mixes",
  ppWeightsAria: (what: string, how: string, lq: number, lk: number) => `Attention weights after shuffling the ${what} (${how}): ${lq} queries by ${lk} keys`,
  ppOutputBefore: "Output before",
  ppOutputAfter: "Output after",
  ppBeforeAria: (lq: number, dims: number) => `Cross-attention output before the shuffle, ${lq} target tokens by ${dims} dimensions`,
  ppAfterAria: (what: string) => `Output after shuffling the ${what}, rows in the order computed`,
  ppChangePutBack: "After (rows put back) − before",
  ppChange: "After − before",
  ppChangeAria: (largest: string) => `Change in the output; the largest is ${largest}`,
  ppTarget: "target",
  ppDimension: "dimension",
  ppWeightsCaption: (what: string, how: string) => `Weights after shuffling the ${what} (${how})`,
  ppBeforeCaption: "Output before the shuffle",
  ppAfterCaption: "Output after the shuffle, rows in the order computed",
  ppChangeCaption: "Change in the output (after − before)",
  ppCorner: "target \\ dim",
  ppReadoutKV: (largest: string) => `Keys and values shuffled together: every query finds the same (key, value) pairs, so the output is unchanged (largest change ${largest}).`,
  ppReadoutK: (largest: string) => `Keys shuffled alone: each weight now lands on another token's value, so the output changes by up to ${largest}.`,
  ppReadoutQ: (largest: string) => `Queries shuffled: the output rows come out shuffled the same way; put back in order, the largest change is ${largest}.`,

  // positions-repeated
  prAdd: "Add positional encodings to the memory and the queries",
  prFollow: "Follow the query for",
  prWith: "with positional encodings",
  prWithout: "without positions",
  prRowTitle: "query (asks for word, position)",
  prColTitle: "key (source word, position)",
  prMapAria: (source: string, how: string) => `Weights of 5 queries that copy “${source}” in order, ${how}`,
  prBarsAria: (label: string, how: string) => `Weights of the query for “${label}” ${how}`,
  prCaption: (how: string) => `Attention weights ${how}; each row sums to 1`,
  prReadoutWith: (query: string, wa: string, a: string, wb: string, b: string, best: string) =>
    `With positions, the query for “${query}” puts ${wa} on “${a}” and ${wb} on “${b}”; its largest weight is on “${best}”.`,
  prReadoutWithout: (a: string, b: string, query: string, w: string) =>
    `Without positions “${a}” and “${b}” are the same vector, so the query for “${query}” gives both ${w}: it cannot tell them apart.`,
  // @en-end
} as const satisfies Record<string, string | ((...args: never[]) => string)>;

type Text = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };

const zh: Text = {
  wtTemperature: "温度 τ",
  wtQuery: "查询词元",
  rowTitleQueryTarget: "查询（目标）",
  colTitleKeySource: "键（源）",
  cornerQueryKey: "查询 \\ 键",
  wtAria: (t, lq, lk) => `温度为 ${t} 时的注意力权重：${lq} 个目标词元 × ${lk} 个源词元`,
  wtCaption: (t) => `温度为 ${t} 时的注意力权重；每行之和为 1`,
  wtReadout: (query, percent, key) => `“${query}”把 ${percent}% 的注意力放在“${key}”上。`,

  psLength: "位置数",
  psWidth: "宽度 d_model",
  psP: "位置 p",
  psPastEnd: (p, length) => `位置 p = ${p} 超出了最后一个位置 ${length - 1}：位置从 0 数到 长度 − 1。请把 p 移到 ${length} 以下，或增加位置数。`,
  psPosition: "位置",
  psColumn: "PE 的列",
  psMapAria: (length, dModel, p) => `正弦位置编码，${length} 个位置 × ${dModel} 列，取值在 −1 到 1 之间；位置 ${p} 已标出`,
  psSimilarityTo: (p) => `与位置 ${p} 的相似度`,
  psChartAria: (p, dModel) => `d_model = ${dModel} 时每个位置的编码与位置 ${p} 的编码的余弦相似度：在 ${p} 处为 1，离它越远越低`,
  psPositionJ: "位置 j",
  psTableCaption: (length, dModel) => `正弦位置编码，${length} × ${dModel}`,
  psCorner: "位置 \\ 列",
  psSimilarityCaption: (p) => `每个位置与位置 ${p} 的余弦相似度`,
  psSimilarity: "相似度",
  psReadout: (dModel, fastest, slow, slowest, p, neighbour, lowest) =>
    `d_model = ${dModel} 时，第 0、1 列每 ${fastest} 个位置重复一次，第 ${slow}、${slow + 1} 列每 ${slowest} 个位置重复一次。` +
    `位置 ${p} 旁边的相似度为 ${neighbour}；图中最低为 ${lowest}。`,

  ppShuffle: "打乱",
  ppOrder: "顺序",
  ppShuffled: (name) => ({ "keys-values": "键和值", keys: "仅键", queries: "查询" })[name],
  ppOrders: (name) => ({ reverse: "倒序", rotate: "整体上移一位", swap: "交换前两个" })[name],
  ppWhat: (name) => ({ "keys-values": "键和值一起", keys: "只有键", queries: "查询" })[name],
  ppPick: (shuffled, order) => `请从两个列表中选择打乱什么以及如何打乱（收到的是“${shuffled}”、“${order}”）。`,
  ppKeyMixes: "键 / 它现在混合的值",
  ppWeightsAria: (what, how, lq, lk) => `${what}被打乱（${how}）后的注意力权重：${lq} 个查询 × ${lk} 个键`,
  ppOutputBefore: "打乱前的输出",
  ppOutputAfter: "打乱后的输出",
  ppBeforeAria: (lq, dims) => `打乱前的交叉注意力输出，${lq} 个目标词元 × ${dims} 个维度`,
  ppAfterAria: (what) => `${what}被打乱后的输出，各行按计算顺序排列`,
  ppChangePutBack: "之后（各行放回原位）− 之前",
  ppChange: "之后 − 之前",
  ppChangeAria: (largest) => `输出的变化；最大为 ${largest}`,
  ppTarget: "目标",
  ppDimension: "维度",
  ppWeightsCaption: (what, how) => `${what}被打乱（${how}）后的权重`,
  ppBeforeCaption: "打乱前的输出",
  ppAfterCaption: "打乱后的输出，各行按计算顺序排列",
  ppChangeCaption: "输出的变化（之后 − 之前）",
  ppCorner: "目标 \\ 维度",
  ppReadoutKV: (largest) => `键和值一起打乱：每个查询找到的（键, 值）对不变，因此输出不变（最大变化 ${largest}）。`,
  ppReadoutK: (largest) => `只打乱键：每个权重现在落在另一个词元的值上，因此输出最多变化 ${largest}。`,
  ppReadoutQ: (largest) => `打乱查询：输出的各行也以同样方式被打乱；放回原顺序后，最大变化为 ${largest}。`,

  prAdd: "给记忆和查询加上位置编码",
  prFollow: "跟踪这个查询",
  prWith: "加位置编码",
  prWithout: "不加位置",
  prRowTitle: "查询（要找的词, 位置）",
  prColTitle: "键（源词, 位置）",
  prMapAria: (source, how) => `按顺序复制“${source}”的 5 个查询的权重，${how}`,
  prBarsAria: (label, how) => `“${label}”的查询的权重，${how}`,
  prCaption: (how) => `注意力权重，${how}；每行之和为 1`,
  prReadoutWith: (query, wa, a, wb, b, best) => `加上位置后，“${query}”的查询给“${a}”${wa}，给“${b}”${wb}；它的最大权重落在“${best}”上。`,
  prReadoutWithout: (a, b, query, w) => `不加位置时，“${a}”和“${b}”是同一个向量，所以“${query}”的查询给两者都是 ${w}：它无法区分它们。`,
  // @zh-end
};

export const figureLabelsText: Record<Lang, Text> = { en, zh };
