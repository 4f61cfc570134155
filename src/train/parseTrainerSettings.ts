import type { Lang } from "../i18n/lang";
import { trainerText } from "../i18n/trainerText";
import type { ModelConfig } from "../model";
import { MAX_LEARNING_RATE, MAX_SEED, TRANSLATOR_D_MODEL, type TranslatorSettings } from "./translator";

/** What the lab's controls hold: text as typed, the chosen heads, the ticked ablations. */
export interface TrainerFields {
  seed: string;
  lr: string;
  heads: string;
  ablations: NonNullable<ModelConfig["ablations"]>;
}

/** Settings, or a message per field that is wrong, each naming what was typed and what to type. */
export type ParsedTrainerSettings = { settings: TranslatorSettings; errors?: undefined } | { settings?: undefined; errors: Partial<Record<"seed" | "lr" | "heads", string>> };

/** Reads the lab's fields as a run's settings, with the same limits createTranslator enforces; the messages are in the reader's `lang`. */
export function parseTrainerSettings(fields: TrainerFields, lang: Lang): ParsedTrainerSettings {
  const text = trainerText[lang];
  const errors: Partial<Record<"seed" | "lr" | "heads", string>> = {};
  const seedText = fields.seed.trim();
  const seed = /^\d+$/.test(seedText) ? Number(seedText) : NaN;
  if (!(Number.isSafeInteger(seed) && seed <= MAX_SEED)) {
    errors.seed = text.badSeed(fields.seed, MAX_SEED);
  }
  const lrText = fields.lr.trim();
  const lr = /^(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(lrText) ? Number(lrText) : NaN;
  if (Number.isNaN(lr)) errors.lr = text.lrNotNumber(fields.lr);
  else if (!(lr > 0 && lr <= MAX_LEARNING_RATE)) errors.lr = text.lrOutOfRange(lrText, MAX_LEARNING_RATE);
  const heads = Number(fields.heads);
  if (!(Number.isInteger(heads) && heads >= 1 && TRANSLATOR_D_MODEL % heads === 0)) {
    errors.heads = text.badHeads(fields.heads, TRANSLATOR_D_MODEL);
  }
  if (Object.keys(errors).length > 0) return { errors };
  const ticked = Object.fromEntries(Object.entries(fields.ablations).filter(([, on]) => on));
  return { settings: { seed, lr, heads, ...(Object.keys(ticked).length > 0 ? { ablations: ticked } : {}) } };
}
