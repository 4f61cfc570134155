import { fromRows, matrix, type Matrix } from "../core";

/**
 * The toy dictionary of the soft-lookup lesson. Four entries; each key is a unit vector in a plane
 * whose axes read "tame → wild" (x) and "dog-like → cat-like" (y), so a query is a direction in
 * that plane. Values are 2-D as well (dv = 2), so their weighted average can be drawn as a point.
 */
export interface SoftLookupExample {
  /** One name per entry (Lk names). */
  names: string[];
  /** (Lk, dk) with dk = 2: one unit-length key per entry. */
  keys: Matrix;
  /** (Lk, dv) with dv = 2: one value per entry, the corners of a square. */
  values: Matrix;
}

const entries = [
  { name: "cat", angle: 135, value: [1, 3] },
  { name: "lion", angle: 45, value: [3, 3] },
  { name: "dog", angle: 225, value: [1, 1] },
  { name: "wolf", angle: 315, value: [3, 1] },
];

/** The unit vector at `degrees` (counter-clockwise from the x axis), as [x, y]. */
function direction(degrees: number): [number, number] {
  const r = (degrees * Math.PI) / 180;
  return [Math.cos(r), Math.sin(r)];
}

/** The dictionary: Lk = 4 entries, dk = dv = 2. */
export function softLookupExample(): SoftLookupExample {
  return {
    names: entries.map((e) => e.name),
    keys: fromRows(entries.map((e) => direction(e.angle)), "keys"), // (Lk, dk)
    values: fromRows(entries.map((e) => e.value), "values"), // (Lk, dv)
  };
}

/** The angle (degrees) of an entry's key, so a figure or lesson can aim a query straight at it. */
export function keyAngle(name: string): number {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new RangeError(`keyAngle: no entry named "${name}"; the entries are ${entries.map((e) => e.name).join(", ")}`);
  return entry.angle;
}

/**
 * One query (1, dk) pointing at `degrees` with length `sharpness`: the longer the query, the larger
 * the score gaps and the closer the softmax comes to a hard, one-key lookup.
 */
export function softLookupQuery(degrees: number, sharpness: number): Matrix {
  if (!Number.isFinite(degrees)) throw new RangeError(`softLookupQuery: degrees is ${degrees}; give a finite angle`);
  if (!Number.isFinite(sharpness) || sharpness < 0) {
    throw new RangeError(`softLookupQuery: sharpness is ${sharpness}; give a finite number >= 0`);
  }
  const [x, y] = direction(degrees);
  return matrix(1, 2, [sharpness * x, sharpness * y]); // (1, dk)
}
