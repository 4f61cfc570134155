import type { OpReason } from "../core/errorMessages";
import { coreErrorText } from "./coreErrorText";
import type { Lang } from "./lang";

/**
 * A core error's whole message in `lang`, operation first, as a notebook cell shows it:
 * "attention: K is 4x4 but V is 5x3; ..." or "attention：K 是 4x4，但 V 是 5x3；...". In English it
 * is the AttentionError's own message. The operation is code, so it stays as it is.
 */
export function coreErrorMessage(reason: OpReason, lang: Lang): string {
  const text = coreErrorText[lang][reason.code](reason.params as never);
  return lang === "zh" ? `${reason.op}：${text}` : `${reason.op}: ${text}`;
}
