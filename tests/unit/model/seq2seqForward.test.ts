import { describe, expect, it } from "vitest";
import { projectKeysValues, toRows } from "../../../src/core";
import { decode, encode, multiHeadParamsAt, seq2seqForward, type Seq2SeqBatch } from "../../../src/model";
import { BOS, EOS, PAD, tinyBatch, tinyConfig, tinyParams, withEntryMoved } from "./tinyModel";

/** -log softmax(row)[t], written with plain loops. */
function tokenLoss(row: number[], t: number, smoothing = 0): number {
  const m = Math.max(...row);
  const logSum = m + Math.log(row.reduce((s, x) => s + Math.exp(x - m), 0));
  const logP = row.map((x) => x - logSum);
  return -(1 - smoothing) * logP[t] - (smoothing / row.length) * logP.reduce((a, b) => a + b, 0);
}

/** One item of the tiny batch as a batch of its own. */
const itemBatch = (batch: Seq2SeqBatch, b: number): Seq2SeqBatch => ({ srcIds: [batch.srcIds[b]], tgtIn: [batch.tgtIn[b]], tgtOut: [batch.tgtOut[b]] });

describe("seq2seqForward", () => {
  it("seq2seqForward(params, config, batch) gives each item (Lt, tgtVocab) logits, padded target rows included", () => {
    const config = tinyConfig();
    const trace = seq2seqForward(tinyParams(config), config, tinyBatch());
    expect(trace.items.map((item) => [item.logits.rows, item.logits.cols])).toEqual([[3, 6], [3, 6]]);
    // Item 1's last target position is padding: it is blocked as a key, but its query row still runs.
    const rows = toRows(trace.items[1].logits);
    expect(rows[2].every(Number.isFinite)).toBe(true);
    expect(rows[2]).not.toEqual(rows[1]);
    expect(trace.items.map((item) => [item.memory.rows, item.memory.cols])).toEqual([[4, 4], [4, 4]]);
  });
  for (const normFirst of [false, true]) {
    it(`seq2seqForward(...) with normFirst ${normFirst} averages -log p(target) over the batch's 5 non-padding target tokens`, () => {
      const config = tinyConfig({ normFirst });
      const batch = tinyBatch();
      const trace = seq2seqForward(tinyParams(config), config, batch);
      let total = 0;
      let count = 0;
      trace.items.forEach((item, b) =>
        toRows(item.logits).forEach((row, i) => {
          const t = batch.tgtOut[b][i];
          if (t === PAD) return;
          total += tokenLoss(row, t);
          count += 1;
        }),
      );
      expect(count).toBe(5);
      expect(Math.abs(trace.loss.loss - total / count)).toBeLessThan(1e-14);
    });
  }
  it("seq2seqForward(...) weighs items by their real target tokens: the loss is (3 L0 + 2 L1) / 5, not the mean of item losses", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const batch = tinyBatch();
    const [l0, l1] = [0, 1].map((b) => seq2seqForward(params, config, itemBatch(batch, b)).loss.loss);
    expect(l0).not.toBeCloseTo(l1, 3);
    expect(Math.abs(seq2seqForward(params, config, batch).loss.loss - (3 * l0 + 2 * l1) / 5)).toBeLessThan(1e-14);
  });
  it("seq2seqForward(..., { labelSmoothing }) mixes in e / C of every class, as F.cross_entropy", () => {
    const config = tinyConfig();
    const batch = tinyBatch();
    const trace = seq2seqForward(tinyParams(config), config, batch, { labelSmoothing: 0.2 });
    let total = 0;
    trace.items.forEach((item, b) =>
      toRows(item.logits).forEach((row, i) => {
        if (batch.tgtOut[b][i] !== PAD) total += tokenLoss(row, batch.tgtOut[b][i], 0.2);
      }),
    );
    expect(Math.abs(trace.loss.loss - total / 5)).toBeLessThan(1e-14);
  });
  it("seq2seqForward(...) ignores padding: more padding at the ends leaves the loss and every real position's logits as they were", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const batch = tinyBatch();
    const padded: Seq2SeqBatch = {
      srcIds: batch.srcIds.map((row) => [...row, PAD, PAD]),
      tgtIn: batch.tgtIn.map((row) => [...row, PAD]),
      tgtOut: batch.tgtOut.map((row) => [...row, PAD]),
    };
    const a = seq2seqForward(params, config, batch);
    const b = seq2seqForward(params, config, padded);
    expect(Math.abs(b.loss.loss - a.loss.loss)).toBeLessThan(1e-14);
    a.items.forEach((item, k) => {
      const real = toRows(item.logits).slice(0, 3);
      const more = toRows(b.items[k].logits).slice(0, 3);
      real.forEach((row, i) => row.forEach((x, c) => expect(Math.abs(more[i][c] - x), `item ${k} [${i}][${c}]`).toBeLessThan(1e-14)));
    });
  });
  it("seq2seqForward(...) ignores the padding token's embeddings: moving them changes no real position's logits and not the loss", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const moved = withEntryMoved(withEntryMoved(params, "srcEmbedding", PAD, 1, 2.5), "tgtEmbedding", PAD, 3, -1.5);
    const a = seq2seqForward(params, config, tinyBatch());
    const b = seq2seqForward(moved, config, tinyBatch());
    expect(b.loss.loss).toBe(a.loss.loss);
    expect(toRows(b.items[0].logits)).toEqual(toRows(a.items[0].logits));
    expect(toRows(b.items[1].logits).slice(0, 2)).toEqual(toRows(a.items[1].logits).slice(0, 2));
    expect(toRows(b.items[1].logits)[2]).not.toEqual(toRows(a.items[1].logits)[2]); // the padded query row did read its own input
  });
  it("seq2seqForward(...) is causal: changing tgtIn at position 2 changes the logits at position 2 only", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const batch = tinyBatch();
    const changed = { ...batch, tgtIn: [[BOS, 4, 5], batch.tgtIn[1]] };
    const a = toRows(seq2seqForward(params, config, batch).items[0].logits);
    const b = toRows(seq2seqForward(params, config, changed).items[0].logits);
    expect(b.slice(0, 2)).toEqual(a.slice(0, 2));
    expect(b[2]).not.toEqual(a[2]);
  });
  for (const normFirst of [false, true]) {
    it(`seq2seqForward(...) with normFirst ${normFirst} ends the encoder with its LayerNorm: each memory row, un-scaled, has mean 0`, () => {
      const config = tinyConfig({ normFirst });
      const params = tinyParams(config);
      const gamma = params.get("encoder.norm.gamma")!.data;
      const beta = params.get("encoder.norm.beta")!.data;
      for (const row of toRows(seq2seqForward(params, config, tinyBatch()).items[0].memory)) {
        expect(Math.abs(row.reduce((s, v, j) => s + (v - beta[j]) / gamma[j], 0))).toBeLessThan(1e-12);
      }
    });
  }
  it("decode(params, config, memory, srcIds, tgtIn, crossKeysValues) with K and V projected once gives seq2seqForward's logits bit for bit", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const batch = tinyBatch();
    const { memory } = encode(params, config, batch.srcIds[0]);
    const kv = [0, 1].map((l) => projectKeysValues(memory, memory, multiHeadParamsAt(params, `decoder.${l}.crossAttention`, config.heads)));
    const logits = decode(params, config, memory, batch.srcIds[0], batch.tgtIn[0], kv).logits;
    expect(toRows(logits)).toEqual(toRows(seq2seqForward(params, config, batch).items[0].logits));
  });
  it("seq2seqForward(...) refuses an empty batch", () => {
    const config = tinyConfig();
    expect(() => seq2seqForward(tinyParams(config), config, { srcIds: [], tgtIn: [], tgtOut: [] })).toThrow(
      /^seq2seq: the batch is empty; give at least one sentence pair$/,
    );
  });
  it("seq2seqForward(...) refuses lists of different lengths, naming them", () => {
    const config = tinyConfig();
    const batch = tinyBatch();
    expect(() => seq2seqForward(tinyParams(config), config, { ...batch, tgtIn: [batch.tgtIn[0]] })).toThrow(
      /^seq2seq: srcIds has 2 items but tgtIn has 1; give one row per item$/,
    );
    expect(() => seq2seqForward(tinyParams(config), config, { ...batch, tgtOut: [...batch.tgtOut, [EOS]] })).toThrow(
      /^seq2seq: srcIds has 2 items but tgtOut has 3/,
    );
  });
  it("seq2seqForward(...) refuses an item whose tgtIn and tgtOut differ in length, naming the item", () => {
    const config = tinyConfig();
    const batch = tinyBatch();
    expect(() => seq2seqForward(tinyParams(config), config, { ...batch, tgtOut: [batch.tgtOut[0], [5, EOS]] })).toThrow(
      /^seq2seq: item 1: tgtIn has 3 tokens but tgtOut has 2; they are the same target shifted by one$/,
    );
  });
  it("seq2seqForward(...) refuses a token id outside the vocabulary and an empty sentence", () => {
    const config = tinyConfig();
    const batch = tinyBatch();
    expect(() => seq2seqForward(tinyParams(config), config, { ...batch, srcIds: [[3, 7, 1], batch.srcIds[1]] })).toThrow(
      /the id at position 1 is 7, but the vocabulary has 7 tokens/,
    );
    expect(() => seq2seqForward(tinyParams(config), config, { ...batch, tgtOut: [[4, 3, 6], batch.tgtOut[1]] })).toThrow(
      /the target of row 2 is 6, but there are 6 classes/,
    );
    expect(() => seq2seqForward(tinyParams(config), config, { ...batch, srcIds: [[], batch.srcIds[1]] })).toThrow(/^seq2seq: item 0: the source is empty or only padding/);
  });
  it("seq2seqForward(...) refuses a batch with no real target token (PyTorch would return NaN)", () => {
    const config = tinyConfig();
    const batch: Seq2SeqBatch = { srcIds: [[3, 4]], tgtIn: [[BOS, PAD]], tgtOut: [[PAD, PAD]] };
    expect(() => seq2seqForward(tinyParams(config), config, batch)).toThrow(/every target is ignoreIndex \(0\)/);
  });
  it("seq2seqForward(...) refuses parameters that do not fit the config, naming the parameter", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    params.delete("decoder.norm.gamma");
    expect(() => seq2seqForward(params, config, tinyBatch())).toThrow(/^model: the parameter decoder\.norm\.gamma is missing/);
    expect(() => seq2seqForward(tinyParams(config), tinyConfig({ encoderLayers: 1 }), tinyBatch())).toThrow(
      /^model: encoder\.1\.selfAttention\.wq is not a parameter of this model$/,
    );
  });
  // Without the check, the core's softmax would refuse with a message about query rows that names
  // neither the item nor the cause.
  it("seq2seqForward(...) refuses a source of only padding, or a target input starting with padding, naming the item", () => {
    const config = tinyConfig();
    const batch = tinyBatch();
    expect(() => seq2seqForward(tinyParams(config), config, { ...batch, srcIds: [batch.srcIds[0], [PAD, PAD, PAD, PAD]] })).toThrow(
      /^seq2seq: item 1\b.*padding/,
    );
    expect(() => seq2seqForward(tinyParams(config), config, { ...batch, tgtIn: [batch.tgtIn[0], batch.tgtIn[1].map(() => PAD)] })).toThrow(
      /^seq2seq: item 1: tgtIn starts with padding; it must start with the begin token$/,
    );
  });
});
