import { parseHTML } from "linkedom";
import { RedrawScope } from "../../../src/plots/RedrawScope";
import { morphChildren } from "../../../src/site/morphChildren";

/** A page with one container, as an island has; `draw` runs inside the island's scope and is placed with morphChildren. */
export function island() {
  const { document } = parseHTML('<!doctype html><html><body><div id="plots"></div></body></html>');
  const container = document.getElementById("plots")!;
  const scope = new RedrawScope();
  const doc = document as unknown as Document;
  const draw = (build: (document: Document) => Node[]) => morphChildren(container, scope.run(() => build(doc)));
  return { container, scope, doc, draw };
}

/** What the container shows, less the stamp a drawing repainted in place carries (see heatmap's repaint). */
export const shown = (container: Element) => container.innerHTML.replace(/ data-painted="\d+"/g, "");

