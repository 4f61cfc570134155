import { siteText } from "../i18n/siteText";

/**
 * The site's name and one-line description for the installed app's manifest (English; each page's
 * title and description come from its edition's siteText).
 */
export const siteIdentity = {
  title: siteText.en.siteTitle,
  /** Under an installed app's icon, where the full title would be cut. */
  shortName: siteText.en.siteShortName,
  description: siteText.en.siteDescription,
  /** The favicon's background (public/favicon.svg): the installed app's title bar and splash. */
  themeColor: "#1f4e79",
} as const;
