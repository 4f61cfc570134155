import { editions, type Lang } from "../i18n/lang";

/**
 * A moment (ISO 8601) as a reader of edition `lang` writes it, date and time of day: the English
 * edition in the browser's own locale, the Chinese one in Chinese whatever the browser's locale.
 *   formatWhen("2026-11-24T09:00:00.000Z", "zh") -> "2026年11月24日 17:00" (in UTC+8)
 */
export function formatWhen(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === "en" ? undefined : editions[lang].tag, { dateStyle: "medium", timeStyle: "short" });
}
