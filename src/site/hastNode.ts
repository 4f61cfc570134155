/** The parts of a hast (HTML syntax tree) node the site's rehype plugins read and write. */
export interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  value?: string;
  children?: HastNode[];
}
