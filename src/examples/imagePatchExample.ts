import { createRandom, matrix, randomMatrix, type Matrix, type MultiHeadParams } from "../core";

/**
 * A vision-language setup: a caption's tokens (queries) attend over a grid of image patches (keys
 * and values). The widths differ on purpose, as they do in real models: text embeddings have
 * dModel = 4 numbers, patch features kdim = vdim = 6. The projections W_K, W_V of shape (6, 4)
 * bring the patches to the attention width; W_Q is (4, 4).
 */
export interface ImagePatchExample {
  caption: string[]; // Lq tokens
  /** Patch names row by row, "r0c0" ... ; Lk = gridSize². */
  patches: string[];
  gridSize: number;
  text: Matrix; // (Lq, dModel = 4)
  image: Matrix; // (Lk, kdim = 6)
  params: MultiHeadParams;
}

// Feature axes 0..3 are concepts; the image's two extra axes are position features the text lacks.
const SKY = 0;
const GRASS = 1;
const BALL = 2;
const RED = 3;
const dModel = 4;
const kdim = 6;

export const caption = ["a", "red", "ball", "on", "grass"];
/** Which concept each caption token asks for; function words ("a", "on") ask for none. */
const asks: (number | null)[] = [null, RED, BALL, null, GRASS];

/** What a 4 x 4 picture shows in patch (r, c): sky on top, grass below, a red ball at (1..2, 1..2). */
function patchConcepts(r: number, c: number): number[] {
  const ball = r >= 1 && r <= 2 && c >= 1 && c <= 2;
  if (ball) return [BALL, RED];
  return r === 0 ? [SKY] : [GRASS];
}

const gridSize = 4;

/** Indices (row-major, r * gridSize + c) of the patches that show the ball. */
export const ballPatches = Array.from({ length: gridSize * gridSize }, (_, n) => n).filter((n) =>
  patchConcepts(Math.floor(n / gridSize), n % gridSize).includes(BALL),
);

export function imagePatchExample(seed = 5): ImagePatchExample {
  const rng = createRandom(seed);
  const patches: string[] = [];
  const imageRows: number[][] = [];
  for (let r = 0; r < gridSize; r++) {
    for (let c = 0; c < gridSize; c++) {
      patches.push(`r${r}c${c}`);
      const row = Array.from({ length: kdim }, () => 0.2 * rng.normal());
      for (const concept of patchConcepts(r, c)) row[concept] += 1;
      row[4] += r / gridSize; // position features: only the image has them
      row[5] += c / gridSize;
      imageRows.push(row);
    }
  }
  const text = matrix(caption.length, dModel, caption.flatMap((_, i) => {
    const row = Array.from({ length: dModel }, () => 0.2 * rng.normal());
    const concept = asks[i];
    if (concept !== null) row[concept] += 1;
    return row;
  })); // (Lq, dModel)
  const image = matrix(imageRows.length, kdim, imageRows.flat()); // (Lk, kdim)
  // W_Q sharpens the concept match; W_K reads the concept axes and drops position (rows 4, 5 zero).
  const wq = matrix(dModel, dModel, Array.from({ length: dModel * dModel }, (_, n) => (Math.floor(n / dModel) === n % dModel ? 14 : 0))); // (dModel, dModel)
  const wk = matrix(kdim, dModel, Array.from({ length: kdim * dModel }, (_, n) => (Math.floor(n / dModel) === n % dModel ? 1 : 0))); // (kdim, dModel)
  const wv = randomMatrix(rng, kdim, dModel, 1 / Math.sqrt(kdim)); // (vdim, dModel)
  const wo = randomMatrix(rng, dModel, dModel, 1 / Math.sqrt(dModel)); // (dModel, dModel)
  return { caption, patches, gridSize, text, image, params: { heads: 1, wq, wk, wv, wo } };
}
