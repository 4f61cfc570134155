import { describe, expect, it } from "vitest";
import type { FigureControl } from "../../../src/figures/figureDefinition";
import { isShown, optionsOf, selectValue, settleControls } from "../../../src/figures/settleControls";

type State = { dModel: number; heads: number; off5: boolean };
const divisors = (n: number) => [1, 2, 3, 4, 5, 6, 7, 8].filter((h) => n % h === 0);
const controls: FigureControl<State>[] = [
  { kind: "select", name: "dModel", label: "d_model", options: [12, 16].map((d) => ({ value: String(d), label: String(d) })) },
  {
    kind: "select",
    name: "heads",
    label: "heads h",
    options: (s) => divisors(s.dModel).map((h) => ({ value: String(h), label: `${h} (d_k = ${s.dModel / h})` })),
    whyNotOffered: (h, s) => `d_model = ${s.dModel} does not split into ${h} heads of equal width`,
  },
  { kind: "checkbox", name: "off5", label: "switch off head 5", shownWhen: (s) => s.heads >= 5 },
];

describe("settleControls", () => {
  it("settleControls(controls, state) leaves a state whose every select holds an offered value alone", () => {
    const state = { dModel: 12, heads: 3, off5: false };
    const settled = settleControls(controls, state);
    expect(settled.state).toEqual(state);
    expect(settled.notes).toEqual({});
  });

  it("settleControls moves heads 3 to the nearest offered count when d_model becomes 16, and says why in the reader's words", () => {
    const state = { dModel: 16, heads: 3, off5: false };
    const settled = settleControls(controls, state);
    // 2 and 4 are equally near: the smaller wins.
    expect(settled.state.heads).toBe(2);
    expect(settled.notes).toEqual({ heads: "heads h is now 2 (d_k = 8): d_model = 16 does not split into 3 heads of equal width." });
    expect(state.heads).toBe(3); // the caller's state is not changed
  });

  it("settleControls moves heads 6 to 4 at d_model 16 (nearest, smaller on a tie with 8)", () => {
    expect(settleControls(controls, { dModel: 16, heads: 6, off5: false }).state.heads).toBe(4);
  });

  it("settleControls names no internal identifier in its note", () => {
    const note = settleControls(controls, { dModel: 16, heads: 6, off5: false }).notes.heads;
    expect(note).not.toMatch(/dModel|multiHead|heads:/);
  });

  it("settleControls refuses a dependent select that offers nothing, naming the control", () => {
    const empty: FigureControl<State>[] = [{ kind: "select", name: "heads", label: "heads h", options: () => [] }];
    expect(() => settleControls(empty, { dModel: 16, heads: 1, off5: false })).toThrow('the control "heads" offers no option');
  });

  it("optionsOf(control, state) gives a dependent select's options for that state", () => {
    expect(optionsOf(controls[1] as Extract<FigureControl<State>, { kind: "select" }>, { dModel: 12, heads: 1, off5: false }).map((o) => o.value)).toEqual(["1", "2", "3", "4", "6"]);
  });

  it("isShown(control, state) follows shownWhen, and shows a control without one", () => {
    expect(isShown(controls[2], { dModel: 16, heads: 4, off5: false })).toBe(false);
    expect(isShown(controls[2], { dModel: 16, heads: 8, off5: false })).toBe(true);
    expect(isShown(controls[0], { dModel: 16, heads: 4, off5: false })).toBe(true);
  });

  it("selectValue(text) reads numbers as numbers and keeps other text", () => {
    expect(selectValue("12")).toBe(12);
    expect(selectValue("-1.5")).toBe(-1.5);
    expect(selectValue("-1e9")).toBe("-1e9");
    expect(selectValue("keep")).toBe("keep");
  });

  it('settleControls(controls, state, "zh") says in Chinese which control moved, to what, and why', () => {
    const zhControls = controls.map((c) => (c.name === "heads" ? { ...c, label: "头数 h", whyNotOffered: (h: string, s: State) => `d_model = ${s.dModel} 无法均分为 ${h} 个等宽的头` } : c));
    const note = settleControls(zhControls, { dModel: 16, heads: 6, off5: false }, "zh").notes.heads;
    expect(note).toBe("头数 h 已改为 4 (d_k = 4)：d_model = 16 无法均分为 6 个等宽的头。");
  });
});
