import type { Lang } from "../../src/i18n/lang";
import type { notebookRunText } from "../../src/i18n/notebookRunText";

export type RunText = (typeof notebookRunText)[Lang];
let runText: Promise<typeof notebookRunText> | undefined;
/** What runs say, in `lang`: loaded with the first run or check, not with the page (its budget). */
export async function loadRunText(lang: Lang): Promise<RunText> {
  runText ??= import("../../src/i18n/notebookRunText").then((m) => m.notebookRunText);
  return (await runText)[lang];
}
