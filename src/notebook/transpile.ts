import { transform } from "sucrase";
import { CellSyntaxError } from "./cellSyntaxError";

/**
 * TypeScript -> JavaScript for a cell, types stripped and nothing else changed. Sucrase keeps every
 * line where it was, so a line number in the JavaScript is the same line in the reader's code.
 */
export function transpile(source: string): string {
  try {
    return transform(source, { transforms: ["typescript"], disableESTransforms: true, keepUnusedImports: true }).code;
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\(\d+:\d+\)$/, "");
    throw new CellSyntaxError(message, loc?.line);
  }
}
