import * as Plot from "@observablehq/plot";
import { createRandom, randomMatrix, scaledDotProductAttention } from "../core";
import { blockwiseAttention, type BlockState } from "../examples/blockwiseAttention";
import { plotChart } from "../plots/plotChart";
import { formatValue } from "../plots/formatValue";
import { textTable } from "../plots/textTable";
import { defineFigure } from "./figureDefinition";
import { fastDecodingText } from "../i18n/fastDecodingText";

interface State {
  [key: string]: number;
  /** Keys per block, B. */
  blockSize: number;
  /** How many blocks have been read; more than there are shows the last. */
  step: number;
}

/** One target-side query against Lk = 12 source keys, dk = 4, dv = 2 (two output numbers to follow). */
const Lk = 12;
const rng = createRandom(14);
const q = randomMatrix(rng, 1, 4, 1.5); // (1, dk)
const k = randomMatrix(rng, Lk, 4, 1.5); // (Lk, dk)
const v = randomMatrix(rng, Lk, 2); // (Lk, dv)
const core = scaledDotProductAttention(q, k, v);
/** The query's scaled scores (Lk) and the core's output (dv), computed with the whole row at once. */
export const blockScores = Array.from(core.scaled.data);
export const coreOutput = Array.from(core.output.data);
const keyLabels = blockScores.map((_, j) => `k${j + 1}`);
/** Okabe-Ito: blue for keys already read, orange for this block; grey for keys not read yet. */
const colours = { read: "#0072B2", current: "#E69F00", unread: "#999999" } as const;
/** Narrower than Plot's 640, so the charts keep readable text on a phone. */
const width = 560;
/** Room on the right of the two line charts (the same, so their x axes line up) for the core's labels. */
const marginRight = 100;
/** The two output numbers, output 1 and output 2. */
const components = [
  { stroke: "#0072B2", dash: "none" },
  { stroke: "#D55E00", dash: "6 3" },
] as const;

/** Every block's running state for blocks of `blockSize` keys, and the final output. */
export function blockTrace(blockSize: number): { states: BlockState[]; output: number[] } {
  const states: BlockState[] = [];
  const { output } = blockwiseAttention(q, k, v, blockSize, { onBlock: (state) => states.push(state) });
  return { states, output: Array.from(output.data) };
}

const vector = (xs: readonly number[], digits = 3) => `(${xs.map((x) => formatValue(x, digits)).join(", ")})`;
const partial = (s: BlockState) => Array.from(s.o.data, (o) => o / s.l[0]);

/** Fast attention lesson: one query row read block by block; m, l and o / l converge to the core's output. */
export default defineFigure<State>((lang) => {
  const t = fastDecodingText[lang];
  return {
    controls: [
      { kind: "range", name: "blockSize", label: t.fbBlockSize, min: 1, max: Lk, step: 1 },
      { kind: "range", name: "step", label: t.fbBlocksRead, min: 1, max: Lk, step: 1 },
    ],
    initial: { blockSize: 3, step: 2 },
    render(state, document) {
      const { states, output } = blockTrace(state.blockSize);
      const n = states.length;
      const step = Math.min(state.step, n);
      const now = states[step - 1];
      const status = (j: number): keyof typeof colours => (j >= now.end ? "unread" : j >= now.start ? "current" : "read");
      const rows = blockScores.map((s, j) => ({ key: keyLabels[j], s, status: status(j) }));
      // The running maximum after the block holding each key read so far: a staircase, one step per block.
      const maxTicks = states.slice(0, step).flatMap((b) => keyLabels.slice(b.start, b.end).map((key) => ({ key, m: b.m[0] })));
      const scores = plotChart({
        document,
        ariaLabel: t.fbScoresAria(Lk, state.blockSize, step, n, now.start + 1, now.end, formatValue(now.m[0], 2)),
        width,
        height: 230,
        marginLeft: 44,
        marginTop: 24,
        x: { label: t.fbKeySource, domain: keyLabels },
        y: { label: t.fbScaledScore, grid: true },
        marks: [
          Plot.barY(rows, { x: "key", y: "s", fill: (r: (typeof rows)[number]) => colours[r.status], fillOpacity: (r: (typeof rows)[number]) => (r.status === "unread" ? 0.35 : 1) }),
          Plot.tickY(maxTicks, { x: "key", y: "m", stroke: "currentColor", strokeWidth: 2.5 }),
          Plot.text([now], { x: () => keyLabels[now.end - 1], y: () => now.m[0], text: () => `m = ${formatValue(now.m[0], 2)}`, dy: -10, textAnchor: "end", fontWeight: "bold" }),
          Plot.ruleY([0]),
        ],
      });
      const sums = plotChart({
        document,
        ariaLabel: t.fbSumsAria(state.blockSize, t.list(states.map((s) => formatValue(s.l[0], 2)))),
        width,
        height: 170,
        marginLeft: 44,
        marginRight,
        x: { label: t.fbKeysRead, domain: [0, Lk], ticks: Lk / 2 },
        y: { label: t.fbRunningSum, grid: true, zero: true },
        marks: [
          Plot.line(states, { x: (s: BlockState) => s.end, y: (s: BlockState) => s.l[0], stroke: colours.read, strokeWidth: 2, marker: "circle" }),
          Plot.ruleX([now.end], { stroke: "currentColor", strokeOpacity: 0.6 }),
        ],
      });
      const outputRows = states.flatMap((s) => partial(s).map((y, c) => ({ x: s.end, y, c })));
      const outputs = plotChart({
        document,
        ariaLabel: t.fbOutputsAria(vector(coreOutput), step, vector(partial(now))),
        width,
        height: 200,
        marginLeft: 44,
        marginRight,
        x: { label: t.fbKeysRead, domain: [0, Lk], ticks: Lk / 2 },
        y: { label: t.fbPartialOutput, grid: true },
        marks: [
          ...components.map((comp, c) => Plot.ruleY([coreOutput[c]], { stroke: comp.stroke, strokeDasharray: "2 3", strokeOpacity: 0.8 })),
          // Each label on the far side of its line from the other, so two close outputs stay readable.
          ...components.map((comp, c) => Plot.text([coreOutput[c]], { x: Lk, y: (y: number) => y, text: () => t.fbCoreOutput(t.fbOutput(c + 1)), dx: 6, dy: coreOutput[c] >= Math.max(...coreOutput) ? -6 : 6, textAnchor: "start", fill: comp.stroke })),
          ...components.map((comp, c) => Plot.line(outputRows.filter((r) => r.c === c), { x: "x", y: "y", stroke: comp.stroke, strokeDasharray: comp.dash, strokeWidth: 2, marker: "circle" })),
          Plot.ruleX([now.end], { stroke: "currentColor", strokeOpacity: 0.6 }),
        ],
      });
      const table = textTable(
        document,
        t.fbTableCaption(state.blockSize),
        t.fbHead,
        [
          ...states.map((s, b) => [
            t.fbBlock(b + 1),
            `${s.start + 1}–${s.end}`,
            formatValue(Math.max(...blockScores.slice(s.start, s.end)), 3),
            formatValue(s.m[0], 3),
            b === 0 ? t.fbNothingYet : formatValue(Math.exp(states[b - 1].m[0] - s.m[0]), 3),
            formatValue(s.l[0], 3),
            vector(partial(s)),
          ]),
          [t.fbCoreRow, `1–${Lk}`, formatValue(Math.max(...blockScores), 3), "", "", "", vector(coreOutput)],
        ],
      );
      const gap = Math.max(...output.map((x, c) => Math.abs(x - coreOutput[c])));
      const fewer = state.step > n ? t.fbFewer(state.blockSize, n) : "";
      const where = t.fbWhere(step, n, now.start + 1, now.end, formatValue(now.m[0], 2), formatValue(now.l[0], 2), vector(partial(now)));
      const agreement = gap === 0 ? t.fbToTheBit : t.fbWithin(gap.toExponential(1));
      const end = step === n ? t.fbDone(vector(coreOutput), agreement) : t.fbNotDone(vector(coreOutput));
      return { plots: [scores, sums, outputs], tables: [table], readout: fewer + where + end };
    },
  };
});
