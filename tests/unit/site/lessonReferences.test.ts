// Every "lesson N" a reader sees is generated from the lesson it names (LessonRef, the page
// header, the lesson list), so reordering lessons cannot make a reference point elsewhere. This
// fails on a lesson number typed by hand in lessons, pages, figures, examples or components.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Every file below `dir` (relative to the repository) ending in one of `endings`. */
function filesUnder(dir: string, endings: string[]): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => endings.some((ending) => file.endsWith(ending)))
    .map((file) => path.join(dir, file));
}

/** "file:line: text" for each line of `files` that types a lesson number ("lesson 4", "Lessons 1 to 9"). */
function handTypedLessonNumbers(files: string[], read: (file: string) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    read(file)
      .split("\n")
      .forEach((line, i) => {
        // English "lesson 4", Chinese "第 4 课", and a link to a lesson whose text is its bare number.
        if (/\b[Ll]essons? \d|第\s*\d+\s*课|lesson\("[\w-]+"\)\}>\s*\d+\s*<\/a>/.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  return found;
}

describe("lesson references", () => {
  it("handTypedLessonNumbers finds 'lesson 4' and 'Lessons 1 to 9' but not 'lesson 4' spelt by LessonRef or 'the masking lesson'", () => {
    const text: Record<string, string> = {
      "a.mdx": "Dividing (lesson 4) keeps it.\nsee <LessonRef to=\"why-scale\" />\n",
      "b.ts": "// the masking lesson\nconst x = \"Lessons 1 to 9\";\n",
      "c.mdx": "除以它（第 4 课）\n| (a) claim | truth | <a href={lesson(\"masking\")}>6</a> |\n<a href={lesson(\"masking\")}>Masking</a>\n",
    };
    expect(handTypedLessonNumbers(Object.keys(text), (f) => text[f])).toEqual([
      "a.mdx:1: Dividing (lesson 4) keeps it.",
      'b.ts:2: const x = "Lessons 1 to 9";',
      "c.mdx:1: 除以它（第 4 课）",
      'c.mdx:2: | (a) claim | truth | <a href={lesson("masking")}>6</a> |',
    ]);
  });

  it("no lesson, page, figure, example or component types a lesson number by hand", () => {
    const files = [
      ...filesUnder("content/lessons", [".mdx"]),
      ...filesUnder("src/pages", [".astro", ".ts"]),
      ...filesUnder("src/figures", [".ts"]),
      ...filesUnder("src/examples", [".ts"]),
      ...filesUnder("src/layouts", [".astro"]),
      ...filesUnder("components", [".astro", ".ts"]).filter((f) => !f.endsWith("LessonRef.astro")),
    ];
    expect(files.length).toBeGreaterThan(20);
    expect(handTypedLessonNumbers(files, (f) => readFileSync(path.join(root, f), "utf8"))).toEqual([]);
  });
});
