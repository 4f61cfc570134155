import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { blockDifferences, lessonBlocks, lessonParityFindings } from "../../i18n/lessonBlocks";

const root = resolve(import.meta.dirname, "../../..");
const enDir = join(root, "content/lessons");
const zhDir = join(root, "content/zh/lessons");

// Parsing all 36 lessons takes about a second alone and over five on a machine busy with a build.
const parseEveryLesson = 60_000;

describe("the English and Chinese lessons are twins (issue 16)", () => {
  it("lessonParityFindings(content/lessons, content/zh/lessons) finds every lesson in both, with the same figures, cells, exercises, questions, steppers and labs in the same order", () => {
    expect(lessonParityFindings(enDir, zhDir)).toEqual([]);
  }, parseEveryLesson);
});

describe("lessonBlocks(mdx)", () => {
  it("lists components by name and id in document order, inside lists and callouts too, leaving out prose components, code fences and math braces", () => {
    const mdx = [
      'import x from "y";',
      "",
      "The scale is $1/\\sqrt{d_k}$ and <LessonRef to=\"scores\" />.",
      "",
      '<LiveFigure name="heat" id="fig-1" caption="A" />',
      "",
      "- a list item",
      '  <Cell id="c1" code={code} />',
      "",
      '<Callout kind="note">',
      '<Question q="Why?">Because.</Question>',
      "</Callout>",
      "",
      "```mdx",
      '<Cell id="in-a-fence" />',
      "```",
      "",
      "<Stepper step={5} />",
    ].join("\n");
    expect(lessonBlocks(mdx).map((b) => b.key)).toEqual(["LiveFigure#fig-1 name=heat", "Cell#c1", "Question", "Stepper step={5}"]);
  });
});

describe("blockDifferences(en, zh)", () => {
  const block = (key: string, line: number) => ({ key, line });
  it("names a block missing from one side with its line on the other, and a changed count", () => {
    expect(blockDifferences([block("Cell#a", 3), block("Question", 9), block("Question", 12)], [block("Question", 8)], { en: "en.mdx", zh: "zh.mdx" })).toEqual([
      "Cell#a: 1 in en.mdx, 0 in zh.mdx (en.mdx:3)",
      "Question: 2 in en.mdx, 1 in zh.mdx (en.mdx:9, en.mdx:12; zh.mdx:8)",
    ]);
  });
  it("names the first block out of order when both sides hold the same blocks", () => {
    expect(blockDifferences([block("Cell#a", 1), block("Cell#b", 2)], [block("Cell#b", 1), block("Cell#a", 2)], { en: "e", zh: "z" })).toEqual([
      "block 1 is Cell#a in e:1 but Cell#b in z:1: the blocks are in another order",
    ]);
  });
});

describe("lessonParityFindings can fail (a temporary copy of both folders, changed)", () => {
  let copy: string | undefined;
  afterEach(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it("names a Chinese lesson with a cell removed, a lesson only in English, and an exercise whose id changed", () => {
    copy = mkdtempSync(join(tmpdir(), "lesson-parity-"));
    const en = join(copy, "en");
    const zh = join(copy, "zh");
    cpSync(enDir, en, { recursive: true });
    cpSync(zhDir, zh, { recursive: true });
    const masking = join(zh, "masking.mdx");
    const source = readFileSync(masking, "utf8");
    const cell = /^<Cell id="padding".*\/>$/m;
    expect(source).toMatch(cell);
    writeFileSync(masking, source.replace(cell, "").replace('<Exercise\n  id="padded-weights"', '<Exercise\n  id="padded-weight"'));
    unlinkSync(join(zh, "why-scale.mdx"));
    const findings = lessonParityFindings(en, zh);
    expect(findings).toContain(`why-scale.mdx is in ${en} and not in ${zh}`);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^masking\.mdx: Cell#padding: 1 in en\/masking\.mdx, 0 in zh\/masking\.mdx \(en\/masking\.mdx:\d+\)$/),
        expect.stringMatching(/^masking\.mdx: Exercise#padded-weights: 1 in en\/masking\.mdx, 0 in zh\/masking\.mdx/),
        expect.stringMatching(/^masking\.mdx: Exercise#padded-weight: 0 in en\/masking\.mdx, 1 in zh\/masking\.mdx/),
      ]),
    );
    expect(findings).toHaveLength(4);
  }, parseEveryLesson);
});
