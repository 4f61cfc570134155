/**
 * Alignment error rate of attention against the true alignment, with sure links only
 * (Och & Ney 2003): each target word is linked to the source word it gives the most weight,
 * and AER = 1 - |A ∩ S| / |S| (with one predicted link per target word |A| = |S|, so the
 * usual 1 - 2|A ∩ S| / (|A| + |S|) is the same number). 0 is a perfect alignment.
 * weights: per target word, its weights over the source words; truth: per target word, the
 * source word it translates.
 */
export function alignmentErrorRate(weights: readonly (readonly number[])[], truth: readonly number[]): number {
  let hits = 0;
  truth.forEach((source, t) => {
    const row = weights[t];
    let best = 0;
    for (let s = 1; s < row.length; ++s) if (row[s] > row[best]) best = s;
    if (best === source) hits += 1;
  });
  return 1 - hits / truth.length;
}
