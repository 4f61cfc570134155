import { TRANSLATOR_D_MODEL, TRANSLATOR_DECODER_LAYERS } from "../train/translator";
import { fastDecodingText } from "../i18n/fastDecodingText";
import type { Lang } from "../i18n/lang";
import type { FigureControl, FigureState } from "./figureDefinition";

/** A model's sizes as the decoding figures need them: the width of K and V and how many decoder layers cache them. */
export interface DecodingModel {
  dModel: number;
  decoderLayers: number;
}

/**
 * The models the decoding lesson's figures offer: the lab's translator (the checkpoint's sizes) and
 * the Transformer "base" of Vaswani et al. (2017, table 3: N = 6 layers, d_model = 512).
 */
export const DECODING_MODELS = {
  lab: { dModel: TRANSLATOR_D_MODEL, decoderLayers: TRANSLATOR_DECODER_LAYERS },
  base: { dModel: 512, decoderLayers: 6 },
} as const satisfies Record<string, DecodingModel>;

export type DecodingModelName = keyof typeof DECODING_MODELS;

/** A model's name as an edition shows it, with its sizes. */
function modelLabel(name: DecodingModelName, lang: Lang): string {
  const { dModel, decoderLayers } = DECODING_MODELS[name];
  const t = fastDecodingText[lang];
  return name === "lab" ? t.modelLab(dModel, decoderLayers) : t.modelBase(dModel, decoderLayers);
}

/** The models as select options in one edition's words, in the order above. */
export function decodingModelOptions(lang: Lang): { value: string; label: string }[] {
  return (Object.keys(DECODING_MODELS) as DecodingModelName[]).map((value) => ({ value, label: modelLabel(value, lang) }));
}

/** The sizes and shown name of a model by its option value; refuses, in the edition's words, a name no option has. */
export function decodingModel(name: string, lang: Lang): DecodingModel & { label: string } {
  if (!(name in DECODING_MODELS)) throw new Error(fastDecodingText[lang].modelUnknown(name, Object.keys(DECODING_MODELS)));
  return { ...DECODING_MODELS[name as DecodingModelName], label: modelLabel(name as DecodingModelName, lang) };
}

/** The controls both decoding figures open with: the model (state key "model") and L_k (state key "sourceLength", 1 to 50). */
export function decodingModelControls<S extends FigureState>(lang: Lang): FigureControl<S>[] {
  const t = fastDecodingText[lang];
  return [
    { kind: "select", name: "model", label: t.decModel, options: decodingModelOptions(lang) },
    { kind: "range", name: "sourceLength", label: t.decSourceTokens, min: 1, max: 50, step: 1 },
  ];
}
