/** One setting a figure's file name shows: a control's name and its value. */
export type FigureSetting = readonly [name: string, value: string | number | boolean];

/** Longest slug of a text setting (a sentence typed into the sentence explorer). */
const maxTextLength = 24;
/** Longest name before the extension, well inside every file system's limit. */
const maxNameLength = 120;

/** Lower-case ASCII letters, digits, "." and single "-"; a leading minus sign is spelled out. */
function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents, split off by NFKD
    .replace(/^[−-](?=\d)/, "minus")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The name a downloaded figure is saved under: lesson, figure and settings joined by "_", so a
 * folder of exports sorts by lesson and says what each shows. A ticked box is its name, an unticked
 * one "no-" and its name; a text value is cut to 24 characters; a setting with nothing left after
 * cleaning is left out.
 *   figureFileName("why-scale", "why-scale-variance", [["dk", "64"], ["scaled", true]], "svg")
 *   -> "why-scale_why-scale-variance_dk-64_scaled.svg"
 */
export function figureFileName(lesson: string, figure: string, settings: readonly FigureSetting[], extension: string): string {
  const parts = [slug(lesson) || "course", slug(figure) || "figure"];
  for (const [name, value] of settings) {
    const key = slug(name);
    if (typeof value === "boolean") parts.push(value ? key : `no-${key}`);
    else {
      const shown = slug(String(value)).slice(0, maxTextLength).replace(/-+$/, "");
      if (shown !== "") parts.push(`${key}-${shown}`);
    }
  }
  return `${parts.join("_").slice(0, maxNameLength).replace(/[-_]+$/, "")}.${extension}`;
}
