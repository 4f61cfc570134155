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
  // @zh-end
};

export const figureLabelsText: Record<Lang, Text> = { en, zh };
