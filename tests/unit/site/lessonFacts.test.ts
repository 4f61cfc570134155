import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Facts that issue 15 found stated wrongly. Each test reads the sources a reader sees (lessons,
// pages, figure texts, components) and fails if a false sentence comes back or the correct one goes.

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** A source file's text with every run of white space (line breaks included) made one space. */
function text(path: string): string {
  return readFileSync(join(root, path), "utf8").replace(/\s+/g, " ");
}

const files = (dir: string, ext: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => `${dir}/${f}`);

const readerSources = [
  ...files("content/lessons", ".mdx"),
  ...files("src/pages", ".astro"),
  ...files("src/figures", ".ts"),
  ...files("components", ".astro"),
  "src/site/glossary.ts",
];

/** The reader-facing files whose text contains `phrase`. */
function filesSaying(phrase: string | RegExp): string[] {
  return readerSources.filter((f) => (typeof phrase === "string" ? text(f).includes(phrase) : phrase.test(text(f))));
}

const lesson = (slug: string) => text(`content/lessons/${slug}.mdx`);

/** The glossary entry (one source line) with the given anchor id. */
function glossaryEntry(id: string): string {
  const line = readFileSync(join(root, "src/site/glossary.ts"), "utf8")
    .split("\n")
    .find((l) => l.includes(`{ id: "${id}",`));
  expect(line, `glossary entry #${id}`).toBeDefined();
  return line ?? "";
}

/** The text of a lesson from heading `from` up to the next level-2 heading. */
function section(slug: string, from: string): string {
  const all = lesson(slug);
  const start = all.indexOf(from);
  expect(start, `heading "${from}" in ${slug}`).toBeGreaterThanOrEqual(0);
  const end = all.indexOf(" ## ", start + from.length);
  return all.slice(start, end < 0 ? undefined : end);
}

describe("misconception (c): the heads' outputs and W_O", () => {
  it("no reader-facing source says a head has no output of its own or no per-head output matrix", () => {
    expect(filesSaying("There is no per-head output matrix")).toEqual([]);
    expect(filesSaying(/no output (projection )?of its own/)).toEqual([]);
  });

  it("the multi-head lesson writes the shared W_O as a sum over heads of per-head row blocks", () => {
    const callout = section("multi-head", "## One shared output projection");
    expect(callout).toContain("\\sum_{i=1}^{h} \\text{head}_i\\, W_O^{(i)}");
    expect(callout).toContain("its own block");
    expect(callout).toContain("**summed**");
    expect(callout).toMatch(/not averaged/);
  });

  it("the misconceptions lesson gives the same block-sum form in section (c) and in its recap table", () => {
    const c = section("misconceptions", "## (c)");
    expect(c).toContain("\\sum_i \\text{head}_i\\,W_O^{(i)}");
    expect(c).toMatch(/neither kept separate nor averaged/);
    expect(lesson("misconceptions")).toMatch(/\| \(c\) each head has its own Q, K, V and output \| [^|]*own row block of one shared \$W_O\$[^|]*summed/);
  });

  it("the glossary's W_O, h and head entries name the row blocks and the sum", () => {
    for (const id of ["w-o", "h", "head"]) {
      expect(glossaryEntry(id), id).toContain("W_O^{(i)}");
      expect(glossaryEntry(id), id).toMatch(/sum/);
    }
  });
});

describe("the running example's alignment", () => {
  it("no reader-facing source presents the example's alignment as attention ignoring position", () => {
    expect(filesSaying(/by content, not by position/)).toEqual([]);
    expect(filesSaying(/alignment follows content, not position/)).toEqual([]);
    expect(filesSaying(/often look like a word alignment, as in the running example/)).toEqual([]);
  });

  it("every lesson that shows the alignment says it is built in and that position reaches the memory", () => {
    for (const slug of ["scaled-dot-product-cross-attention", "scores", "in-the-wild"]) {
      expect(lesson(slug), slug).toMatch(/set close to the keys? of the (source )?words? (it|they) translates?/);
      expect(lesson(slug), slug).toContain("positional encodings");
    }
  });

  it("the in-the-wild lesson says learned cross-attention is often near-monotonic and cites Whisper's DTW word timing", () => {
    const translation = section("in-the-wild", "## Translation");
    expect(translation).toMatch(/largely monotonic/);
    expect(translation).toContain("whisper/timing.py");
    expect(translation).toMatch(/dynamic time warping \(DTW\)/);
    expect(translation).toMatch(/alignment heads/);
  });
});

describe("misconception (h): reading weights without dropout", () => {
  const h = () => section("misconceptions", "## (h)");

  it("does not tell readers that model.eval() turns dropout off for every API", () => {
    expect(filesSaying("Read weights in evaluation mode (`model.eval()`), where dropout is off.")).toEqual([]);
  });

  it("says F.scaled_dot_product_attention ignores .eval(), how callers pass dropout_p, and that it returns no weights", () => {
    expect(h()).toMatch(/`F\.scaled_dot_product_attention` does not follow `\.eval\(\)`/);
    expect(h()).toContain("dropout_p=(p if self.training else 0.0)");
    expect(h()).toMatch(/returns only the output, no weights/);
  });

  it("says nn.MultiheadAttention averages the weights over heads unless average_attn_weights=False", () => {
    expect(h()).toMatch(/averaged over the heads\*\*; pass `average_attn_weights=False`/);
  });
});

describe("a fully masked row in PyTorch", () => {
  const noKey = () => section("masking", "## A query with no allowed key");

  it("the masking lesson says what F.scaled_dot_product_attention gives, since which version, and cites the change", () => {
    expect(noKey()).toMatch(/`F\.scaled_dot_product_attention`\*\*: since PyTorch 2\.5 a fully masked row yields zeros, not NaN/);
    expect(noKey()).toContain("pytorch/pytorch#133882");
    expect(noKey()).toContain("_safe_softmax");
  });

  it("the masking lesson says what nn.MultiheadAttention gives with and without need_weights", () => {
    expect(noKey()).toMatch(/`need_weights=False` it calls `F\.scaled_dot_product_attention`/);
    expect(noKey()).toMatch(/`need_weights=True`, the default, it computes the softmax itself, and the row's weights and output are NaN/);
  });

  it("puts the Annotated Transformer's masked_fill(mask == 0, -1e9) beside them, as a uniform row", () => {
    expect(noKey()).toMatch(/Annotated Transformer's\*\* `masked_fill\(mask == 0, -1e9\)` gives the uniform row/);
  });

  it("the softmax-stability lesson no longer promises library behaviour that the masking lesson did not give", () => {
    expect(lesson("softmax-stability")).toMatch(/<LessonRef to="masking" capital \/> shows what the libraries do then: in PyTorch 2\.5 and later, `F\.scaled_dot_product_attention` returns zeros/);
  });
});

describe("vision-language models", () => {
  const vl = () => section("in-the-wild", "## Vision-language");

  it("says text queries the image only in cross-attention (Flamingo-style) models", () => {
    expect(vl()).not.toMatch(/A captioning or question-answering model lets the \*\*text\*\* tokens query/);
    expect(vl()).toMatch(/built with cross-attention, Flamingo-style, lets the \*\*text\*\* tokens query/);
  });

  it("gives the decoder-only alternative (LLaVA) and BLIP-2's learned queries", () => {
    expect(vl()).toMatch(/Many vision-language models have no cross-attention at all\. LLaVA-style models/);
    expect(vl()).toMatch(/self-attention/);
    expect(vl()).toMatch(/Q-Former has a small set of learned query vectors that cross-attend/);
  });
});

describe("what the 1/√d_k scale does", () => {
  it("no reader-facing source says the scale keeps the spread near 1 whatever d_k is without its assumption", () => {
    expect(filesSaying(/spread near 1 whatever/)).toEqual([]);
    expect(filesSaying(/keeps the \*\*variance of the scores near 1\*\* whatever/)).toEqual([]);
  });

  it("the overview and the stepper state the assumption: independent, zero-mean, unit-variance components", () => {
    expect(lesson("scaled-dot-product-cross-attention")).toMatch(/components of \$q\$ and \$k\$ are independent with mean 0 and variance 1/);
    expect(text("src/i18n/stepperText.ts")).toMatch(/variance 1 when q and k have independent, zero-mean, unit-variance components/);
  });

  it("why-scale no longer says the scale is 'not about overflow' without the float16 caveat", () => {
    const callout = section("why-scale", "## Entropy against d_k");
    expect(callout).not.toMatch(/not cosmetic and not about overflow/);
    expect(callout).toMatch(/Half precision is the exception where overflow does matter\. The largest float16 number is \{fmt\(float16Max, 0\)\}/);
    expect(callout).toMatch(/scale before the product/);
  });

  it("the float16 numbers quoted are computed, and the example score really passes the float16 maximum", () => {
    const why = lesson("why-scale");
    const value = (name: string) => Number(new Function(`return ${why.match(new RegExp(`export const ${name} = ([^;]+);`))?.[1]}`)());
    expect(value("float16Max")).toBe(65504);
    expect(value("halfDk") * value("halfComponent") ** 2).toBeGreaterThan(65504);
  });
});

describe("padding changes nothing: exactly here, up to rounding on real kernels", () => {
  const build = () => lesson("build-it-yourself");

  it("does not promise bit-for-bit equality in general", () => {
    expect(build()).not.toContain('<Question q="Why does a padded batch item give exactly the same output as the item alone, and not just nearly?">');
    expect(build()).not.toMatch(/a correct mask makes the padded result identical to the unpadded one\./);
  });

  it("says exact in this core (and checks it with tolerance 0) and up to rounding on real kernels", () => {
    expect(build()).toMatch(/In this core it is \*\*exactly\*\* the same \(the cell checks with tolerance 0\)/);
    expect(build()).toContain('check.closeTo(batchOut[b].output, alone.output, 0, "item " + b + " padded vs alone")');
    expect(build()).toMatch(/bit for bit in this core, up to rounding on real kernels/);
    expect(build()).toMatch(/on a GPU the two outputs agree up to rounding, not bit for bit/);
  });
});

describe("where a soft lookup's output lies", () => {
  it("says the convex hull of the values, not the region they span", () => {
    expect(filesSaying(/the values span/)).toEqual([]);
    expect(lesson("soft-lookup")).toMatch(/always lies in their \*\*convex hull\*\*/);
    expect(lesson("soft-lookup")).toMatch(/lies in the convex hull of the values/);
    expect(text("src/i18n/figureLabelsText.ts")).toContain("inside the square, the convex hull of the values.");
  });

  it("says a weighted average stays between the extremes only with non-negative weights", () => {
    expect(lesson("soft-lookup")).toContain("every weighted average with non-negative weights summing to 1 does");
  });
});

describe("positions quoted in prose are computed and say how they count", () => {
  it("the masking lesson computes where 'black' and 'noir' sit instead of typing 0-based numbers by hand", () => {
    const masking = lesson("masking");
    expect(masking).not.toMatch(/sits at source position 2 while "black" is target position 1/);
    expect(masking).toContain('export const black = example.target.indexOf("black");');
    expect(masking).toContain('export const noir = example.source.indexOf("noir");');
    expect(masking).toContain("cross.weights.data[black * example.k.rows + noir]");
    expect(masking).toMatch(/source token \{noir \+ 1\} while "black" is target token \{black \+ 1\} \(both counted from 1\)/);
  });

  it("every lesson that quotes the two positions says which way it counts", () => {
    expect(lesson("scores")).toMatch(/target token \{black \+ 1\} and its translation "noir" is source token \{noir \+ 1\} \(both counted from 1\)/);
    expect(lesson("misconceptions")).toMatch(/\(target position \{black\}, counting from 0\)/);
  });
});

describe("the glossary's projections and input widths", () => {
  it("gives W_Q, W_K and W_V both as one matrix for all heads and per head", () => {
    expect(glossaryEntry("w-q")).toContain('shape: { en: "d_{\\\\text{model}} \\\\times d_{\\\\text{model}};\\\\ \\\\text{head } i\\\\text{: } d_{\\\\text{model}} \\\\times d_k"');
    expect(glossaryEntry("w-k")).toContain("\\\\text{kdim} \\\\times d_k");
    expect(glossaryEntry("w-v")).toContain("\\\\text{vdim} \\\\times d_v");
    expect(glossaryEntry("w-q")).not.toContain("One per head and per decoder layer");
  });

  it("defines kdim and vdim as nn.MultiheadAttention's key and value input widths, key.cols and value.cols in the core", () => {
    expect(glossaryEntry("kdim")).toMatch(/kdim argument of PyTorch's nn\.MultiheadAttention.*key\.cols/);
    expect(glossaryEntry("vdim")).toMatch(/vdim argument of nn\.MultiheadAttention.*value\.cols/);
  });
});
