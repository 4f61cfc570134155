/** The site's name and one-line description: the page titles, the default meta description and the installed app's manifest. */
export const siteIdentity = {
  title: "Cross-Attention, Cell by Cell",
  /** Under an installed app's icon, where the full title would be cut. */
  shortName: "Cross-Attention",
  description: "An interactive, notebook-style tutorial on cross-attention.",
  /** The favicon's background (public/favicon.svg): the installed app's title bar and splash. */
  themeColor: "#1f4e79",
} as const;
