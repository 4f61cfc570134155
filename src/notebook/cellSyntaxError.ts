/** A cell that cannot be compiled; `line` counts from 1 in the cell's own code. */
export class CellSyntaxError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(line === undefined ? message : `${message} (line ${line})`);
    this.name = "SyntaxError";
    this.line = line;
  }
}
