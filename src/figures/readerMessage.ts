import { attentionErrorText } from "../i18n/attentionErrorText";
import type { Lang } from "../i18n/lang";

/**
 * What a figure shows a reader for an error thrown while drawing, as a sentence in `lang`: the
 * core's message without its leading operation name (see attentionErrorText), ended as a sentence,
 * since another sentence often follows ("The figure still shows ...").
 */
export function readerMessage(error: unknown, lang: Lang): string {
  const text = attentionErrorText(error, lang);
  if (/[.!?。！？]$/.test(text)) return text;
  return lang === "zh" ? `${text}。` : `${text}.`;
}
