/** What the notebook knows about a cell to decide what runs: its names, and whether it is up to date. */
export interface PlannedCell {
  id: string;
  defs: readonly string[];
  refs: readonly string[];
  /** Ran without error in the current worker with its current code. */
  fresh: boolean;
}

/**
 * The indices of the earlier cells cell `index` reads a name from: for each name, the latest
 * earlier cell that declares it (as a notebook read top to bottom would bind it).
 */
export function directInputs(cells: readonly PlannedCell[], index: number): number[] {
  const inputs = new Set<number>();
  for (const name of cells[index].refs) {
    for (let j = index - 1; j >= 0; j--) {
      if (cells[j].defs.includes(name)) {
        inputs.add(j);
        break;
      }
    }
  }
  return [...inputs].sort((a, b) => a - b);
}

/**
 * The cells to run, in order, so that cell `index` runs with every name it needs: the earlier cells
 * it depends on (directly or through others) that are not fresh or depend on one that re-runs,
 * then the cell itself.
 */
export function planRun(cells: readonly PlannedCell[], index: number): number[] {
  const needed = new Set<number>([index]);
  for (let i = index; i >= 0; i--) if (needed.has(i)) for (const j of directInputs(cells, i)) needed.add(j);
  const runs = new Set<number>();
  for (let i = 0; i <= index; i++) {
    if (!needed.has(i)) continue;
    if (i === index || !cells[i].fresh || directInputs(cells, i).some((j) => runs.has(j))) runs.add(i);
  }
  return [...runs];
}

/**
 * The later cells whose output is now out of date because the cells in `ran` ran again: every
 * cell after them that reads their names, directly or through another cell, and did not run itself.
 */
export function staleAfter(cells: readonly PlannedCell[], ran: readonly number[]): number[] {
  const changed = new Set(ran);
  const stale: number[] = [];
  const first = Math.min(...ran);
  for (let i = first + 1; i < cells.length; i++) {
    if (changed.has(i)) continue;
    if (directInputs(cells, i).some((j) => changed.has(j))) {
      changed.add(i);
      stale.push(i);
    }
  }
  return stale;
}
