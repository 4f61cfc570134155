/**
 * The wavelength, in positions, of column pair i (columns 2i and 2i + 1) of the sinusoidal
 * encodings: their angle is pos / 10000^(2i / dModel), so they repeat every 2π · 10000^(2i / dModel).
 */
export function peWavelength(i: number, dModel: number): number {
  return 2 * Math.PI * 10000 ** ((2 * i) / dModel);
}
