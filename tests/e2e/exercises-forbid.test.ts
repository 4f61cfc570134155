import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { expectSolutionPasses, findExercise, replaceCode, runCheck } from "./reader";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

/** A one-line answer that calls the core's own version, and the name its refusal must give. */
interface Cheat {
  code: string;
  calls: string;
}

/**
 * Every exercise that switches core functions off (issue 12), its forbidReason, and the shortcuts a
 * reader could take. backward-by-hand and encode-positions are tried the same way in their lesson's
 * own test (lesson-backward-pass, lesson-positions).
 */
const exercises: { slug: string; title: string; reason: string; cheats: Cheat[] }[] = [
  {
    slug: "scaled-dot-product-cross-attention",
    title: "Normalise the scores",
    reason: "This exercise asks you to write the softmax yourself",
    cheats: [
      { code: "function softmaxRowsByHand(scores: Matrix): Matrix {\n  return softmaxRows(scores);\n}", calls: "softmaxRows" },
      { code: 'import * as core from "attention";\nfunction softmaxRowsByHand(scores: Matrix): Matrix {\n  return core.softmaxRows(scores);\n}', calls: "softmaxRows" },
    ],
  },
  {
    slug: "soft-lookup",
    title: "Write a soft lookup",
    reason: "This exercise asks you to write the lookup yourself with plain arrays",
    cheats: [
      {
        code: "function softLookup(q, keys, values) {\n  return Array.from(attention(fromRows([q]), fromRows(keys), fromRows(values), { scale: 1 }).output.data);\n}",
        calls: "attention",
      },
    ],
  },
  {
    slug: "scores",
    title: "Softmax along the keys",
    reason: "This exercise asks you to write the softmax along the keys yourself",
    cheats: [
      { code: "function softmaxAlongKeys(scores) {\n  return toRows(softmaxRows(fromRows(scores)));\n}", calls: "softmaxRows" },
      { code: "function softmaxAlongKeys(scores) {\n  return scores.map((row) => Array.from(softmaxVector(row)));\n}", calls: "softmaxVector" },
    ],
  },
  {
    slug: "why-scale",
    title: "Scale by the per-head width",
    reason: "This exercise asks you to compute the weights yourself from matmul, transpose, scale and softmaxRows",
    cheats: [
      { code: "function scaledWeights(q, k) {\n  return attention(q, k, k).weights;\n}", calls: "attention" },
      { code: "function scaledWeights(q, k) {\n  return scaledDotProductAttention(q, k, k).weights;\n}", calls: "scaledDotProductAttention" },
    ],
  },
  {
    slug: "softmax-stability",
    title: "A softmax that cannot overflow",
    reason: "This exercise asks you to write the stable softmax yourself",
    cheats: [
      { code: "function stableSoftmax(scores) {\n  return Array.from(softmaxVector(scores));\n}", calls: "softmaxVector" },
      // The example in issue 12.
      { code: "function stableSoftmax(scores) {\n  return softmaxRows(scores);\n}", calls: "softmaxRows" },
      { code: 'import { softmaxVector as sv } from "attention";\nfunction stableSoftmax(scores) {\n  return Array.from(sv(scores));\n}', calls: "softmaxVector" },
    ],
  },
  {
    slug: "masking",
    title: "Mask the padding",
    reason: "This exercise asks you to mask the scores yourself before softmaxRows",
    cheats: [{ code: "function paddedWeights(q, k, length) {\n  return attention(q, k, k, { allowed: keyPaddingMask(q.rows, k.rows, length) }).weights;\n}", calls: "attention" }],
  },
  {
    slug: "multi-head",
    title: "Write multi-head cross-attention",
    reason: "This exercise asks you to build the heads yourself from linear, sliceCols, scaledDotProductAttention and concatCols",
    cheats: [
      { code: "function multiHead(query, memory, params) {\n  return multiHeadCrossAttention(query, memory, memory, params).output;\n}", calls: "multiHeadCrossAttention" },
      { code: "function multiHead(query, memory, params) {\n  return multiHeadCrossAttentionOutput(query, memory, memory, params);\n}", calls: "multiHeadCrossAttentionOutput" },
      { code: "function multiHead(query, memory, params) {\n  return multiHeadCrossAttentionBatch([query], [memory], [memory], params)[0].output;\n}", calls: "multiHeadCrossAttentionBatch" },
    ],
  },
  {
    slug: "build-it-yourself",
    title: "Write scaled dot-product attention",
    reason: "This exercise asks you to write attention yourself from matmul, transpose, scale and matrix",
    cheats: [
      { code: "function myAttention(Q, K, V) {\n  return attention(Q, K, V).output;\n}", calls: "attention" },
      { code: "function myAttention(Q, K, V) {\n  return matmul(softmaxRows(scale(matmul(Q, transpose(K)), 1 / Math.sqrt(Q.cols))), V);\n}", calls: "softmaxRows" },
    ],
  },
  {
    slug: "build-it-yourself",
    title: "Add a key padding mask",
    reason: "This exercise asks you to mask the scores yourself before the softmax",
    cheats: [{ code: "function maskedAttention(Q, K, V, keyLength) {\n  return attention(Q, K, V, { allowed: keyPaddingMask(Q.rows, K.rows, keyLength) });\n}", calls: "attention" }],
  },
  {
    slug: "misconceptions",
    title: "Add heads and a padding mask",
    reason: "This exercise asks you to split the heads and mask the padding yourself",
    cheats: [
      {
        code: "function layer(m, x, context, heads, keyLength) {\n  return multiHeadCrossAttention(x, context, context, { heads, ...m }, { keyLength }).output;\n}",
        calls: "multiHeadCrossAttention",
      },
    ],
  },
];

describe("exercises refuse an answer that calls the core's own version", () => {
  for (const { slug, title, reason, cheats } of exercises) {
    it(`${title} (${slug}): ${[...new Set(cheats.map((c) => c.calls))].join(", ")} refused with the exercise's reason, not marked solved; the model solution passes`, async () => {
      const { page, problems } = await openPage(browser(), new URL(`lessons/${slug}/`, baseUrl).href);
      const exercise = await findExercise(page, title);
      for (const cheat of cheats) {
        await replaceCode(page, exercise, cheat.code);
        expect(await runCheck(exercise), cheat.code).toBe(`Not yet: ${reason}; ${cheat.calls} is switched off here.`);
        await expect(exercise.getAttribute("data-done")).resolves.toBeNull();
      }
      await expectSolutionPasses(page, exercise);
      expect(problems).toEqual([]);
    });
  }
});
