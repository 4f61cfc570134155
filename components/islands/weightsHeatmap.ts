import { weightsFigure, type WeightsFigureState } from "../../src/figures/weightsFigure";

/** Wires the temperature slider and the query select -> core -> heatmap and table -> DOM. */
export function mount(root: HTMLElement): void {
  const slider = root.querySelector<HTMLInputElement>('input[name="temperature"]')!;
  const select = root.querySelector<HTMLSelectElement>('select[name="query"]')!;
  const output = root.querySelector<HTMLOutputElement>("[data-temperature-value]")!;
  const plotSlot = root.querySelector<HTMLElement>("[data-plot]")!;
  const numbersSlot = root.querySelector<HTMLElement>("[data-numbers]")!;
  const readout = root.querySelector<HTMLElement>("[data-readout]")!;

  const render = () => {
    const state: WeightsFigureState = { temperature: Number(slider.value), query: Number(select.value) };
    const { plot, table, readout: sentence } = weightsFigure(state);
    output.textContent = state.temperature.toFixed(1);
    plotSlot.replaceChildren(plot);
    numbersSlot.replaceChildren(table);
    readout.textContent = sentence;
  };
  slider.addEventListener("input", render);
  select.addEventListener("change", render);
  render();
}
