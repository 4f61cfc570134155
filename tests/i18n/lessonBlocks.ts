import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createProcessor } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";

/**
 * The components of a lesson that a reader works with: every JSX element in its MDX except these,
 * which hold prose whose number a translation may change (a sentence split in two links twice).
 * A denylist, so a new kind of figure or lab is held to parity without touching this file.
 */
const proseComponents = new Set(["LessonRef", "Callout"]);

/** The attributes that name a block: which block it is, not what it says. */
const naming = ["id", "name", "step", "figure"] as const;

interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: { line: number } };
}

export interface Block {
  /** "Cell#padding", "LiveFigure#masking-heatmap name=maskHeatmap", "Question" */
  key: string;
  line: number;
}

// remark-math as in astro.config.mjs: `$\sqrt{d_k}$` is math, not an MDX expression.
const processor = createProcessor({ remarkPlugins: [remarkMath, remarkGfm] });

function attributeText(value: unknown): string {
  if (typeof value === "string") return value;
  // An expression attribute (id={figureId}) is compared by its source.
  if (value && typeof value === "object" && "value" in value) return `{${String((value as { value: unknown }).value)}}`;
  return "true";
}

/**
 * The interactive blocks of an MDX lesson (figures, cells, exercises, questions, steppers, labs), in
 * document order, each keyed by its component and naming attributes. Parsed with the MDX parser the
 * build uses, so a component inside a list or a callout counts and one inside a code fence does not.
 */
export function lessonBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const walk = (node: MdastNode) => {
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && /^[A-Z]/.test(node.name) && !proseComponents.has(node.name)) {
      const attrs = new Map((node.attributes ?? []).filter((a) => a.type === "mdxJsxAttribute" && a.name).map((a) => [a.name!, attributeText(a.value)]));
      const id = attrs.has("id") ? `#${attrs.get("id")}` : "";
      const rest = naming.filter((n) => n !== "id" && attrs.has(n)).map((n) => ` ${n}=${attrs.get(n)}`);
      blocks.push({ key: `${node.name}${id}${rest.join("")}`, line: node.position?.start.line ?? 0 });
    }
    node.children?.forEach(walk);
  };
  // The frontmatter is YAML, not MDX (Astro strips it before MDX sees the file): blanked line for
  // line, so lines still number as in the file and "<eos>" in a summary is not read as a tag.
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, ""));
  walk(processor.parse(body) as unknown as MdastNode);
  return blocks;
}

/**
 * What differs between two lists of blocks, as sentences naming both sides: a block missing from
 * one, or the same blocks in another order. Empty when they agree.
 */
export function blockDifferences(en: Block[], zh: Block[], names: { en: string; zh: string }): string[] {
  const findings: string[] = [];
  const count = (list: Block[]) => list.reduce((m, b) => m.set(b.key, (m.get(b.key) ?? 0) + 1), new Map<string, number>());
  const enCount = count(en);
  const zhCount = count(zh);
  for (const key of new Set([...enCount.keys(), ...zhCount.keys()])) {
    const a = enCount.get(key) ?? 0;
    const b = zhCount.get(key) ?? 0;
    if (a !== b) {
      const where = (list: Block[], name: string) => list.filter((x) => x.key === key).map((x) => `${name}:${x.line}`).join(", ");
      findings.push(`${key}: ${a} in ${names.en}, ${b} in ${names.zh}${a + b > 0 ? ` (${[where(en, names.en), where(zh, names.zh)].filter(Boolean).join("; ")})` : ""}`);
    }
  }
  if (findings.length === 0) {
    const i = en.findIndex((b, n) => b.key !== zh[n].key);
    if (i >= 0) findings.push(`block ${i + 1} is ${en[i].key} in ${names.en}:${en[i].line} but ${zh[i].key} in ${names.zh}:${zh[i].line}: the blocks are in another order`);
  }
  return findings;
}

/**
 * Every way the lessons in `enDir` and `zhDir` (folders of .mdx files) fail to be twins: a lesson in
 * one folder and not the other, or twins whose blocks differ (blockDifferences).
 */
export function lessonParityFindings(enDir: string, zhDir: string): string[] {
  const lessons = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".mdx")).sort();
  const en = lessons(enDir);
  const zh = lessons(zhDir);
  const findings = [
    ...en.filter((f) => !zh.includes(f)).map((f) => `${f} is in ${enDir} and not in ${zhDir}`),
    ...zh.filter((f) => !en.includes(f)).map((f) => `${f} is in ${zhDir} and not in ${enDir}`),
  ];
  for (const file of en.filter((f) => zh.includes(f))) {
    const differences = blockDifferences(lessonBlocks(readFileSync(join(enDir, file), "utf8")), lessonBlocks(readFileSync(join(zhDir, file), "utf8")), { en: `en/${file}`, zh: `zh/${file}` });
    findings.push(...differences.map((d) => `${file}: ${d}`));
  }
  return findings;
}
