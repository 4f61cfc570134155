import * as Plot from "@observablehq/plot";
import { keyPaddingMask, maskFromRows, scaledDotProductAttention } from "../core";
import { paddedTranslationExample } from "../examples/paddedTranslationExample";
import { formatValue } from "../plots/formatValue";
import { heatmap } from "../plots/heatmap";
import { numbersTable } from "../plots/numbersTable";
import { plotChart } from "../plots/plotChart";
import { textTable } from "../plots/textTable";
import { figureLabelsText } from "../i18n/figureLabelsText";
import { defineFigure } from "./figureDefinition";

type Api = "mha" | "sdpa";

interface State {
  [key: string]: string | boolean;
  api: Api;
  /** Pass the other API's boolean mask: the same padding, the opposite convention. */
  mixed: boolean;
}

const example = paddedTranslationExample(2);
const Lq = example.target.length;
const Lk = example.source.length;
/** One source's padding, the same for every query: true where the key is a real token. */
const real = Array.from(keyPaddingMask(1, Lk, example.length).allowed, (x) => x === 1);
const keyLabels = example.source;

/** `short` is the lesson's abbreviation, short enough for a select on a 360 px screen. */
const apis: Record<Api, { name: string; short: string; argument: string; trueMeans: "blocked" | "takes part" }> = {
  mha: { name: "nn.MultiheadAttention", short: "MHA", argument: "key_padding_mask", trueMeans: "blocked" },
  sdpa: { name: "F.scaled_dot_product_attention", short: "SDPA", argument: "attn_mask", trueMeans: "takes part" },
};

/** The boolean each convention stores for a key: the core and SDPA say true where it takes part, MHA where it is blocked. */
const stores = (trueMeans: "blocked" | "takes part", takesPart: boolean) => (trueMeans === "takes part" ? takesPart : !takesPart);
const py = (flag: boolean) => (flag ? "True" : "False");

/** The PyTorch lesson: one source's padding in the core's and PyTorch's two boolean conventions, and what a mixed-up mask does. */
export default defineFigure<State>((lang) => {
  const t = figureLabelsText[lang];
  return {
    controls: [
      {
        kind: "select",
        name: "api",
        label: t.pmcCall,
        options: (Object.keys(apis) as Api[]).map((value) => ({ value, label: `${apis[value].short} ${apis[value].argument}` })),
      },
      { kind: "checkbox", name: "mixed", label: t.pmcMixed },
    ],
    initial: { api: "sdpa", mixed: false },
    render(state, document) {
      const api = apis[state.api];
      const other = apis[state.api === "mha" ? "sdpa" : "mha"];
      // The mask the code hands over: built for this call, or for the other one by mistake.
      const passed = real.map((ok) => stores((state.mixed ? other : api).trueMeans, ok));
      // What the call makes of it, read in its own convention.
      const attends = passed.map((flag) => stores(api.trueMeans, flag));
      const rows = [
        { label: t.mcCoreShort, flags: real.map((ok) => (ok ? "true" : "false")), takesPart: real },
        { label: "MHA key_padding_mask", flags: real.map((ok) => py(stores("blocked", ok))), takesPart: real },
        { label: "SDPA attn_mask", flags: real.map((ok) => py(stores("takes part", ok))), takesPart: real },
        { label: t.pmcPassedTo(api.short), flags: passed.map(py), takesPart: attends },
      ];
      const cells = rows.flatMap((row, r) => keyLabels.map((_, j) => ({ r, j, text: row.flags[j], on: row.takesPart[j] })));
      const grid = plotChart({
        document,
        ariaLabel: t.pmcGridAria(api.name, Boolean(state.mixed)),
        width: 420,
        height: rows.length * 34 + 40,
        marginLeft: 144,
        marginBottom: 30,
        padding: 0.06,
        x: { domain: keyLabels.map((_, j) => j), tickFormat: (j: number) => keyLabels[j], label: null },
        y: { domain: rows.map((_, r) => r), tickFormat: (r: number) => rows[r].label, label: null },
        marks: [
          // Okabe-Ito blue where the key takes part, light grey where it is blocked; the text is the stored value.
          Plot.cell(cells, { x: "j", y: "r", fill: (c: (typeof cells)[number]) => (c.on ? "#56B4E9" : "#d9d9d9"), inset: 1 }),
          Plot.text(cells, { x: "j", y: "r", text: "text", fill: "black", fontSize: 12 }),
        ],
      });

      const trace = scaledDotProductAttention(example.q, example.k, example.v, { allowed: maskFromRows(Array.from({ length: Lq }, () => attends)) });
      const weights = trace.weights; // (Lq, Lk)
      const onPadding = Array.from({ length: Lq }, (_, i) => real.reduce((sum, ok, j) => sum + (ok ? 0 : weights.data[i * Lk + j]), 0));
      const map = heatmap(weights, {
        rowLabels: example.target,
        colLabels: keyLabels,
        rowTitle: t.rowTitleQueryTarget,
        colTitle: t.mpKeyPadded,
        ariaLabel: t.pmcMapAria(api.name, formatValue(Math.min(...onPadding) * 100, 0), formatValue(Math.max(...onPadding) * 100, 0)),
        document,
        lang,
      });
      const tables = [
        textTable(document, t.pmcTableCaption, [t.mlFateConventionHead, ...keyLabels], rows.map((row) => [row.label, ...row.flags])),
        numbersTable(weights, { rowLabels: example.target, colLabels: keyLabels, caption: t.pmcWeightsCaption(api.name), corner: t.cornerQueryKey, document }),
      ];
      const padKeys = t.pmcPadKeys(Lk - example.length);
      const readout = state.mixed
        ? t.pmcReadoutMixed(other.name, t.pmcTrueMeans(other.trueMeans), api.name, api.argument, t.pmcTrueMeans(api.trueMeans), padKeys, formatValue(Math.min(...onPadding) * 100, 0), example.source.slice(0, example.length).join(" "))
        : t.pmcReadout(api.name, api.argument, t.pmcTrueMeans(api.trueMeans), padKeys, formatValue(Math.max(...onPadding) * 100, 0), example.length);
      return { plots: [grid, map], tables, readout };
    },
  };
});
