import { TRANSLATOR_D_MODEL, TRANSLATOR_DECODER_LAYERS } from "../train/translator";

/** A model's sizes as the decoding figures need them: the width of K and V and how many decoder layers cache them. */
export interface DecodingModel {
  label: string;
  dModel: number;
  decoderLayers: number;
}

/**
 * The models the decoding lesson's figures offer: the lab's translator (the checkpoint's sizes) and
 * the Transformer "base" of Vaswani et al. (2017, table 3: N = 6 layers, d_model = 512).
 */
export const DECODING_MODELS = {
  lab: { label: `the lab's translator (d_model ${TRANSLATOR_D_MODEL}, ${TRANSLATOR_DECODER_LAYERS} layer${TRANSLATOR_DECODER_LAYERS === 1 ? "" : "s"})`, dModel: TRANSLATOR_D_MODEL, decoderLayers: TRANSLATOR_DECODER_LAYERS },
  base: { label: "Transformer base (d_model 512, 6 layers)", dModel: 512, decoderLayers: 6 },
} as const satisfies Record<string, DecodingModel>;

export type DecodingModelName = keyof typeof DECODING_MODELS;

/** The models as select options, in the order above. */
export const decodingModelOptions = Object.entries(DECODING_MODELS).map(([value, m]) => ({ value, label: m.label }));

/** The sizes of a model by its option value; refuses a name no option has. */
export function decodingModel(name: string): DecodingModel {
  if (!(name in DECODING_MODELS)) throw new Error(`there is no model “${name}” here; choose one of: ${Object.keys(DECODING_MODELS).join(", ")}`);
  return DECODING_MODELS[name as DecodingModelName];
}
