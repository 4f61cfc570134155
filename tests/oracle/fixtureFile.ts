// Reading PyTorch fixture files (attention-oracle.json, gradient-oracle.json): loading one named
// by an environment variable or beside the repository, and comparing nested results within the
// file's tolerance, failing with the field, the index path, the expected and the received value.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

export type Nested = number | null | Nested[];
export type Case = Record<string, unknown> & { name: string; expected: Record<string, unknown> };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The fixture file at $envVar, else ../shared/fixtures/<fileName>; `error` says why it could not be read. */
export function loadFixtureFile<T>(envVar: string, fileName: string): { file: string; fixtures?: T; error?: unknown } {
  const file = process.env[envVar] ?? path.resolve(repoRoot, "../shared/fixtures", fileName);
  try {
    return { file, fixtures: JSON.parse(readFileSync(file, "utf8")) as T };
  } catch (error) {
    return { file, error };
  }
}

/** The number in a conventions tolerance such as "1e-9 absolute for sdpa ..."; `fallback` when absent. */
export function toleranceOf(text: string | undefined, fallback: number): number {
  return Number.parseFloat(text ?? "") || fallback;
}

/** Fails with the field, the index path, the expected and the received value at the first mismatch; null expects -Infinity. */
export function compare(field: string, expected: unknown, got: unknown, tolerance: number, at: number[] = []): void {
  const where = `${field}${at.map((t) => `[${t}]`).join("")}`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(got) || got.length !== expected.length) {
      expect.fail(`${where}: expected ${expected.length} entries, got ${Array.isArray(got) ? got.length : String(got)}`);
    }
    expected.forEach((e, t) => compare(field, e, got[t], tolerance, [...at, t]));
    return;
  }
  const e = expected === null ? -Infinity : (expected as number);
  const ok = typeof got === "number" && (e === -Infinity ? got === -Infinity : Math.abs(got - e) <= tolerance);
  if (!ok) expect.fail(`${where}: expected ${e}, got ${String(got)} (tolerance ${tolerance})`);
}

/** Refuses keys this reader does not understand, so no option in a case is silently ignored. */
export function checkKeys(c: Record<string, unknown>, known: string[], what = `case ${String(c.name)}`): void {
  const unknown = Object.keys(c).filter((key) => !known.includes(key));
  expect(unknown, `${what} has keys this test does not handle`).toEqual([]);
}
