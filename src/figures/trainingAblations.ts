import ablationsJson from "../train/checkpoint/ablations.json";
import type { AblationName, AblationResult, AblationResults } from "../train/ablationRuns";
import { formatSignificant } from "../plots/formatSignificant";
import { formatValue } from "../plots/formatValue";
import { lineChart } from "../plots/lineChart";
import { textTable } from "../plots/textTable";
import { LAB_EVALUATION_PAIRS } from "../train/labDataset";
import { lessonFiguresText, type LessonFiguresText } from "../i18n/lessonFiguresText";
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
  exactMatch: { log: false },
  loss: { log: true },
  alignmentError: { log: false },
} as const;
type Metric = keyof typeof metrics;

/** The two comparisons: the scale at two head widths, and the padding mask and positions. */
const groups: { title: (t: LessonFiguresText) => string; runs: AblationName[] }[] = [
  { title: (t) => t.taGroupScale, runs: ["default", "unscaled", "oneHead", "oneHeadUnscaled"] },
  { title: (t) => t.taGroupPadding, runs: ["default", "unmaskedSourcePadding", "noSourcePositions"] },
];

interface State {
  [key: string]: string;
  metric: Metric;
}

/** The training lesson: each ablation trained from the default seed by the lab's own loop, its validation curve against the default's. */
export default defineFigure<State>((lang) => {
  const t = lessonFiguresText[lang];
  /** A run's name in this edition (ablations.json holds the English one). */
  const label = (r: AblationResult) => t.taRun(r.name, r.label);
  return {
    controls: [{ kind: "select", name: "metric", label: t.taMeasure, options: (Object.keys(metrics) as Metric[]).map((value) => ({ value, label: t.taMetric(value) })) }],
    initial: { metric: "exactMatch" },
    render(state, document) {
      const metric = metrics[state.metric];
      if (!metric) throw new Error(t.taUnknownMeasure(state.metric));
      const metricName = t.taMetric(state.metric);
      const value = (e: AblationResult["evaluations"][number]) => e[state.metric];
      const show = (x: number) => (metric.log ? formatSignificant(x, 2) : formatValue(x, 2));
      const plots = groups.map((group) => {
        const runs = group.runs.map(ablation);
        return lineChart(
          runs.map((r) => ({ name: label(r), points: r.evaluations.map((e) => ({ x: e.step, y: value(e) })) })),
          {
            ariaLabel: t.taChartAria(metricName, group.title(t), ablations.steps, runs.map((r) => t.taRunValue(label(r), show(value(r.evaluations[r.evaluations.length - 1]))))),
            xLabel: t.taXAxis,
            yLabel: t.taAxis(state.metric),
            ...(metric.log ? { yType: "log" as const } : { yDomain: [0, 1] as [number, number] }),
            document,
          },
        );
      });
      const tables = () => [
        textTable(
          document,
          t.taFinalCaption(ablations.steps, ablations.runs[0].byLength.reduce((n, l) => n + l.pairs, 0)),
          t.taFinalHeaders,
          ablations.runs.map((r) => [
            label(r),
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
          t.taCurveCaption(metricName, LAB_EVALUATION_PAIRS),
          [t.taStep, ...ablations.runs.map(label)],
          ablations.runs[0].evaluations.map((e, n) => [String(e.step), ...ablations.runs.map((r) => show(value(r.evaluations[n])))]),
        ),
      ];
      const last = (name: AblationName) => show(value(ablation(name).evaluations[ablation(name).evaluations.length - 1]));
      const readout = t.taReadout(
        metricName,
        ablations.steps,
        LAB_EVALUATION_PAIRS,
        last("default"),
        ablations.runs.filter((r) => r.name !== "default").map((r) => t.taRunValue(label(r), last(r.name))),
      );
      return { plots, tables, readout };
    },
  };
});
