import { describe, expect, it } from "vitest";
import trainingBatch, { decoderSelfMask, trainingBatchExample } from "../../../src/figures/trainingBatch";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import { BOS, PAD } from "../../../src/train";

function render(state: { item: string; causal: boolean; padding: boolean }) {
  let readout = "";
  const html = renderToHtml((document) => {
    const out = trainingBatch.en.render(state, document);
    readout = out.readout ?? "";
    const box = document.createElement("div");
    box.append(...out.plots);
    return box;
  }, "en");
  return { readout, html };
}

describe("decoderSelfMask", () => {
  const tgtIn = [BOS, 5, 6, PAD, PAD];
  const row = (m: ReturnType<typeof decoderSelfMask>, i: number) => Array.from(m.allowed.subarray(i * m.cols, (i + 1) * m.cols));

  it("decoderSelfMask(causal, padding): a <pad> query row still allows the real keys before it", () => {
    const m = decoderSelfMask(tgtIn, true, true);
    expect(row(m, 0)).toEqual([1, 0, 0, 0, 0]);
    expect(row(m, 2)).toEqual([1, 1, 1, 0, 0]);
    expect(row(m, 4)).toEqual([1, 1, 1, 0, 0]);
  });

  it("decoderSelfMask without the causal part lets position 0 see later words; without padding, pads are keys", () => {
    expect(row(decoderSelfMask(tgtIn, false, true), 0)).toEqual([1, 1, 1, 0, 0]);
    expect(row(decoderSelfMask(tgtIn, true, false), 4)).toEqual([1, 1, 1, 1, 1]);
    expect(row(decoderSelfMask(tgtIn, false, false), 0)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe("training-batch figure", () => {
  const example = trainingBatchExample();

  it("trainingBatchExample pads the short sentence's target to the long one's, shifted after <bos>", () => {
    const [long, short] = example.pairs;
    expect(example.tgtIn[1]).toHaveLength(long.french.length + 1);
    expect(example.tgtIn[1].slice(0, short.french.length + 1)).toEqual(["<bos>", ...short.french]);
    expect(example.tgtOut[1].slice(0, short.french.length + 1)).toEqual([...short.french, "<eos>"]);
    expect(example.tgtOut[1].slice(short.french.length + 1).every((w) => w === "<pad>")).toBe(true);
  });

  it("the short sentence's readout counts its <pad> rows, their allowed keys and the positions the loss counts", () => {
    const [long, short] = example.pairs;
    const pads = long.french.length - short.french.length;
    const { readout, html } = render({ item: "1", causal: true, padding: true });
    expect(readout).toContain(`The ${pads} <pad> positions`);
    expect(readout).toContain(`has ${short.french.length + 1} allowed keys`);
    expect(readout).toContain(`${short.french.length + 1} of the ${long.french.length + 1} positions count`);
    expect(html).toContain("<td>no</td>");
  });

  it("without the causal mask the readout says position 1 may see the word it must predict; the long sentence has no padding", () => {
    expect(render({ item: "1", causal: false, padding: true }).readout).toMatch(/^Without the causal mask, position 1 reads “<bos>” but may attend to “\S+”, the very word it must predict/);
    expect(render({ item: "0", causal: true, padding: true }).readout).toMatch(/^This is the batch's longest sentence: no padding\./);
  });

  it("the figure refuses a sentence that is not one of the two", () => {
    expect(() => render({ item: "5", causal: true, padding: true })).toThrow("Sentence of the batch is “5”; choose one of the two listed");
  });
});
