/**
 * One exercise run: the reader's code, then the lesson's check in its own block (its names cannot
 * clash with the reader's). The block opens by binding `reference`, the whole core as it is, on the
 * same line as the brace, so line numbers stay put: check code can call what an exercise's `forbid`
 * switched off, while the reader's top-level functions, declared outside the block, cannot see it.
 */
export function exerciseProgram(code: string, check: string): { source: string; checkFromLine: number } {
  return { source: `${code}\n;{ const reference = __rt.reference;\n${check}\n}`, checkFromLine: code.split("\n").length + 2 };
}
