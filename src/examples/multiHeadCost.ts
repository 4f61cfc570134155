/** Multiply-adds of one multi-head cross-attention call, split by stage. */
export interface MultiHeadCost {
  /** Q, K, V projections: Lq dModel² + Lk kdim dModel + Lk vdim dModel. */
  projections: number;
  /** Q Kᵀ over all heads: h Lq Lk dk = Lq Lk dModel. */
  scores: number;
  /** weights V over all heads: h Lq Lk dk = Lq Lk dModel. */
  weightedSum: number;
  /** concat W_O: Lq dModel². */
  output: number;
  total: number;
}

export interface MultiHeadShape {
  Lq: number;
  Lk: number;
  dModel: number;
  heads: number;
  kdim?: number;
  vdim?: number;
}

/**
 * Counts the multiply-adds of each matrix product, product by product as the core performs them
 * (head by head), so the totals show that h cancels: h heads of width dModel / h cost as much as one.
 */
export function multiHeadCost(shape: MultiHeadShape): MultiHeadCost {
  const { Lq, Lk, dModel, heads } = shape;
  const kdim = shape.kdim ?? dModel;
  const vdim = shape.vdim ?? dModel;
  if (!Number.isInteger(heads) || heads < 1 || dModel % heads !== 0) {
    throw new RangeError(`multiHeadCost: heads is ${heads}; it must be a whole number >= 1 that divides dModel ${dModel}`);
  }
  const dk = dModel / heads;
  const product = (n: number, m: number, p: number) => n * m * p; // (n, m) x (m, p): n p dot products of length m
  const projections = product(Lq, dModel, dModel) + product(Lk, kdim, dModel) + product(Lk, vdim, dModel);
  let scores = 0;
  let weightedSum = 0;
  for (let head = 0; head < heads; head++) {
    scores += product(Lq, dk, Lk); // (Lq, dk) x (dk, Lk)
    weightedSum += product(Lq, Lk, dk); // (Lq, Lk) x (Lk, dk)
  }
  const output = product(Lq, dModel, dModel);
  return { projections, scores, weightedSum, output, total: projections + scores + weightedSum + output };
}
