import { ABLATIONS, type AblationName } from "../train/ablationRuns";
import type { Lang } from "./lang";

const ablationLabel = (name: AblationName) => {
  const label = ABLATIONS.find((a) => a.name === name)!.label;
  return label[0].toUpperCase() + label.slice(1);
};

/**
 * What the training lab (components/TrainerLab.astro, its island, its figures in
 * src/figures/trainerLab.ts, its worker) and the learned-alignment figure say to the reader, once
 * per edition. The translation task stays English → French: the words of the sentences are the
 * model's vocabulary, not interface text. `zh` has the type of `en`, so a missing key fails the
 * type check.
 */
const en = {
  // --- the lab's controls -------------------------------------------------------------------
  trainingGroup: "Training",
  train: "Train",
  pause: "Pause",
  step: "Step",
  reset: "Reset",
  settingsLegend: "Settings of the run (Reset starts a run with them)",
  seed: "Seed",
  learningRate: "Learning rate",
  heads: "Heads",
  headsOption: (heads: number, dk: number) => `${heads} (d_k = ${dk})`,
  ablations: {
    unscaled: ablationLabel("unscaled"),
    unmaskedSourcePadding: ablationLabel("unmaskedSourcePadding"),
    noSourcePositions: ablationLabel("noSourcePositions"),
  },
  /** Before the link to the lesson whose claim an ablation tests. */
  testsLesson: "tests ",
  probe: "Probe sentence",
  sentenceToTranslate: "Sentence to translate",
  translateWith: "Translate with",
  modelCheckpoint: "the checkpoint",
  modelRun: "your run in the lab",
  translate: "Translate",
  translation: "Translation: ",

  // --- what the lab says --------------------------------------------------------------------
  noScript: "Training runs in your browser with JavaScript; without it, the figures show the checkpoint.",
  ready: "Press Train (or Step for one batch) to train a new run with the settings below; until then the figures show the checkpoint.",
  pending: "You changed the settings: press Reset to start a run with them.",
  checkpointView: (steps: number, seed: number, target: number, pairs: number) =>
    `Showing the checkpoint in the repository: this code trained from seed ${seed} for ${steps} steps, until exact match on the ${pairs} validation sentences reached ${target}.`,
  runView: (step: number, max: number) => `Showing your run: step ${step} of at most ${max}.`,
  progress: (step: number, loss: string) => `Step ${step} · last batch loss ${loss}`,
  status: {
    idle: "A fresh run at step 0.",
    training: "Training.",
    paused: (step: number) => `Paused at step ${step}.`,
    hidden: (step: number) => `Paused at step ${step} while the tab is hidden; training goes on when you come back.`,
    done: (step: number) => `Done: the run stopped after ${step} steps. Reset starts a new one.`,
  },
  /** With the checkpoint's exact match on the whole validation and test splits. */
  caption: (maxSteps: number, validationPairs: number, validation: string, testPairs: number, test: string) =>
    `First chart: loss per target token, training and validation (log scale). Second chart: on the validation sentences, the share translated exactly and the alignment error rate of the cross-attention against the true word alignment (0 is perfect). Below: the probe sentence's cross-attention, the mean of the heads and each head, one row per French word being predicted, one column per English source word. Train runs up to ${maxSteps} steps in a Web Worker and pauses while the tab is hidden; the same seed and settings give the same curves. ` +
    `The checkpoint's exact match on all ${validationPairs} validation sentences is ${validation}, on the ${testPairs} test sentences ${test}.`,
  translateCaption:
    "Greedy decoding of your sentence, one step per row: the words so far, the word the step chose, and where that step's query looked in the source, per head. The decoder starts from <bos> and stops at <eos>.",
  noRun: "There is no run in the lab yet: press Train or Step, or translate with the checkpoint.",
  invalid: "Fix the settings marked above first.",
  workerStopped: (why: string | undefined) => `The trainer stopped unexpectedly (${why || "most likely it ran out of memory"}). Press Reset to start again.`,
  translatorStopped: (why: string | undefined) => `The translator stopped unexpectedly (${why || "most likely it ran out of memory"}). Press Translate to start it again.`,

  // --- the worker's refusals ----------------------------------------------------------------
  diverged: (step: number, detail: string) => `training stopped at step ${step}: ${detail}. Press Reset, perhaps with a lower learning rate`,
  noRunYet: "there is no run yet; the page starts one with Reset",
  noRunToTranslate: "there is no run in the lab yet; press Train or Step first",
  checkpointNotLoaded: (status: number, url: string) => `the checkpoint could not be loaded (HTTP ${status} for ${url})`,
  noProbe: (n: number, count: number) => `there is no probe sentence ${n}; choose one of the ${count} listed`,

  // --- the settings' messages (parseTrainerSettings) ----------------------------------------
  badSeed: (typed: string, max: number) => `The seed must be a whole number from 0 to ${max}; “${typed}” is not.`,
  lrNotNumber: (typed: string) => `The learning rate must be a number such as 0.003; “${typed}” is not a number.`,
  lrOutOfRange: (typed: string, max: number) => `The learning rate must be above 0 and at most ${max}; ${typed} is not.`,
  badHeads: (typed: string, dModel: number) => `The number of heads must divide d_model = ${dModel}; ${typed} does not.`,

  // --- the curves ---------------------------------------------------------------------------
  trainingSeries: "training (mean of the batches since the last point)",
  validationSeries: (pairs: number) => `validation (${pairs} sentences)`,
  exactMatch: "exact match",
  alignmentErrorMean: "alignment error rate (mean of heads)",
  lossAria: (validationLoss: string, validationStep: number, training: { loss: string; step: number } | undefined) =>
    `Loss against training steps, log scale: validation loss ${validationLoss} at step ${validationStep}` +
    (training ? `, training loss ${training.loss} at step ${training.step}` : ""),
  metricsAria: (step: number, exactMatch: string, alignmentError: string) =>
    `Validation exact match and alignment error rate against training steps: at step ${step} exact match ${exactMatch}, alignment error rate ${alignmentError}`,
  trainingStepAxis: "training step",
  lossAxis: "loss per token",
  shareAxis: "share of sentences / of words",
  evaluationsCaption: "Evaluations on the lab's validation sentences, every few steps",
  stepColumn: "step",
  validationLossColumn: "validation loss",
  headAerColumn: (head: number) => `AER head ${head}`,
  trainingLossCaption: "Training loss, mean of the batches up to each step",
  trainingLossColumn: "training loss",
  curvesReadout: (step: number, exactMatch: string, loss: string, alignmentError: string, evaluatedAt: number) =>
    `Step ${step}: on the validation sentences, exact match ${exactMatch}, loss ${loss} ` +
    `and alignment error rate ${alignmentError} (evaluated at step ${evaluatedAt}).`,

  // --- the probe's maps ---------------------------------------------------------------------
  sentencePair: (english: string, french: string) => `“${english}” → “${french}”`,
  meanTitle: (aer: string) => `mean of the heads · AER ${aer}`,
  headTitle: (head: number, aer: string) => `head ${head} · AER ${aer}`,
  meanMapAria: (pair: string, heads: number, aer: string) =>
    `Cross-attention of ${pair}, mean of the ${heads} heads: French word predicted by English word; alignment error rate ${aer}`,
  headMapAria: (pair: string, head: number, aer: string) =>
    `Cross-attention of ${pair}, head ${head}: French word predicted by English word; alignment error rate ${aer}`,
  predicting: "predicting",
  englishSource: "English source",
  mapTableCaption: (title: string) => `Cross-attention weights, ${title}: French word predicted by English word`,
  predictingCorner: "predicting \\ source",
  mapsReadout: (pair: string, aer: string, best: number, bestAer: string) =>
    `On ${pair}, the heads' mean has alignment error rate ${aer}; the best single head, head ${best}, ${bestAer}.`,

  // --- the step-by-step translation ---------------------------------------------------------
  meanOfHeads: "mean of the heads",
  head: (head: number) => `head ${head}`,
  decodingMeanAria: (english: string, heads: number) => `Decoding “${english}”: each step's cross-attention over the source, mean of the ${heads} heads`,
  decodingHeadAria: (english: string, head: number) => `Decoding “${english}”: each step's cross-attention over the source, head ${head}`,
  decodingStepsCaption:
    "Greedy decoding, one step per row: the words so far, the word the step chose, and the source word its query looked at most (mean of the heads)",
  wordsSoFarColumn: "words so far",
  chosenWordColumn: "chosen word",
  lookedAtMostColumn: "looked at most",
  stepChosenAxis: "step: chosen word",
  decodingTableCaption: (title: string) => `Cross-attention of each decoding step, ${title}`,
  stepCorner: "step \\ source",
  decodedReadout: (english: string, french: string, steps: number) => `“${english}” → “${french}” in ${steps} steps, the last choosing the end token.`,
  unfinishedReadout: (english: string, french: string, steps: number) =>
    `“${english}” → “${french}”: stopped after ${steps} steps without choosing the end token.`,

  // --- constructed beside learned (components/LearnedAlignment.astro) -----------------------
  constructed: "constructed",
  learned: "learned",
  queryEnglishTarget: "query (English target)",
  keyFrenchSource: "key (French source)",
  predictingFrenchTarget: "predicting (French target)",
  constructedAria: (targets: number, sources: number) =>
    `Constructed: the running example's attention weights, ${targets} English target tokens by ${sources} French source tokens, each query built as a noisy copy of the key it should find`,
  learnedAria: (heads: number, english: string, aer: string) =>
    `Learned: the checkpoint's cross-attention, mean of its ${heads} heads, on the held-out sentence “${english}”; alignment error rate ${aer}`,
  constructedTableCaption: "Constructed: the running example's attention weights",
  learnedTableCaption: (english: string) => `Learned: the checkpoint's cross-attention on “${english}”, mean of the heads`,
  queryKeyCorner: "query \\ key",
} as const;

/** en's shape with its strings widened: a string for a string, objects key by key, functions as they are. */
type Widen<T> = T extends string ? string : T extends (...args: never[]) => unknown ? T : { [K in keyof T]: Widen<T[K]> };
export type TrainerText = Widen<typeof en>;

const zh: TrainerText = {
  trainingGroup: "训练控制",
  train: "训练",
  pause: "暂停",
  step: "单步",
  reset: "重置",
  settingsLegend: "本次运行的设置（按“重置”用这些设置开始新的运行）",
  seed: "随机种子",
  learningRate: "学习率",
  heads: "头数",
  headsOption: (heads, dk) => `${heads}（d_k = ${dk}）`,
  ablations: {
    unscaled: "去掉 1/√d_k",
    unmaskedSourcePadding: "去掉源填充掩码",
    noSourcePositions: "去掉编码器中的位置信息",
  },
  testsLesson: "检验",
  probe: "探针句",
  sentenceToTranslate: "要翻译的句子",
  translateWith: "翻译所用的模型",
  modelCheckpoint: "检查点",
  modelRun: "你在实验面板中训练的模型",
  translate: "翻译",
  translation: "译文：",

  noScript: "训练需要 JavaScript 在你的浏览器中运行；没有 JavaScript 时，图中显示的是检查点。",
  ready: "按“训练”（或按“单步”只训练一个批量），用下面的设置训练一次新的运行；在此之前，图中显示的是检查点。",
  pending: "你改了设置：按“重置”，用新设置开始一次运行。",
  checkpointView: (steps, seed, target, pairs) =>
    `正在显示仓库中的检查点：用这份代码从种子 ${seed} 开始训练了 ${steps} 步，直到在 ${pairs} 个验证句上的完全匹配率达到 ${target}。`,
  runView: (step, max) => `正在显示你的运行：第 ${step} 步，最多 ${max} 步。`,
  progress: (step, loss) => `第 ${step} 步 · 最近一个批量的损失 ${loss}`,
  status: {
    idle: "一次新的运行，位于第 0 步。",
    training: "正在训练。",
    paused: (step) => `已在第 ${step} 步暂停。`,
    hidden: (step) => `标签页被隐藏，已在第 ${step} 步暂停；你回来后训练会继续。`,
    done: (step) => `完成：这次运行在 ${step} 步后停止。按“重置”开始新的运行。`,
  },
  caption: (maxSteps, validationPairs, validation, testPairs, test) =>
    `第一张图：每个目标词元的损失，训练集与验证集（对数刻度）。第二张图：在验证句上，完全译对的比例，以及交叉注意力相对真实词对齐的对齐错误率（0 表示完美）。下方：探针句的交叉注意力，先是各头的平均，再是每个头；每行是一个正在预测的法语词，每列是一个英语源词。“训练”在 Web Worker 中最多运行 ${maxSteps} 步，标签页隐藏时会暂停；相同的种子和设置给出相同的曲线。` +
    `检查点在全部 ${validationPairs} 个验证句上的完全匹配率为 ${validation}，在 ${testPairs} 个测试句上为 ${test}。`,
  translateCaption:
    "对你的句子做贪心解码，每行一步：已经生成的词、这一步选中的词，以及这一步的查询在源句中看向哪里（按头分列）。解码器从 <bos> 开始，到 <eos> 停止。",
  noRun: "实验面板里还没有运行：请按“训练”或“单步”，或者改用检查点来翻译。",
  invalid: "请先改正上面标出的设置。",
  workerStopped: (why) => `训练器意外停止了（${why || "很可能是内存不足"}）。按“重置”重新开始。`,
  translatorStopped: (why) => `翻译器意外停止了（${why || "很可能是内存不足"}）。按“翻译”重新启动它。`,

  diverged: (step) => `训练在第 ${step} 步停止：运行发散了，计算中出现了 NaN 或无穷大。请按“重置”重新开始，也许可以调低学习率。`,
  noRunYet: "还没有运行；页面会通过“重置”开始一次运行。",
  noRunToTranslate: "实验面板里还没有运行；请先按“训练”或“单步”。",
  checkpointNotLoaded: (status, url) => `无法加载检查点（${url} 返回 HTTP ${status}）。`,
  noProbe: (n, count) => `没有第 ${n} 个探针句；请从列出的 ${count} 个中选择。`,

  badSeed: (typed, max) => `随机种子必须是 0 到 ${max} 之间的整数；“${typed}”不是。`,
  lrNotNumber: (typed) => `学习率必须是一个数，例如 0.003；“${typed}”不是数。`,
  lrOutOfRange: (typed, max) => `学习率必须大于 0 且不超过 ${max}；${typed} 不符合。`,
  badHeads: (typed, dModel) => `头数必须能整除 d_model = ${dModel}；${typed} 不能。`,


  trainingSeries: "训练（上一个点以来各批量的平均）",
  validationSeries: (pairs) => `验证（${pairs} 个句子）`,
  exactMatch: "完全匹配率",
  alignmentErrorMean: "对齐错误率（各头平均）",
  lossAria: (validationLoss, validationStep, training) =>
    `损失随训练步数的变化，对数刻度：第 ${validationStep} 步验证损失 ${validationLoss}` +
    (training ? `，第 ${training.step} 步训练损失 ${training.loss}` : ""),
  metricsAria: (step, exactMatch, alignmentError) =>
    `验证完全匹配率与对齐错误率随训练步数的变化：第 ${step} 步完全匹配率 ${exactMatch}，对齐错误率 ${alignmentError}`,
  trainingStepAxis: "训练步数",
  lossAxis: "每个词元的损失",
  shareAxis: "句子 / 词所占比例",
  evaluationsCaption: "在实验面板的验证句上每隔几步做的评估",
  stepColumn: "步",
  validationLossColumn: "验证损失",
  headAerColumn: (head) => `头 ${head} 的 AER`,
  trainingLossCaption: "训练损失，截至每一步的各批量平均",
  trainingLossColumn: "训练损失",
  curvesReadout: (step, exactMatch, loss, alignmentError, evaluatedAt) =>
    `第 ${step} 步：在验证句上，完全匹配率 ${exactMatch}，损失 ${loss}，对齐错误率 ${alignmentError}（在第 ${evaluatedAt} 步评估）。`,

  sentencePair: (english, french) => `“${english}” → “${french}”`,
  meanTitle: (aer) => `各头平均 · AER ${aer}`,
  headTitle: (head, aer) => `头 ${head} · AER ${aer}`,
  meanMapAria: (pair, heads, aer) => `${pair} 的交叉注意力，${heads} 个头的平均：每行一个被预测的法语词，每列一个英语词；对齐错误率 ${aer}`,
  headMapAria: (pair, head, aer) => `${pair} 的交叉注意力，头 ${head}：每行一个被预测的法语词，每列一个英语词；对齐错误率 ${aer}`,
  predicting: "正在预测",
  englishSource: "英语源句",
  mapTableCaption: (title) => `交叉注意力权重，${title}：每行一个被预测的法语词，每列一个英语词`,
  predictingCorner: "正在预测 \\ 源词",
  mapsReadout: (pair, aer, best, bestAer) => `在 ${pair} 上，各头平均的对齐错误率为 ${aer}；最好的单个头是头 ${best}，为 ${bestAer}。`,

  meanOfHeads: "各头平均",
  head: (head) => `头 ${head}`,
  decodingMeanAria: (english, heads) => `解码 “${english}”：每一步在源句上的交叉注意力，${heads} 个头的平均`,
  decodingHeadAria: (english, head) => `解码 “${english}”：每一步在源句上的交叉注意力，头 ${head}`,
  decodingStepsCaption: "贪心解码，每行一步：已经生成的词、这一步选中的词，以及它的查询看得最多的源词（各头平均）",
  wordsSoFarColumn: "已生成的词",
  chosenWordColumn: "选中的词",
  lookedAtMostColumn: "看得最多的源词",
  stepChosenAxis: "步：选中的词",
  decodingTableCaption: (title) => `每个解码步的交叉注意力，${title}`,
  stepCorner: "步 \\ 源词",
  decodedReadout: (english, french, steps) => `“${english}” → “${french}”，共 ${steps} 步，最后一步选中结束词元。`,
  unfinishedReadout: (english, french, steps) => `“${english}” → “${french}”：${steps} 步后停止，没有选中结束词元。`,

  constructed: "构造的",
  learned: "学到的",
  queryEnglishTarget: "查询（英语目标）",
  keyFrenchSource: "键（法语源）",
  predictingFrenchTarget: "正在预测（法语目标）",
  constructedAria: (targets, sources) =>
    `构造的：贯穿全课的例子的注意力权重，${targets} 个英语目标词元 × ${sources} 个法语源词元，每个查询都是它要找的键加上噪声的副本`,
  learnedAria: (heads, english, aer) => `学到的：检查点的交叉注意力，${heads} 个头的平均，在留出的句子 “${english}” 上；对齐错误率 ${aer}`,
  constructedTableCaption: "构造的：贯穿全课的例子的注意力权重",
  learnedTableCaption: (english) => `学到的：检查点在 “${english}” 上的交叉注意力，各头平均`,
  queryKeyCorner: "查询 \\ 键",
};

export const trainerText: Record<Lang, TrainerText> = { en, zh };
