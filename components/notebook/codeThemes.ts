/**
 * Shiki themes for cell and exercise code: GitHub's high-contrast pair, because the default
 * github-dark greys (comments) fall below 4.5:1 contrast. notebook.css switches to the dark one
 * when the reader prefers a dark scheme.
 */
export const codeThemes = { light: "github-light-high-contrast", dark: "github-dark-high-contrast" } as const;
