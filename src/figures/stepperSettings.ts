import { maxSeed } from "./parseSeed";
import { stepperText } from "../i18n/stepperText";
import type { Lang } from "../i18n/lang";

/**
 * The stepper's state as it lives in the URL (`?step=5&dk=64&heads=2&seed=3&mask=on`), so an
 * instructor can link to one stage with given settings. Parsing is strict: a value outside the
 * allowed set is dropped with a notice; the notice quotes it as plain text for the page to show
 * with textContent, never as HTML.
 */
export interface StepperSettings {
  /** 1-based stage number. */
  step: number;
  /** Width of each head's queries and keys. */
  dk: number;
  heads: number;
  seed: number;
  /** Whether the padded source keys are masked out. */
  mask: boolean;
}

export const dkChoices = [1, 2, 4, 8, 16, 32, 64] as const;
export const headChoices = [1, 2, 4, 8] as const;
/** d_model = heads x dk beyond this draws matrices too wide to read. */
export const maxDModel = 128;

export const defaultSettings: StepperSettings = { step: 1, dk: 4, heads: 2, seed: 11, mask: true };

/**
 * Keeps d_model = heads x d_k within what the figure draws. When the reader's change of one makes
 * the product too big, the other moves to the largest choice that fits, and the note (for beside
 * that other control) says why; every value either menu offers can then be chosen.
 */
export function settleStepperSettings(wanted: StepperSettings, changed: "dk" | "heads", lang: Lang): { settings: StepperSettings; note?: { control: "dk" | "heads"; message: string } } {
  if (wanted.dk * wanted.heads <= maxDModel) return { settings: wanted };
  const other = changed === "dk" ? "heads" : "dk";
  const choices: readonly number[] = other === "dk" ? dkChoices : headChoices;
  const fits = choices.filter((c) => c * wanted[changed] <= maxDModel);
  // Both menus start at 1 and each tops out at maxDModel / (the other's smallest), so one always fits.
  const value = fits[fits.length - 1];
  const text = stepperText[lang];
  return {
    settings: { ...wanted, [other]: value },
    note: {
      control: other,
      message: text.settled(other === "dk" ? text.dkLabel : text.headsLabel, value, wanted.heads, wanted.dk, wanted.heads * wanted.dk, maxDModel),
    },
  };
}

/** Quotes a URL value for a notice: shortened, so a long hostile string cannot flood the page. */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** Reads the stepper's keys from a query string; unknown keys belong to someone else and are left alone. */
export function parseStepperSettings(search: string, stageCount: number, lang: Lang): { settings: StepperSettings; notices: string[] } {
  const text = stepperText[lang];
  const params = new URLSearchParams(search);
  const settings = { ...defaultSettings };
  const notices: string[] = [];
  const integer = (key: string, ok: (n: number) => boolean, rule: string, set: (n: number) => void) => {
    const raw = params.get(key);
    if (raw === null) return;
    const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
    if (ok(n)) set(n);
    else notices.push(text.ignoredInLink(key, quote(raw), rule));
  };
  integer("step", (n) => n >= 1 && n <= stageCount, text.ruleWholeNumber(1, stageCount), (n) => (settings.step = n));
  integer("dk", (n) => (dkChoices as readonly number[]).includes(n), text.ruleOneOf(dkChoices), (n) => (settings.dk = n));
  integer("heads", (n) => (headChoices as readonly number[]).includes(n), text.ruleOneOf(headChoices), (n) => (settings.heads = n));
  integer("seed", (n) => Number.isInteger(n) && n <= maxSeed, text.ruleWholeNumber(0, maxSeed), (n) => (settings.seed = n));
  const mask = params.get("mask");
  if (mask === "on" || mask === "off") settings.mask = mask === "on";
  else if (mask !== null) notices.push(text.ignoredInLink("mask", quote(mask), text.ruleOnOff));
  if (settings.dk * settings.heads > maxDModel) {
    notices.push(text.ignoredTooWide(settings.dk, settings.heads, settings.dk * settings.heads, maxDModel));
    settings.dk = defaultSettings.dk;
    settings.heads = defaultSettings.heads;
  }
  return { settings, notices };
}

/** Writes the stepper's keys into a query string, keeping everyone else's keys. */
export function writeStepperSettings(search: string, settings: StepperSettings): string {
  const params = new URLSearchParams(search);
  params.set("step", String(settings.step));
  params.set("dk", String(settings.dk));
  params.set("heads", String(settings.heads));
  params.set("seed", String(settings.seed));
  params.set("mask", settings.mask ? "on" : "off");
  return `?${params}`;
}
