/**
 * The glossary's content, in one place: the notation table and the terms the glossary page shows
 * (src/pages/glossary.astro), and the words whose first use in a lesson links to their entry
 * (rehypeGlossaryLinks, in astro.config.mjs). Definitions are prose with $...$ math.
 */
export interface SymbolRow {
  id: string;
  tex: string;
  name: string;
  meaning: string;
  /** Shape or kind of value, in TeX. */
  shape: string;
  /** The lesson (file name) that introduces it. */
  lesson: string;
}

export const symbols: SymbolRow[] = [
  { id: "l-q", tex: "L_q", name: "query length", meaning: "Number of queries: one per target token (the decoder side in cross-attention). Rows of $Q$, of the scores, of the weights and of the output.", shape: "\\text{a count}", lesson: "queries-keys-values" },
  { id: "l-k", tex: "L_k", name: "key–value length", meaning: "Number of keys and of values: one per source token (the memory). Rows of $K$ and $V$, columns of the scores and weights. Differs from $L_q$ in general.", shape: "\\text{a count}", lesson: "queries-keys-values" },
  { id: "d-model", tex: "d_{\\text{model}}", name: "model width", meaning: "Components of every hidden state: columns of $X_t$, of $X_s$ unless the source has its own width kdim, and of the attention block's final output. Split over $h$ heads in multi-head attention.", shape: "\\text{a width}", lesson: "queries-keys-values" },
  { id: "d-k", tex: "d_k", name: "query–key width", meaning: "Columns of $Q$ and of $K$, per head: each score sums $d_k$ products, and the scores are scaled by $1/\\sqrt{d_k}$. With $h$ heads usually $d_k = d_{\\text{model}} / h$, not $d_{\\text{model}}$.", shape: "\\text{a width}", lesson: "queries-keys-values" },
  { id: "d-v", tex: "d_v", name: "value width", meaning: "Columns of $V$ and of one head's output, per head. May differ from $d_k$; usually $d_{\\text{model}} / h$.", shape: "\\text{a width}", lesson: "queries-keys-values" },
  { id: "h", tex: "h", name: "number of heads", meaning: "Attention runs $h$ times in parallel, each head with its own $d_k$ columns of $W_Q$, $W_K$, $W_V$. The heads' results are concatenated and multiplied by one shared $W_O$: head $i$'s result goes through its own row block $W_O^{(i)}$ and the $h$ products are summed, not kept separate or averaged.", shape: "\\text{a count}", lesson: "multi-head" },
  { id: "x-t", tex: "X_t", name: "target states", meaning: "The decoder's hidden states entering cross-attention, one row per target token. Queries are made from them.", shape: "L_q \\times d_{\\text{model}}", lesson: "queries-keys-values" },
  { id: "x-s", tex: "X_s", name: "source memory", meaning: "The encoder's final output, one row per source token; the same for every decoder layer. Keys and values are made from it. Its width is kdim, which is $d_{\\text{model}}$ unless the source has a width of its own.", shape: "L_k \\times \\text{kdim}", lesson: "queries-keys-values" },
  { id: "kdim", tex: "\\text{kdim}", name: "key input width", meaning: "Columns of the rows the keys are made from (the source memory), before projection: the kdim argument of PyTorch's nn.MultiheadAttention, $d_{\\text{model}}$ by default; in the core, the number of columns of key (key.cols). $W_K$ maps it to the attention width.", shape: "\\text{a width}", lesson: "multi-head" },
  { id: "vdim", tex: "\\text{vdim}", name: "value input width", meaning: "Columns of the rows the values are made from, before projection: the vdim argument of nn.MultiheadAttention, $d_{\\text{model}}$ by default; in the core, value.cols. Keys and values usually come from the same memory, so vdim = kdim. Not $d_v$, which is the width after projection.", shape: "\\text{a width}", lesson: "multi-head" },
  { id: "w-q", tex: "W_Q", name: "query projection", meaning: "Learned; $Q = X_t W_Q + b_Q$, one per decoder layer. Two views of the same weights: a multi-head layer stores one $d_{\\text{model}} \\times d_{\\text{model}}$ matrix, and head $i$ uses its columns $(i-1)\\,d_k$ to $i\\,d_k - 1$, the per-head $W_Q^{(i)}$ ($d_{\\text{model}} \\times d_k$) of the paper's notation.", shape: "d_{\\text{model}} \\times d_{\\text{model}};\\ \\text{head } i\\text{: } d_{\\text{model}} \\times d_k", lesson: "queries-keys-values" },
  { id: "w-k", tex: "W_K", name: "key projection", meaning: "Learned; $K = X_s W_K + b_K$, one per decoder layer. One kdim $\\times d_{\\text{model}}$ matrix for all heads; head $i$ uses its $d_k$ columns, $W_K^{(i)}$ (kdim $\\times d_k$).", shape: "\\text{kdim} \\times d_{\\text{model}};\\ \\text{head } i\\text{: } \\text{kdim} \\times d_k", lesson: "queries-keys-values" },
  { id: "w-v", tex: "W_V", name: "value projection", meaning: "Learned; $V = X_s W_V + b_V$, one per decoder layer. One vdim $\\times d_{\\text{model}}$ matrix for all heads; head $i$ uses its $d_v$ columns, $W_V^{(i)}$ (vdim $\\times d_v$).", shape: "\\text{vdim} \\times d_{\\text{model}};\\ \\text{head } i\\text{: } \\text{vdim} \\times d_v", lesson: "queries-keys-values" },
  { id: "w-o", tex: "W_O", name: "output projection", meaning: "Learned, one matrix for all heads. Its rows come in $h$ blocks $W_O^{(i)}$ of $d_v$ rows; head $i$'s result goes through its own block and the products are summed: $[\\text{head}_1, \\dots, \\text{head}_h]\\,W_O = \\sum_i \\text{head}_i\\,W_O^{(i)}$.", shape: "h\\,d_v \\times d_{\\text{model}}", lesson: "multi-head" },
  { id: "q", tex: "Q", name: "queries", meaning: "One query row per target token: what each position looks for.", shape: "L_q \\times d_k", lesson: "queries-keys-values" },
  { id: "k", tex: "K", name: "keys", meaning: "One key row per source token: what each position offers to be matched against.", shape: "L_k \\times d_k", lesson: "queries-keys-values" },
  { id: "v", tex: "V", name: "values", meaning: "One value row per source token: what each position hands over.", shape: "L_k \\times d_v", lesson: "queries-keys-values" },
  { id: "s", tex: "S = QK^{\\top}", name: "scores", meaning: "One dot product per (query, key) pair; not square in cross-attention.", shape: "L_q \\times L_k", lesson: "scores" },
  { id: "a", tex: "A", name: "attention weights", meaning: "$\\operatorname{softmax}(S / \\sqrt{d_k})$ along each row (over the keys): every row sums to 1.", shape: "L_q \\times L_k", lesson: "scores" },
  { id: "output", tex: "AV", name: "output", meaning: "Each query's weighted average of the values: one row per query.", shape: "L_q \\times d_v", lesson: "soft-lookup" },
  { id: "pe", tex: "PE", name: "positional encodings", meaning: "Row $pos$ is added to the embedding of the token at position $pos$, before the encoder (source) and the decoder (target), so the vectors carry word order; sinusoidal (fixed) or learned. Cross-attention itself has no notion of order.", shape: "L \\times d_{\\text{model}}", lesson: "positions" },
];

export interface Term {
  id: string;
  term: string;
  /** The words that count as a use of the term in a lesson (its first use links here). */
  forms: readonly string[];
  definition: string;
  lesson: string;
}

export const terms: Term[] = [
  { id: "query", term: "query", forms: ["query", "queries"], definition: "A vector saying what one position looks for. In cross-attention the queries come from the target (decoder) states: one per target token.", lesson: "queries-keys-values" },
  { id: "key", term: "key", forms: ["key", "keys"], definition: "A vector that queries are compared with. In cross-attention the keys come from the source (the memory): one per source token.", lesson: "queries-keys-values" },
  { id: "value", term: "value", forms: ["value", "values"], definition: "A vector handed over in proportion to its key's weight. Values come from the same sequence as the keys, the source, through their own projection.", lesson: "queries-keys-values" },
  { id: "score", term: "score", forms: ["score", "scores"], definition: "The dot product $q \\cdot k$ of one query with one key, before scaling and softmax. Larger means a better match; it can be negative.", lesson: "scores" },
  { id: "weight", term: "weight (attention weight)", forms: ["weight", "weights", "attention weight", "attention weights"], definition: "The softmax of a query's scaled scores over the keys: positive (or 0 where masked), summing to 1 per query. Not, by itself, an explanation of why the model decides what it does.", lesson: "soft-lookup" },
  { id: "memory", term: "memory", forms: ["memory"], definition: "The encoder's final output, $X_s$. Every decoder layer's cross-attention makes its keys and values from it with its own $W_K$ and $W_V$.", lesson: "queries-keys-values" },
  { id: "mask", term: "mask", forms: ["mask", "masks"], definition: "Marks which keys a query may attend to. Blocked scores become $-\\infty$ before the softmax, so their weights are 0. Cross-attention masks source padding; the causal mask belongs to decoder self-attention.", lesson: "masking" },
  { id: "head", term: "head", forms: ["head", "heads"], definition: "One of $h$ attention computations run in parallel, each with its own $d_k$ columns of $W_Q$, $W_K$, $W_V$ ($d_k = d_{\\text{model}} / h$). Their results are concatenated and multiplied by one shared $W_O$, which sends head $i$'s result through its own row block $W_O^{(i)}$ and sums the $h$ products; no head has an output layer of its own.", lesson: "multi-head" },
  { id: "self-attention", term: "self-attention", forms: ["self-attention"], definition: "Queries, keys and values all come from one sequence, so $L_q = L_k$.", lesson: "queries-keys-values" },
  { id: "cross-attention", term: "cross-attention", forms: ["cross-attention"], definition: "Queries come from one sequence (the target) and keys and values from another (the source), so $L_q$ and $L_k$ differ in general.", lesson: "queries-keys-values" },
  { id: "positional-encoding", term: "positional encoding", forms: ["positional encoding", "positional encodings"], definition: "A vector per position added to the token embeddings, because attention itself treats its keys and values as a set: shuffling them together does not change its output. Position reaches cross-attention through the memory.", lesson: "positions" },
];
