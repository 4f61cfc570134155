/** A node of the tree an MDX module's default export returns (astro/jsx-runtime's vnodes). */
interface VNode {
  type: unknown;
  props: Record<string, unknown>;
}

const isVNode = (value: unknown): value is VNode => typeof value === "object" && value !== null && "type" in value && typeof (value as VNode).props === "object" && (value as VNode).props !== null;

/** Every element whose type `is` accepts, in document order, looking through children and named slots. */
function elementsOf(tree: unknown, is: (type: unknown) => boolean): VNode[] {
  const found: VNode[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isVNode(node)) return;
    if (is(node.type)) found.push(node);
    for (const value of Object.values(node.props)) if (typeof value === "object" && value !== null) walk(value);
  };
  walk(tree);
  return found;
}

/**
 * The props of every element whose type `is` accepts in an MDX content tree, in document order.
 * Calling an MDX module's default export builds this tree without rendering any component, so the
 * build reads a lesson's exercises (their check code included, however the MDX computed it)
 * without running its figures and cells.
 */
export function propsOfComponent(tree: unknown, is: (type: unknown) => boolean): Record<string, unknown>[] {
  return elementsOf(tree, is).map((node) => node.props);
}

/**
 * Gives every element whose type `is` accepts the props `extra`, in place, and returns the tree: for
 * a tree built to be rendered once (the course document renders each lesson's tree with its cells
 * told which lesson they belong to).
 */
export function addProps<T>(tree: T, is: (type: unknown) => boolean, extra: Record<string, unknown>): T {
  for (const node of elementsOf(tree, is)) Object.assign(node.props, extra);
  return tree;
}

/** A predicate for the functions above: the Astro component compiled from the file ending in `path`. */
export function astroComponentAt(path: string): (type: unknown) => boolean {
  return (type) => {
    const moduleId: unknown = typeof type === "function" ? (type as { moduleId?: unknown }).moduleId : undefined;
    return typeof moduleId === "string" && moduleId.endsWith(path);
  };
}
