/**
 * The ids of the <Exercise> components in a lesson's MDX source, in order, so the lesson list can
 * mark a lesson done when all of them are solved (read at build time, no rendering needed).
 */
export function exerciseIds(mdx: string): string[] {
  return [...mdx.matchAll(/<Exercise\b[\s\S]*?\bid=["']([\w-]+)["']/g)].map((m) => m[1]);
}
