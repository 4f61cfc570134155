/**
 * A media query list as it evaluates while printing, for a screen that stands in for paper:
 * `print` becomes `all` and `screen` becomes `not all`, alone or before `and`; queries on features
 * (colour scheme, width) are left as they are. Used by the course document to lay itself out with
 * its print styles and measure its pages (components/islands/coursePages.ts).
 */
export function printMediaText(mediaText: string): string {
  return mediaText
    .split(",")
    .map((query) => {
      const q = query.trim();
      const printed = q.match(/^(?:only\s+)?print(?:\s+and\s+(.+))?$/i);
      if (printed) return printed[1] ?? "all";
      if (/^(?:only\s+)?screen(?:\s+and\s+.+)?$/i.test(q)) return "not all";
      if (/^not\s+print$/i.test(q)) return "not all";
      if (/^not\s+screen$/i.test(q)) return "all";
      return q;
    })
    .join(", ");
}
