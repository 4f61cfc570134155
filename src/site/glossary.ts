import type { Lang } from "../i18n/lang";

/**
 * The glossary's content, in one place and in both editions: the notation table and the terms the
 * glossary page shows (src/pages/[...lang]/glossary.astro), and the words whose first use in a lesson
 * links to their entry (rehypeGlossaryLinks, in astro.config.mjs). Definitions are prose with $...$
 * math. A Chinese name carries the English one in full-width brackets, as a lesson's first use does;
 * anchors (ids) are the same in both editions, since lessons of both link to them.
 */
export interface SymbolRow {
  id: string;
  tex: string;
  name: Record<Lang, string>;
  meaning: Record<Lang, string>;
  /** Shape or kind of value, in TeX. */
  shape: Record<Lang, string>;
  /** The lesson (file name) that introduces it. */
  lesson: string;
}

/** The same TeX in both editions: a shape with no words in it. */
const same = (tex: string): Record<Lang, string> => ({ en: tex, zh: tex });
const count: Record<Lang, string> = { en: "\\text{a count}", zh: "\\text{个数}" };
const width: Record<Lang, string> = { en: "\\text{a width}", zh: "\\text{宽度}" };

export const symbols: SymbolRow[] = [
  { id: "l-q", tex: "L_q", name: { en: "query length", zh: "查询长度（query length）" }, meaning: { en: "Number of queries: one per target token (the decoder side in cross-attention). Rows of $Q$, of the scores, of the weights and of the output.", zh: "查询的个数：每个目标词元一个（在交叉注意力中是解码器一端）。它是 $Q$、分数、权重和输出的行数。" }, shape: count, lesson: "queries-keys-values" },
  { id: "l-k", tex: "L_k", name: { en: "key–value length", zh: "键/值长度（key–value length）" }, meaning: { en: "Number of keys and of values: one per source token (the memory). Rows of $K$ and $V$, columns of the scores and weights. Differs from $L_q$ in general.", zh: "键和值的个数：每个源词元一个（即记忆）。它是 $K$ 和 $V$ 的行数，也是分数和权重的列数。一般与 $L_q$ 不同。" }, shape: count, lesson: "queries-keys-values" },
  { id: "d-model", tex: "d_{\\text{model}}", name: { en: "model width", zh: "模型宽度（model width）" }, meaning: { en: "Components of every hidden state: columns of $X_t$, of $X_s$ unless the source has its own width kdim, and of the attention block's final output. Split over $h$ heads in multi-head attention.", zh: "每个隐藏状态的分量个数：它是 $X_t$ 的列数，也是注意力块最终输出的列数；除非源端有自己的宽度 kdim，它也是 $X_s$ 的列数。在多头注意力中分给 $h$ 个头。" }, shape: width, lesson: "queries-keys-values" },
  { id: "d-k", tex: "d_k", name: { en: "query–key width", zh: "查询/键宽度（query–key width）" }, meaning: { en: "Columns of $Q$ and of $K$, per head: each score sums $d_k$ products, and the scores are scaled by $1/\\sqrt{d_k}$. With $h$ heads usually $d_k = d_{\\text{model}} / h$, not $d_{\\text{model}}$.", zh: "每个头中 $Q$ 和 $K$ 的列数：每个分数是 $d_k$ 个乘积之和，分数要按 $1/\\sqrt{d_k}$ 缩放。有 $h$ 个头时通常 $d_k = d_{\\text{model}} / h$，而不是 $d_{\\text{model}}$。" }, shape: width, lesson: "queries-keys-values" },
  { id: "d-v", tex: "d_v", name: { en: "value width", zh: "值宽度（value width）" }, meaning: { en: "Columns of $V$ and of one head's output, per head. May differ from $d_k$; usually $d_{\\text{model}} / h$.", zh: "每个头中 $V$ 的列数，也是一个头的输出的列数。可以与 $d_k$ 不同；通常为 $d_{\\text{model}} / h$。" }, shape: width, lesson: "queries-keys-values" },
  { id: "h", tex: "h", name: { en: "number of heads", zh: "头数（number of heads）" }, meaning: { en: "Attention runs $h$ times in parallel, each head with its own $d_k$ columns of $W_Q$, $W_K$, $W_V$. The heads' results are concatenated and multiplied by one shared $W_O$: head $i$'s result goes through its own row block $W_O^{(i)}$ and the $h$ products are summed, not kept separate or averaged.", zh: "注意力并行运行 $h$ 次，每个头使用 $W_Q$、$W_K$、$W_V$ 中属于自己的 $d_k$ 列。各个头的结果拼接起来，再乘以一个共享的 $W_O$：第 $i$ 个头的结果经过它自己的行块 $W_O^{(i)}$，这 $h$ 个乘积再相加，既不分开保留，也不取平均。" }, shape: count, lesson: "multi-head" },
  { id: "x-t", tex: "X_t", name: { en: "target states", zh: "目标状态（target states）" }, meaning: { en: "The decoder's hidden states entering cross-attention, one row per target token. Queries are made from them.", zh: "进入交叉注意力的解码器隐藏状态，每个目标词元一行。查询由它们算出。" }, shape: same("L_q \\times d_{\\text{model}}"), lesson: "queries-keys-values" },
  { id: "x-s", tex: "X_s", name: { en: "source memory", zh: "源端记忆（source memory）" }, meaning: { en: "The encoder's final output, one row per source token; the same for every decoder layer. Keys and values are made from it. Its width is kdim, which is $d_{\\text{model}}$ unless the source has a width of its own.", zh: "编码器的最终输出，每个源词元一行；对每个解码器层都相同。键和值由它算出。它的宽度是 kdim；除非源端有自己的宽度，kdim 就是 $d_{\\text{model}}$。" }, shape: same("L_k \\times \\text{kdim}"), lesson: "queries-keys-values" },
  { id: "kdim", tex: "\\text{kdim}", name: { en: "key input width", zh: "键输入宽度（key input width）" }, meaning: { en: "Columns of the rows the keys are made from (the source memory), before projection: the kdim argument of PyTorch's nn.MultiheadAttention, $d_{\\text{model}}$ by default; in the core, the number of columns of key (key.cols). $W_K$ maps it to the attention width.", zh: "投影之前，用来算出键的那些行（源端记忆）的列数：即 PyTorch 的 nn.MultiheadAttention 的 kdim 参数，默认为 $d_{\\text{model}}$；在注意力核心中是 key 的列数（key.cols）。$W_K$ 把它映射到注意力的宽度。" }, shape: width, lesson: "multi-head" },
  { id: "vdim", tex: "\\text{vdim}", name: { en: "value input width", zh: "值输入宽度（value input width）" }, meaning: { en: "Columns of the rows the values are made from, before projection: the vdim argument of nn.MultiheadAttention, $d_{\\text{model}}$ by default; in the core, value.cols. Keys and values usually come from the same memory, so vdim = kdim. Not $d_v$, which is the width after projection.", zh: "投影之前，用来算出值的那些行的列数：即 nn.MultiheadAttention 的 vdim 参数，默认为 $d_{\\text{model}}$；在注意力核心中是 value.cols。键和值通常来自同一个记忆，所以 vdim = kdim。它不是投影之后的宽度 $d_v$。" }, shape: width, lesson: "multi-head" },
  { id: "w-q", tex: "W_Q", name: { en: "query projection", zh: "查询投影（query projection）" }, meaning: { en: "Learned; $Q = X_t W_Q + b_Q$, one per decoder layer. Two views of the same weights: a multi-head layer stores one $d_{\\text{model}} \\times d_{\\text{model}}$ matrix, and head $i$ uses its columns $(i-1)\\,d_k$ to $i\\,d_k - 1$, the per-head $W_Q^{(i)}$ ($d_{\\text{model}} \\times d_k$) of the paper's notation.", zh: "学习得到；$Q = X_t W_Q + b_Q$，每个解码器层一个。同一组权重有两种看法：多头层存储一个 $d_{\\text{model}} \\times d_{\\text{model}}$ 的矩阵，第 $i$ 个头使用其中第 $(i-1)\\,d_k$ 到第 $i\\,d_k - 1$ 列，即论文记法中每个头的 $W_Q^{(i)}$（$d_{\\text{model}} \\times d_k$）。" }, shape: { en: "d_{\\text{model}} \\times d_{\\text{model}};\\ \\text{head } i\\text{: } d_{\\text{model}} \\times d_k", zh: "d_{\\text{model}} \\times d_{\\text{model}};\\ \\text{第 } i \\text{ 个头：} d_{\\text{model}} \\times d_k" }, lesson: "queries-keys-values" },
  { id: "w-k", tex: "W_K", name: { en: "key projection", zh: "键投影（key projection）" }, meaning: { en: "Learned; $K = X_s W_K + b_K$, one per decoder layer. One kdim $\\times d_{\\text{model}}$ matrix for all heads; head $i$ uses its $d_k$ columns, $W_K^{(i)}$ (kdim $\\times d_k$).", zh: "学习得到；$K = X_s W_K + b_K$，每个解码器层一个。所有头共用一个 kdim $\\times d_{\\text{model}}$ 的矩阵；第 $i$ 个头使用其中属于自己的 $d_k$ 列，即 $W_K^{(i)}$（kdim $\\times d_k$）。" }, shape: { en: "\\text{kdim} \\times d_{\\text{model}};\\ \\text{head } i\\text{: } \\text{kdim} \\times d_k", zh: "\\text{kdim} \\times d_{\\text{model}};\\ \\text{第 } i \\text{ 个头：} \\text{kdim} \\times d_k" }, lesson: "queries-keys-values" },
  { id: "w-v", tex: "W_V", name: { en: "value projection", zh: "值投影（value projection）" }, meaning: { en: "Learned; $V = X_s W_V + b_V$, one per decoder layer. One vdim $\\times d_{\\text{model}}$ matrix for all heads; head $i$ uses its $d_v$ columns, $W_V^{(i)}$ (vdim $\\times d_v$).", zh: "学习得到；$V = X_s W_V + b_V$，每个解码器层一个。所有头共用一个 vdim $\\times d_{\\text{model}}$ 的矩阵；第 $i$ 个头使用其中属于自己的 $d_v$ 列，即 $W_V^{(i)}$（vdim $\\times d_v$）。" }, shape: { en: "\\text{vdim} \\times d_{\\text{model}};\\ \\text{head } i\\text{: } \\text{vdim} \\times d_v", zh: "\\text{vdim} \\times d_{\\text{model}};\\ \\text{第 } i \\text{ 个头：} \\text{vdim} \\times d_v" }, lesson: "queries-keys-values" },
  { id: "w-o", tex: "W_O", name: { en: "output projection", zh: "输出投影（output projection）" }, meaning: { en: "Learned, one matrix for all heads. Its rows come in $h$ blocks $W_O^{(i)}$ of $d_v$ rows; head $i$'s result goes through its own block and the products are summed: $[\\text{head}_1, \\dots, \\text{head}_h]\\,W_O = \\sum_i \\text{head}_i\\,W_O^{(i)}$.", zh: "学习得到，所有头共用一个矩阵。它的行分成 $h$ 块 $W_O^{(i)}$，每块 $d_v$ 行；第 $i$ 个头的结果经过它自己的那一块，各个乘积再相加：$[\\text{head}_1, \\dots, \\text{head}_h]\\,W_O = \\sum_i \\text{head}_i\\,W_O^{(i)}$。" }, shape: same("h\\,d_v \\times d_{\\text{model}}"), lesson: "multi-head" },
  { id: "q", tex: "Q", name: { en: "queries", zh: "查询（queries）" }, meaning: { en: "One query row per target token: what each position looks for.", zh: "每个目标词元一个查询行：表示每个位置在找什么。" }, shape: same("L_q \\times d_k"), lesson: "queries-keys-values" },
  { id: "k", tex: "K", name: { en: "keys", zh: "键（keys）" }, meaning: { en: "One key row per source token: what each position offers to be matched against.", zh: "每个源词元一个键行：表示每个位置拿出什么来供匹配。" }, shape: same("L_k \\times d_k"), lesson: "queries-keys-values" },
  { id: "v", tex: "V", name: { en: "values", zh: "值（values）" }, meaning: { en: "One value row per source token: what each position hands over.", zh: "每个源词元一个值行：表示每个位置交出什么。" }, shape: same("L_k \\times d_v"), lesson: "queries-keys-values" },
  { id: "s", tex: "S = QK^{\\top}", name: { en: "scores", zh: "分数（scores）" }, meaning: { en: "One dot product per (query, key) pair; not square in cross-attention.", zh: "每个（查询，键）对一个点积；在交叉注意力中不是方阵。" }, shape: same("L_q \\times L_k"), lesson: "scores" },
  { id: "a", tex: "A", name: { en: "attention weights", zh: "注意力权重（attention weights）" }, meaning: { en: "$\\operatorname{softmax}(S / \\sqrt{d_k})$ along each row (over the keys): every row sums to 1.", zh: "沿每一行（对所有键）取 $\\operatorname{softmax}(S / \\sqrt{d_k})$：每一行之和为 1。" }, shape: same("L_q \\times L_k"), lesson: "scores" },
  { id: "output", tex: "AV", name: { en: "output", zh: "输出（output）" }, meaning: { en: "Each query's weighted average of the values: one row per query.", zh: "每个查询对值的加权平均：每个查询一行。" }, shape: same("L_q \\times d_v"), lesson: "soft-lookup" },
  { id: "pe", tex: "PE", name: { en: "positional encodings", zh: "位置编码（positional encodings）" }, meaning: { en: "Row $pos$ is added to the embedding of the token at position $pos$, before the encoder (source) and the decoder (target), so the vectors carry word order; sinusoidal (fixed) or learned. Cross-attention itself has no notion of order.", zh: "第 $pos$ 行加到位置 $pos$ 上词元的嵌入上，编码器（源端）和解码器（目标端）之前都要加，这样向量就带上了词序；可以是正弦的（固定的），也可以是学习得到的。交叉注意力本身没有顺序的概念。" }, shape: same("L \\times d_{\\text{model}}"), lesson: "positions" },
];

export interface TermText {
  /** The term as the glossary names it; in Chinese with the English term in full-width brackets. */
  term: string;
  /** The words that count as a use of the term in a lesson of this edition (its first use links here). */
  forms: readonly string[];
  definition: string;
}

export interface Term extends Record<Lang, TermText> {
  id: string;
  lesson: string;
}

export const terms: Term[] = [
  { id: "query", lesson: "queries-keys-values", en: { term: "query", forms: ["query", "queries"], definition: "A vector saying what one position looks for. In cross-attention the queries come from the target (decoder) states: one per target token." }, zh: { term: "查询（query）", forms: ["查询"], definition: "一个向量，表示一个位置在找什么。在交叉注意力中，查询来自目标端（解码器）的状态：每个目标词元一个。" } },
  { id: "key", lesson: "queries-keys-values", en: { term: "key", forms: ["key", "keys"], definition: "A vector that queries are compared with. In cross-attention the keys come from the source (the memory): one per source token." }, zh: { term: "键（key）", forms: ["键"], definition: "查询与之作比较的向量。在交叉注意力中，键来自源端（即记忆）：每个源词元一个。" } },
  { id: "value", lesson: "queries-keys-values", en: { term: "value", forms: ["value", "values"], definition: "A vector handed over in proportion to its key's weight. Values come from the same sequence as the keys, the source, through their own projection." }, zh: { term: "值（value）", forms: ["值"], definition: "按其键所得的权重成比例交出的向量。值与键来自同一个序列，即源端，但经过自己的投影。" } },
  { id: "score", lesson: "scores", en: { term: "score", forms: ["score", "scores"], definition: "The dot product $q \\cdot k$ of one query with one key, before scaling and softmax. Larger means a better match; it can be negative." }, zh: { term: "分数（score）", forms: ["分数"], definition: "一个查询与一个键的点积 $q \\cdot k$，在缩放和 softmax 之前。越大表示越匹配；它可以是负数。" } },
  { id: "weight", lesson: "soft-lookup", en: { term: "weight (attention weight)", forms: ["weight", "weights", "attention weight", "attention weights"], definition: "The softmax of a query's scaled scores over the keys: positive (or 0 where masked), summing to 1 per query. Not, by itself, an explanation of why the model decides what it does." }, zh: { term: "权重（weight），即注意力权重（attention weight）", forms: ["权重", "注意力权重"], definition: "一个查询缩放后的分数在所有键上的 softmax：为正（被掩蔽处为 0），每个查询的权重之和为 1。它本身并不能解释模型为什么作出某个决定。" } },
  { id: "memory", lesson: "queries-keys-values", en: { term: "memory", forms: ["memory"], definition: "The encoder's final output, $X_s$. Every decoder layer's cross-attention makes its keys and values from it with its own $W_K$ and $W_V$." }, zh: { term: "记忆（memory）", forms: ["记忆"], definition: "编码器的最终输出 $X_s$。每个解码器层的交叉注意力都用自己的 $W_K$ 和 $W_V$ 从它算出键和值。" } },
  { id: "mask", lesson: "masking", en: { term: "mask", forms: ["mask", "masks"], definition: "Marks which keys a query may attend to. Blocked scores become $-\\infty$ before the softmax, so their weights are 0. Cross-attention masks source padding; the causal mask belongs to decoder self-attention." }, zh: { term: "掩码（mask）；掩蔽（masking）", forms: ["掩码", "掩蔽"], definition: "标出一个查询可以关注哪些键。被掩蔽的分数在 softmax 之前变为 $-\\infty$，所以它们的权重为 0。交叉注意力掩蔽的是源端的填充；因果掩码属于解码器的自注意力。" } },
  { id: "head", lesson: "multi-head", en: { term: "head", forms: ["head", "heads"], definition: "One of $h$ attention computations run in parallel, each with its own $d_k$ columns of $W_Q$, $W_K$, $W_V$ ($d_k = d_{\\text{model}} / h$). Their results are concatenated and multiplied by one shared $W_O$, which sends head $i$'s result through its own row block $W_O^{(i)}$ and sums the $h$ products; no head has an output layer of its own." }, zh: { term: "头（head）", forms: ["头"], definition: "$h$ 个并行运行的注意力计算之一，每个头使用 $W_Q$、$W_K$、$W_V$ 中属于自己的 $d_k$ 列（$d_k = d_{\\text{model}} / h$）。各个头的结果拼接起来，再乘以一个共享的 $W_O$：它让第 $i$ 个头的结果经过自己的行块 $W_O^{(i)}$，再把这 $h$ 个乘积相加；没有哪个头有自己的输出层。" } },
  { id: "self-attention", lesson: "queries-keys-values", en: { term: "self-attention", forms: ["self-attention"], definition: "Queries, keys and values all come from one sequence, so $L_q = L_k$." }, zh: { term: "自注意力（self-attention）", forms: ["自注意力"], definition: "查询、键和值都来自同一个序列，所以 $L_q = L_k$。" } },
  { id: "cross-attention", lesson: "queries-keys-values", en: { term: "cross-attention", forms: ["cross-attention"], definition: "Queries come from one sequence (the target) and keys and values from another (the source), so $L_q$ and $L_k$ differ in general." }, zh: { term: "交叉注意力（cross-attention）", forms: ["交叉注意力"], definition: "查询来自一个序列（目标端），键和值来自另一个序列（源端），所以 $L_q$ 和 $L_k$ 一般不同。" } },
  { id: "positional-encoding", lesson: "positions", en: { term: "positional encoding", forms: ["positional encoding", "positional encodings"], definition: "A vector per position added to the token embeddings, because attention itself treats its keys and values as a set: shuffling them together does not change its output. Position reaches cross-attention through the memory." }, zh: { term: "位置编码（positional encoding）", forms: ["位置编码"], definition: "每个位置一个向量，加到词元嵌入上；之所以需要它，是因为注意力本身把它的键和值当作一个集合：把键和值一起打乱顺序，输出不变。位置信息经由记忆进入交叉注意力。" } },
];

/**
 * Words that contain a Chinese term's form but are other words, so they are no use of it: 数值
 * (a number) is not 值 (value), 多头 (multi-head) not 头 (head), 关键 (crucial) not 键 (key). Chinese
 * writes no spaces, so where English needs whole words, the glossary links need this list.
 */
export const notTerms: Record<Lang, readonly string[]> = {
  en: [],
  zh: [
    "数值", "最大值", "最小值", "均值", "默认值", "绝对值", "期望值", "估计值", "近似值", "精确值", "差值", "峰值", "极值", "极限值", "阈值", "初始值", "返回值", "取值", "中值", "真值", "特征值", "值得",
    "键值", "关键", "按键",
    "多头", "单头", "开头", "箭头", "从头", "手头", "分头", "齐头", "后头", "头部", "回头", "尽头", "源头", "念头", "镜头",
    "百分数",
  ],
};

/** The terms a lesson of edition `lang` links to the glossary, for rehypeGlossaryLinks. */
export const linkTerms = (lang: Lang) => terms.map((term) => ({ id: term.id, forms: term[lang].forms }));
