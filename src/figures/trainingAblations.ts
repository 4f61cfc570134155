import ablationsJson from "../train/checkpoint/ablations.json";
import type { AblationName, AblationResult, AblationResults } from "../train/ablationRuns";
import { formatSignificant } from "../plots/formatSignificant";
import { formatValue } from "../plots/formatValue";
import { lineChart } from "../plots/lineChart";
import { textTable } from "../plots/textTable";
import { LAB_EVALUATION_PAIRS } from "../train/labDataset";
import { defineFigure } from "./figureDefinition";

/** The runs npm run train:checkpoint wrote to src/train/checkpoint/ablations.json. */
export const ablations = ablationsJson as unknown as AblationResults;

/** One run of the file by name; refuses a name the file does not hold (regenerate it after adding one). */
export function ablation(name: AblationName): AblationResult {
  const run = ablations.runs.find((r) => r.name === name);
  if (!run) throw new Error(`ablations.json has no run “${name}”; regenerate it with npm run train:checkpoint -- ablations`);
  return run;
}

const metrics = {
  exactMatch: { label: "exact match", axis: "exact match", log: false },
  loss: { label: "loss", axis: "loss per token", log: true },
  alignmentError: { label: "alignment error rate", axis: "alignment error rate", log: false },
} as const;
type Metric = keyof typeof metrics;

/** The two comparisons: the scale at two head widths, and the padding mask and positions. */
const groups: { title: string; runs: AblationName[] }[] = [
  { title: "the 1/√d_k scale, at d_k = 8 and d_k = 32", runs: ["default", "unscaled", "oneHead", "oneHeadUnscaled"] },
  { title: "the source padding mask and the encoder's positions", runs: ["default", "unmaskedSourcePadding", "noSourcePositions"] },
];

interface State {
  [key: string]: string;
  metric: Metric;
}

/** The training lesson: each ablation trained from the default seed by the lab's own loop, its validation curve against the default's. */
export default defineFigure<State>({
  controls: [{ kind: "select", name: "metric", label: "Measure", options: Object.entries(metrics).map(([value, m]) => ({ value, label: m.label })) }],
  initial: { metric: "exactMatch" },
  render(state, document) {
    const metric = metrics[state.metric];
    if (!metric) throw new Error(`Measure is “${state.metric}”; choose exact match, loss or alignment error rate`);
    const value = (e: AblationResult["evaluations"][number]) => e[state.metric];
    const show = (x: number) => (metric.log ? formatSignificant(x, 2) : formatValue(x, 2));
    const plots = groups.map((group) => {
      const runs = group.runs.map(ablation);
      return lineChart(
        runs.map((r) => ({ name: r.label, points: r.evaluations.map((e) => ({ x: e.step, y: value(e) })) })),
        {
          ariaLabel: `Validation ${metric.label} against training steps for ${group.title}: at step ${ablations.steps} ` +
            runs.map((r) => `${r.label} ${show(value(r.evaluations[r.evaluations.length - 1]))}`).join(", "),
          xLabel: "training step",
          yLabel: metric.axis,
          ...(metric.log ? { yType: "log" as const } : { yDomain: [0, 1] as [number, number] }),
          document,
        },
      );
    });
    const tables = () => [
      textTable(
        document,
        `Each run after ${ablations.steps} steps, on all ${ablations.runs[0].byLength.reduce((n, l) => n + l.pairs, 0)} validation sentences`,
        ["run", "exact match", "exact match, source padded as in training", "loss", "alignment error rate (mean of heads)", "each head's", "attention entropy (nats)"],
        ablations.runs.map((r) => [
          r.label,
          formatValue(r.validation.exactMatch, 3),
          formatValue(r.paddedExactMatch, 3),
          formatSignificant(r.validation.loss, 3),
          formatValue(r.validation.alignmentError, 3),
          r.validation.headAlignmentError.map((a) => formatValue(a, 2)).join(", "),
          formatValue(r.attentionEntropy, 2),
        ]),
      ),
      textTable(
        document,
        `Validation ${metric.label} on the lab's ${LAB_EVALUATION_PAIRS} evaluation sentences as each run trained`,
        ["step", ...ablations.runs.map((r) => r.label)],
        ablations.runs[0].evaluations.map((e, n) => [String(e.step), ...ablations.runs.map((r) => show(value(r.evaluations[n])))]),
      ),
    ];
    const last = (name: AblationName) => show(value(ablation(name).evaluations[ablation(name).evaluations.length - 1]));
    const readout =
      `Validation ${metric.label} at step ${ablations.steps}, on the lab's ${LAB_EVALUATION_PAIRS} evaluation sentences: default ${last("default")}; ` +
      ablations.runs.filter((r) => r.name !== "default").map((r) => `${r.label} ${last(r.name)}`).join("; ") + ".";
    return { plots, tables, readout };
  },
});
