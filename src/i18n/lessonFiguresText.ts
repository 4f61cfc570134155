import type { Lang } from "./lang";
import { spacedZh } from "./spacedZh";
import type { AblationName } from "../train/ablationRuns";

/**
 * The words of three lesson figures, once per edition: decoder-block (keys db…), pytorch-shapes (pts…)
 * and training-ablations (ta…). Numbers and shapes stay computed; the functions only put them into words.
 * `zh` has the type of `en`, so a string added in one language and not the other fails the type check.
 */
export type Sublayer = "selfAttention" | "crossAttention" | "feedForward";
export type Arrangement = "post" | "pre";
/** The sizes of pytorch-shapes' axes; "1" is a size-1 axis added for broadcasting. */
export type ShapeSizes = Record<"B" | "h" | "Lq" | "Lk" | "d_k" | "d_model" | "1", number>;
/** pytorch-shapes' steps, in order (the two transposes are told apart). */
export type ShapeStepKey = "project" | "view" | "transpose" | "scores" | "mask" | "softmax" | "weightedSum" | "transposeBack" | "reshape" | "outProj";
type Metric = "exactMatch" | "loss" | "alignmentError";

/** "(B, Lq, d_model) = (2, 3, 8)": names and sizes, the same in every edition. */
export const shapeTuple = (axes: (keyof ShapeSizes)[], s: ShapeSizes) => `(${axes.join(", ")}) = (${axes.map((a) => s[a]).join(", ")})`;

const en = {
  // decoder-block
  dbName: (s: Sublayer) => ({ selfAttention: "masked self-attention", crossAttention: "cross-attention", feedForward: "feed-forward network" })[s],
  dbBox: (s: Sublayer) => ({ selfAttention: "Masked self-attention", crossAttention: "Cross-attention", feedForward: "Feed-forward" })[s],
  dbFormula: (a: Arrangement) => ({ post: "post-norm: y = LN(x + f(x))", pre: "pre-norm: y = x + f(LN(x))" })[a],
  dbNorm: (n: number) => `LayerNorm ${n}`,
  dbNormControl: "Layer norm",
  dbPostOption: "post-norm (2017 paper)",
  dbPreOption: "pre-norm (most current models)",
  dbSublayerControl: "Sublayer",
  dbLayerControl: "Decoder layer",
  dbNoLayer: (layer: number, layers: number) => `Decoder layer ${layer} does not exist; choose a layer from 1 to ${layers}.`,
  /** "what: its shape", as a description list writes it. */
  dbColon: (what: string, shape: string) => `${what}: ${shape}`,
  dbShape: (rows: number, cols: number, dims: string) => `${rows} × ${cols} (${dims})`,
  dbMemory: "memory",
  dbResidual: "residual",
  dbIn: (layer: number, layers: number) => `in: layer ${layer} of ${layers}`,
  dbOutTo: (next: number) => `out: to layer ${next}`,
  dbOutFinal: "out: final LayerNorm",
  dbFinalNorm: "final LayerNorm (decoder.norm)",
  dbFinalNote: (layers: number) => `once, after layer ${layers}; then the generator`,
  dbEmbeddings: "the target embeddings plus positions",
  dbLayerOutput: (l: number) => `the output of layer ${l}`,
  dbAfterSelf: "the stream after masked self-attention",
  dbAfterCross: "the stream after cross-attention",
  dbNormOf: (norm: string, what: string) => `${norm} of ${what}`,
  dbXItself: "x itself",
  dbStreamIn: "x, the stream in",
  dbFReads: "f reads",
  dbEachRow: (reads: string, shape: string) => `${reads}, each row on its own: ${shape}`,
  dbHidden: "hidden layer",
  dbFWrites: "f writes",
  dbHiddenWrite: (shape: string) => `hidden W₂ + b₂: ${shape}`,
  dbTargetPosition: "target position",
  dbFeature: "feature",
  dbFfAria: (layer: number, formula: string, rows: number, cols: number) =>
    `Output of the feed-forward sublayer of decoder layer ${layer}, ${formula}: ${rows} target positions by ${cols} features`,
  dbFfCaption: (layer: number, formula: string) => `Output of the feed-forward sublayer of decoder layer ${layer} (${formula}), Lq × d_model`,
  dbPositionCorner: "position",
  dbFfSaid: (input: number, hidden: number, output: number) => `it reads each position's row alone (${input} → ${hidden} → ${output} numbers); no attention, no memory`,
  dbQueriesInput: "X_t, the queries' input",
  dbKvFrom: "keys and values from",
  dbKvMemory: (shape: string, layers: number) => `the encoder's memory (after the encoder's final LayerNorm): ${shape}, the same matrix in all ${layers} layers`,
  dbKvSelf: (shape: string) => `X_t itself, the target positions so far (causal mask): ${shape}`,
  dbWeights: "weights",
  dbPerHead: (shape: string, heads: number, dk: number) => `${shape} per head, ${heads} heads of d_k = ${dk}`,
  dbConcat: (shape: string) => `W_O of the concatenated heads: ${shape}`,
  dbHeadQuery: (n: number) => `head ${n}: query`,
  dbKeySource: "key (source memory)",
  dbKeyTarget: "key (target)",
  dbHeadAria: (n: number, heads: number, name: string, layer: number, formula: string, lq: number, lk: number, cross: boolean) =>
    `Head ${n} of ${heads}: ${name} weights of decoder layer ${layer}, ${formula}, ${lq} target positions by ${lk} ${cross ? "source" : "target"} positions`,
  dbHeadCaption: (n: number, name: string, layer: number, formula: string, cross: boolean) =>
    `Head ${n}: ${name} weights of decoder layer ${layer} (${formula}); each row sums to 1${cross ? "" : ", and is 0 right of the diagonal"}`,
  dbQueryKeyCorner: "query \\ key",
  dbCrossSaid: (fIn: string, shape: string) => `its queries come from ${fIn}; its keys and values from the encoder's memory, ${shape}, the same in every layer`,
  dbSelfSaid: (fIn: string) => `its queries, keys and values all come from ${fIn}, and position i sees positions 1 to i only`,
  dbStreamOut: "y, the stream out",
  dbOutFormula: (pre: boolean, n: number) => (pre ? `x + f(LayerNorm ${n}(x))` : `LayerNorm ${n}(x + f(x))`),
  dbStreamOutText: (formula: string, shape: string, rms: string) => `${formula}: ${shape}; row RMS ${rms} (mean over positions)`,
  dbTitle: (layer: number, name: string, formula: string) => `Layer ${layer}, ${name} (${formula})`,
  dbOrderStep: (name: string, cross: boolean, pre: boolean, norm: string) =>
    `${pre ? `${norm}, ` : ""}${name}${cross ? " (queries from the stream, keys and values from the encoder memory)" : ""}, add the residual${pre ? "" : `, ${norm}`}`,
  dbDiagramAria: (layer: number, layers: number, formula: string, order: string[], chosen: string) =>
    `Block diagram of decoder layer ${layer} of ${layers}, ${formula}: ${order.join("; then ")}; after the last layer, a final LayerNorm. Highlighted: ${chosen}.`,
  dbStepsCaption: (layer: number, layers: number, formula: string) => `Decoder layer ${layer} of ${layers}, ${formula}: each sublayer, what it reads and what it writes`,
  dbStepsHeaders: ["sublayer", "computes", "queries from (X_t)", "keys and values from", "weights", "output"] as string[],
  dbNoAttention: "— (no attention)",
  dbFromEmbeddings: "embeddings + positions",
  dbFromLayer: (l: number) => `layer ${l}'s output`,
  dbFromSelf: "stream after self-attention",
  dbQueriesFrom: (norm: string | null, from: string, shape: string) => `${norm ? `${norm} of the ` : ""}${from}, ${shape}`,
  dbMemoryCell: (shape: string) => `encoder memory, ${shape}`,
  dbCausal: "X_t (causal)",
  dbHeadsCell: (shape: string, heads: number) => `${shape} × ${heads} heads`,
  dbReadout: (layer: number, formula: string, name: string, said: string) => `Decoder layer ${layer}, ${formula}. The ${name}: ${said}.`,

  // pytorch-shapes
  ptsStepName: (_key: ShapeStepKey, name: string) => name,
  ptsSays: (key: ShapeStepKey, s: ShapeSizes, b: number, i: number, length: number): string => {
    const cols = `columns ${i * s.d_k} to ${(i + 1) * s.d_k - 1}`;
    switch (key) {
      case "project":
        return `Each nn.Linear acts on the last axis only, so the batch rides along: q is ${shapeTuple(["B", "Lq", "d_model"], s)} and k, v are ${shapeTuple(["B", "Lk", "d_model"], s)}.`;
      case "view":
        return `view cuts the last axis, d_model = ${s.d_model}, into h = ${s.h} heads of d_k = ${s.d_k} without moving a number: head ${i} is ${cols} of every token. Shape ${shapeTuple(["B", "Lq", "h", "d_k"], s)}.`;
      case "transpose":
        return `transpose swaps the Lq and h axes, so q[b, i] is one (Lq, d_k) matrix per item and head: ${shapeTuple(["B", "h", "Lq", "d_k"], s)}. The numbers are the previous step's; only the order of the axes changed. k and v get the same view and transpose.`;
      case "scores":
        return `@ multiplies the last two axes and treats the first two as a batch of B·h = ${s.B * s.h} independent products: (Lq, d_k) × (d_k, Lk) → ${shapeTuple(["B", "h", "Lq", "Lk"], s)}, scaled by 1/√d_k = 1/√${s.d_k}.`;
      case "mask": {
        const masked = s.Lk - length === 1 ? `its key ${length} is` : `its keys ${length} to ${s.Lk - 1} are`;
        return `The (B, Lk) padding flags get two size-1 axes, (B, 1, 1, Lk) = (${s.B}, 1, 1, ${s.Lk}), and broadcast over the h = ${s.h} heads and Lq = ${s.Lq} queries. Item ${b} has ${length} real source token${length === 1 ? "" : "s"}, so ${length === s.Lk ? "none of its keys is masked" : `${masked} −∞ in every row of every head`}.`;
      }
      case "softmax":
        return `softmax over dim = -1, the Lk axis: each of the B·h·Lq = ${s.B * s.h * s.Lq} rows sums to 1 over its real keys; masked keys get exactly 0.`;
      case "weightedSum":
        return `(Lq, Lk) × (Lk, d_k) → (Lq, d_k) for each item and head: ${shapeTuple(["B", "h", "Lq", "d_k"], s)}.`;
      case "transposeBack":
        return `transpose puts the heads back next to the features of each token: ${shapeTuple(["B", "Lq", "h", "d_k"], s)}. Same numbers; but the tensor is no longer laid out in this order in memory, which is why the next step needs reshape, not view.`;
      case "reshape":
        return `reshape merges h and d_k back into d_model = ${s.d_model}, the concatenation of the heads: head ${i}'s output is ${cols} again. Shape ${shapeTuple(["B", "Lq", "d_model"], s)}.`;
      case "outProj":
        return `One shared W_O (d_model × d_model = ${s.d_model} × ${s.d_model}) mixes every head into every output column: ${shapeTuple(["B", "Lq", "d_model"], s)}, the shape the layer was given.`;
    }
  },
  ptsPad4d: "pad, 4-D",
  ptsStep: "Step",
  ptsBatch: "Batch size B",
  ptsTarget: "Target length Lq",
  ptsSource: "Source length Lk",
  ptsHeads: "Heads h",
  ptsItem: "Show batch item b",
  ptsHead: "Show head i",
  ptsNotDivisible: (dModel: number, heads: number, divisors: number[]) =>
    `dModel ${dModel} is not divisible by heads ${heads}; choose heads that divide dModel (${divisors.length === 1 ? divisors[0] : `${divisors.slice(0, -1).join(", ")} or ${divisors[divisors.length - 1]}`})`,
  ptsNoItem: (item: number, B: number) => `There is no batch item b = ${item}: a batch of B = ${B} has items 0 to ${B - 1}. Lower b or raise B.`,
  ptsNoHead: (head: number, heads: number) => `There is no head i = ${head}: h = ${heads} heads are numbered 0 to ${heads - 1}. Lower i or raise h.`,
  ptsPadKey: (j: number) => `s${j} pad`,
  ptsKeyTitle: "key (source position)",
  ptsFeatureTitle: "feature column of d_model",
  ptsQueryTitle: "query (target position)",
  ptsShapesAria: (step: string, rows: string[]) => `Shapes at step “${step}”: ${rows.join("; ")}`,
  ptsSliceAria: (index: string, item: number, head: number | null, step: string, rows: number, cols: number) =>
    `${index}: the slice of batch item ${item}${head === null ? "" : `, head ${head}`} after step “${step}”, ${rows} by ${cols}, computed by the core`,
  ptsShapesCaption: (n: number, step: string) => `Shapes at step ${n}, “${step}”`,
  ptsShapesHeaders: ["tensor", "axes", "sizes"] as string[],
  ptsSliceCaption: (index: string, step: string) => `${index} after step “${step}”, computed by the core`,
  ptsCorner: (keys: boolean) => `query \\ ${keys ? "key" : "column"}`,
  ptsReadout: (n: number, total: number, code: string, says: string, index: string) => `Step ${n} of ${total}, ${code}. ${says} The map is ${index}.`,

  // training-ablations
  taRun: (_name: AblationName, label: string) => label,
  taMetric: (m: Metric) => ({ exactMatch: "exact match", loss: "loss", alignmentError: "alignment error rate" })[m],
  taAxis: (m: Metric) => ({ exactMatch: "exact match", loss: "loss per token", alignmentError: "alignment error rate" })[m],
  taGroupScale: "the 1/√d_k scale, at d_k = 8 and d_k = 32",
  taGroupPadding: "the source padding mask and the encoder's positions",
  taMeasure: "Measure",
  taUnknownMeasure: (metric: string) => `Measure is “${metric}”; choose exact match, loss or alignment error rate`,
  taChartAria: (metric: string, group: string, steps: number, runs: string[]) => `Validation ${metric} against training steps for ${group}: at step ${steps} ` + runs.join(", "),
  taRunValue: (label: string, value: string) => `${label} ${value}`,
  taXAxis: "training step",
  taFinalCaption: (steps: number, sentences: number) => `Each run after ${steps} steps, on all ${sentences} validation sentences`,
  taFinalHeaders: ["run", "exact match", "exact match, source padded as in training", "loss", "alignment error rate (mean of heads)", "each head's", "attention entropy (nats)"] as string[],
  taCurveCaption: (metric: string, sentences: number) => `Validation ${metric} on the lab's ${sentences} evaluation sentences as each run trained`,
  taStep: "step",
  taReadout: (metric: string, steps: number, sentences: number, base: string, others: string[]) =>
    `Validation ${metric} at step ${steps}, on the lab's ${sentences} evaluation sentences: default ${base}; ` + others.join("; ") + ".",
};

type Text = typeof en;

/** The runs' names in Chinese, by id: a run added to ablations.json without one fails the type check. */
const zhRuns: Record<AblationName, string> = {
  default: "默认（4 个头，d_k = 8）",
  unscaled: "去掉 1/√d_k",
  oneHead: "1 个头（d_k = 32）",
  oneHeadUnscaled: "1 个头（d_k = 32），去掉 1/√d_k",
  unmaskedSourcePadding: "去掉源填充掩码",
  noSourcePositions: "编码器中去掉位置信息",
};

const zh: Text = {
  dbName: (s) => ({ selfAttention: "掩蔽自注意力", crossAttention: "交叉注意力", feedForward: "前馈网络" })[s],
  dbBox: (s) => ({ selfAttention: "掩蔽自注意力", crossAttention: "交叉注意力", feedForward: "前馈网络" })[s],
  dbFormula: (a) => ({ post: "后置规范化：y = LN(x + f(x))", pre: "前置规范化：y = x + f(LN(x))" })[a],
  dbNorm: (n) => `层规范化 ${n}`,
  dbNormControl: "层规范化",
  dbPostOption: "后置规范化（2017 年论文）",
  dbPreOption: "前置规范化（当前大多数模型）",
  dbSublayerControl: "子层",
  dbLayerControl: "解码器层",
  dbNoLayer: (layer, layers) => `不存在第 ${layer} 个解码器层；请在 1 到 ${layers} 之间选择一层。`,
  dbColon: (what, shape) => `${what}：${shape}`,
  dbShape: (rows, cols, dims) => `${rows} × ${cols}（${dims}）`,
  dbMemory: "记忆",
  dbResidual: "残差",
  dbIn: (layer, layers) => `输入：第 ${layer}/${layers} 层`,
  dbOutTo: (next) => `输出：到第 ${next} 层`,
  dbOutFinal: "输出：最终层规范化",
  dbFinalNorm: "最终层规范化（decoder.norm）",
  dbFinalNote: (layers) => `只在第 ${layers} 层之后一次；然后是生成器`,
  dbEmbeddings: "目标嵌入加上位置",
  dbLayerOutput: (l) => `第 ${l} 层的输出`,
  dbAfterSelf: "掩蔽自注意力之后的流",
  dbAfterCross: "交叉注意力之后的流",
  dbNormOf: (norm, what) => spacedZh`${what}的${norm}`,
  dbXItself: "x 本身",
  dbStreamIn: "x，输入的流",
  dbFReads: "f 读取",
  dbEachRow: (reads, shape) => `${reads}，每行单独处理：${shape}`,
  dbHidden: "隐藏层",
  dbFWrites: "f 写出",
  dbHiddenWrite: (shape) => `隐藏层 W₂ + b₂：${shape}`,
  dbTargetPosition: "目标位置",
  dbFeature: "特征",
  dbFfAria: (layer, formula, rows, cols) => `解码器第 ${layer} 层前馈子层的输出，${formula}：${rows} 个目标位置 × ${cols} 个特征`,
  dbFfCaption: (layer, formula) => `解码器第 ${layer} 层前馈子层的输出（${formula}），Lq × d_model`,
  dbPositionCorner: "位置",
  dbFfSaid: (input, hidden, output) => `它单独读取每个位置的行（${input} → ${hidden} → ${output} 个数）；没有注意力，也不读记忆`,
  dbQueriesInput: "X_t，查询的输入",
  dbKvFrom: "键和值来自",
  dbKvMemory: (shape, layers) => `编码器的记忆（经过编码器的最终层规范化）：${shape}，全部 ${layers} 层用的是同一个矩阵`,
  dbKvSelf: (shape) => `X_t 本身，即目前为止的目标位置（因果掩码）：${shape}`,
  dbWeights: "权重",
  dbPerHead: (shape, heads, dk) => `每个头 ${shape}，共 ${heads} 个头，每个 d_k = ${dk}`,
  dbConcat: (shape) => `拼接各头之后乘以 W_O：${shape}`,
  dbHeadQuery: (n) => `头 ${n}：查询`,
  dbKeySource: "键（源端记忆）",
  dbKeyTarget: "键（目标）",
  dbHeadAria: (n, heads, name, layer, formula, lq, lk, cross) =>
    spacedZh`第 ${n} 个头（共 ${heads} 个）：解码器第 ${layer} 层的${name}权重，${formula}，${lq} 个目标位置 × ${lk} 个${cross ? "源" : "目标"}位置`,
  dbHeadCaption: (n, name, layer, formula, cross) => spacedZh`头 ${n}：解码器第 ${layer} 层的${name}权重（${formula}）；每行之和为 1${cross ? "" : "，对角线右侧为 0"}`,
  dbQueryKeyCorner: "查询 \\ 键",
  dbCrossSaid: (fIn, shape) => spacedZh`它的查询来自${fIn}；键和值来自编码器的记忆，${shape}，每一层都相同`,
  dbSelfSaid: (fIn) => spacedZh`它的查询、键和值都来自${fIn}，位置 i 只能看到位置 1 到 i`,
  dbStreamOut: "y，输出的流",
  dbOutFormula: (pre, n) => (pre ? `x + f(LN${n}(x))` : `LN${n}(x + f(x))`),
  dbStreamOutText: (formula, shape, rms) => `${formula}：${shape}；行 RMS 为 ${rms}（各位置的平均）`,
  dbTitle: (layer, name, formula) => `第 ${layer} 层，${name}（${formula}）`,
  dbOrderStep: (name, cross, pre, norm) => `${pre ? `${norm}，` : ""}${name}${cross ? "（查询来自流，键和值来自编码器的记忆）" : ""}，加上残差${pre ? "" : `，${norm}`}`,
  dbDiagramAria: (layer, layers, formula, order, chosen) =>
    `解码器第 ${layer} 层（共 ${layers} 层）的结构图，${formula}：${order.join("；然后")}；最后一层之后是最终层规范化。突出显示：${chosen}。`,
  dbStepsCaption: (layer, layers, formula) => `解码器第 ${layer} 层（共 ${layers} 层），${formula}：每个子层读入什么、写出什么`,
  dbStepsHeaders: ["子层", "计算", "查询来自（X_t）", "键和值来自", "权重", "输出"],
  dbNoAttention: "—（没有注意力）",
  dbFromEmbeddings: "嵌入 + 位置",
  dbFromLayer: (l) => `第 ${l} 层的输出`,
  dbFromSelf: "自注意力之后的流",
  dbQueriesFrom: (norm, from, shape) => `${from}${norm ? `的 ${norm}` : ""}，${shape}`,
  dbMemoryCell: (shape) => `编码器的记忆，${shape}`,
  dbCausal: "X_t（因果）",
  dbHeadsCell: (shape, heads) => `${shape} × ${heads} 个头`,
  dbReadout: (layer, formula, name, said) => `解码器第 ${layer} 层，${formula}。${name}：${said}。`,

  ptsStepName: (key, name) => ({ project: "投影", scores: "分数", mask: "掩码" } as Partial<Record<ShapeStepKey, string>>)[key] ?? name,
  ptsSays: (key, s, b, i, length) => {
    const cols = `第 ${i * s.d_k} 到 ${(i + 1) * s.d_k - 1} 列`;
    switch (key) {
      case "project":
        return `每个 nn.Linear 只作用于最后一个轴，所以批量轴原样保留：q 是 ${shapeTuple(["B", "Lq", "d_model"], s)}，k、v 是 ${shapeTuple(["B", "Lk", "d_model"], s)}。`;
      case "view":
        return `view 把最后一个轴 d_model = ${s.d_model} 切成 h = ${s.h} 个头，每个 d_k = ${s.d_k}，一个数也不移动：头 ${i} 就是每个词元的${cols}。形状 ${shapeTuple(["B", "Lq", "h", "d_k"], s)}。`;
      case "transpose":
        return `transpose 交换 Lq 轴和 h 轴，于是 q[b, i] 是每个样本、每个头的一个 (Lq, d_k) 矩阵：${shapeTuple(["B", "h", "Lq", "d_k"], s)}。数还是上一步的数，只是轴的顺序变了。k 和 v 也做同样的 view 和 transpose。`;
      case "scores":
        return `@ 对最后两个轴做矩阵乘法，把前两个轴当作 B·h = ${s.B * s.h} 个彼此独立的乘积组成的批量：(Lq, d_k) × (d_k, Lk) → ${shapeTuple(["B", "h", "Lq", "Lk"], s)}，再乘以 1/√d_k = 1/√${s.d_k}。`;
      case "mask": {
        const masked = s.Lk - length === 1 ? `它的键 ${length}` : `它的键 ${length} 到 ${s.Lk - 1}`;
        return `形状为 (B, Lk) 的填充标记多出两个大小为 1 的轴，(B, 1, 1, Lk) = (${s.B}, 1, 1, ${s.Lk})，并在 h = ${s.h} 个头和 Lq = ${s.Lq} 个查询上广播。样本 ${b} 有 ${length} 个真实的源词元，所以${length === s.Lk ? "它没有键被掩蔽" : `${masked} 在每个头的每一行中都是 −∞`}。`;
      }
      case "softmax":
        return `在 dim = -1 即 Lk 轴上做 softmax：B·h·Lq = ${s.B * s.h * s.Lq} 行中的每一行在其真实的键上之和为 1；被掩蔽的键恰好得到 0。`;
      case "weightedSum":
        return `对每个样本和每个头，(Lq, Lk) × (Lk, d_k) → (Lq, d_k)：${shapeTuple(["B", "h", "Lq", "d_k"], s)}。`;
      case "transposeBack":
        return `transpose 把各个头放回每个词元的特征旁边：${shapeTuple(["B", "Lq", "h", "d_k"], s)}。数不变；但张量在内存中已不再按这个顺序排列，所以下一步要用 reshape，而不是 view。`;
      case "reshape":
        return `reshape 把 h 和 d_k 合并回 d_model = ${s.d_model}，即各头的拼接：头 ${i} 的输出又是${cols}。形状 ${shapeTuple(["B", "Lq", "d_model"], s)}。`;
      case "outProj":
        return `一个共享的 W_O（d_model × d_model = ${s.d_model} × ${s.d_model}）把每个头混合进每个输出列：${shapeTuple(["B", "Lq", "d_model"], s)}，与这一层接收的形状相同。`;
    }
  },
  ptsPad4d: "pad（4 维）",
  ptsStep: "步骤",
  ptsBatch: "批量大小 B",
  ptsTarget: "目标长度 Lq",
  ptsSource: "源长度 Lk",
  ptsHeads: "头数 h",
  ptsItem: "显示批量中的样本 b",
  ptsHead: "显示头 i",
  ptsNotDivisible: (dModel, heads, divisors) => `dModel ${dModel} 不能被头数 ${heads} 整除；请选择能整除 dModel 的头数（${divisors.join("、")}）`,
  ptsNoItem: (item, B) => `没有批量样本 b = ${item}：B = ${B} 的批量只有样本 0 到 ${B - 1}。请减小 b 或增大 B。`,
  ptsNoHead: (head, heads) => `没有头 i = ${head}：h = ${heads} 个头的编号是 0 到 ${heads - 1}。请减小 i 或增大 h。`,
  ptsPadKey: (j) => `s${j} 填充`,
  ptsKeyTitle: "键（源位置）",
  ptsFeatureTitle: "d_model 的特征列",
  ptsQueryTitle: "查询（目标位置）",
  ptsShapesAria: (step, rows) => `步骤“${step}”中的形状：${rows.join("；")}`,
  ptsSliceAria: (index, item, head, step, rows, cols) =>
    spacedZh`${index}：批量样本 ${item}${head === null ? "" : `、头 ${head}`}在步骤“${step}”之后的切片，${rows} × ${cols}，由核心代码计算`,
  ptsShapesCaption: (n, step) => `第 ${n} 步“${step}”中的形状`,
  ptsShapesHeaders: ["张量", "轴", "大小"],
  ptsSliceCaption: (index, step) => `步骤“${step}”之后的 ${index}，由核心代码计算`,
  ptsCorner: (keys) => `查询 \\ ${keys ? "键" : "列"}`,
  ptsReadout: (n, total, code, says, index) => spacedZh`第 ${n} 步（共 ${total} 步），${code}。${says}热图显示的是 ${index}。`,

  taRun: (name) => zhRuns[name],
  taMetric: (m) => ({ exactMatch: "完全匹配率", loss: "损失", alignmentError: "对齐错误率" })[m],
  taAxis: (m) => ({ exactMatch: "完全匹配率", loss: "每个词元的损失", alignmentError: "对齐错误率" })[m],
  taGroupScale: "1/√d_k 缩放，d_k = 8 和 d_k = 32",
  taGroupPadding: "源填充掩码与编码器的位置信息",
  taMeasure: "度量",
  taUnknownMeasure: (metric) => `度量为“${metric}”；请选择完全匹配率、损失或对齐错误率`,
  taChartAria: (metric, group, steps, runs) => spacedZh`验证${metric}随训练步数的变化（${group}）：第 ${steps} 步时，` + runs.join("，"),
  taRunValue: (label, value) => `${label} ${value}`,
  taXAxis: "训练步数",
  taFinalCaption: (steps, sentences) => `每次运行在 ${steps} 步之后、在全部 ${sentences} 个验证句上的结果`,
  taFinalHeaders: ["运行", "完全匹配率", "完全匹配率（源句像训练时一样填充）", "损失", "对齐错误率（各头平均）", "每个头的", "注意力熵（奈特）"],
  taCurveCaption: (metric, sentences) => spacedZh`各次运行训练过程中，在实验面板的 ${sentences} 个评估句上的验证${metric}`,
  taStep: "步",
  taReadout: (metric, steps, sentences, base, others) => spacedZh`第 ${steps} 步时在实验面板的 ${sentences} 个评估句上的验证${metric}：默认 ${base}；` + others.join("；") + "。",
};

export const lessonFiguresText: Record<Lang, Text> = { en, zh };
export type LessonFiguresText = Text;
