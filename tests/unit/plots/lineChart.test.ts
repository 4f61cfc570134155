import { describe, expect, it } from "vitest";
import { lineChart, type LineChartOptions, type LineSeries } from "../../../src/plots/lineChart";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import { island, shown } from "./island";

const series: LineSeries[] = [
  { name: "÷ √dₖ", points: [1, 4, 16, 64].map((x) => ({ x, y: 0.3 })) },
  { name: "unscaled", points: [1, 4, 16, 64].map((x, n) => ({ x, y: 0.3 + 0.2 * n })) },
];
const options = (marker?: number): Omit<LineChartOptions, "document"> => ({ ariaLabel: `largest weight at d_k = ${marker}`, xLabel: "dₖ", yLabel: "largest weight", xType: "log", yDomain: [0, 1], marker });
const fresh = (marker?: number, s = series) => renderToHtml((document) => lineChart(s, { ...options(marker), document }) as Element, "en");

describe("lineChart", () => {
  it("lineChart(series, {marker}) draws each series in its own colour and dash, a legend line per series and the marker rule", () => {
    const html = fresh(16);
    expect(html).toContain('stroke="#0072b2"');
    expect(html).toContain('stroke="#d55e00"');
    expect(html).toContain('stroke-dasharray="6,3"');
    expect(html).toContain("— unscaled");
    expect(html).toMatch(/<g [^>]*class="chart-marker"[^>]*><line /);
  });

  it("lineChart(series, {marker}) redrawn in a scope with only the marker moved keeps the chart and matches a fresh drawing", () => {
    const { container, draw } = island();
    draw((document) => [lineChart(series, { ...options(4), document })]);
    const chart = container.firstElementChild;
    draw((document) => [lineChart(series, { ...options(64), document })]);
    expect(container.firstElementChild).toBe(chart);
    expect(shown(container)).toBe(fresh(64));
  });

  it("lineChart(other series) in a scope is drawn afresh, not moved", () => {
    const { container, draw } = island();
    draw((document) => [lineChart(series, { ...options(4), document })]);
    const other = [series[0], { ...series[1], points: series[1].points.map((p) => ({ ...p, y: p.y / 2 })) }];
    draw((document) => [lineChart(other, { ...options(16), document })]);
    expect(shown(container)).toBe(fresh(16, other));
  });
});

describe("lineChart on a log y axis", () => {
  const wide: LineSeries[] = [{ name: "norm", points: [1, 4, 16].map((x, n) => ({ x, y: 10 ** (-3 * n) })) }];
  const html = renderToHtml((document) => lineChart(wide, { ariaLabel: "norms", xLabel: "d_k", yLabel: "norm", xType: "log", yType: "log", document }) as Element, "en");

  it("lineChart(series, {yType: 'log'}) spaces 1, 10⁻³ and 10⁻⁶ evenly and labels ticks as powers of ten", () => {
    const ys = [...html.matchAll(/<circle [^>]*cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(3);
    expect(ys[1] - ys[0]).toBeCloseTo(ys[2] - ys[1], 6);
    expect(ys[1]).toBeGreaterThan(ys[0]);
    expect(html).toContain(">10⁻⁶</text>");
    expect(html).not.toContain("µ");
  });

  it("lineChart(series, {yType: 'log'}) names a tiny value with significant digits, not as 0.000", () => {
    expect(html).toContain("<title>norm: 16 → 1 × 10⁻⁶</title>");
  });
});
