import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { morphChildren } from "../../../src/site/morphChildren";

/** A container and a fresh set of nodes parsed from HTML, in one linkedom document. */
function setup(before: string, after: string) {
  const { document } = parseHTML(`<!doctype html><html><body><div id="c">${before}</div><template id="t">${after}</template></body></html>`);
  const container = document.getElementById("c")!;
  const next = Array.from((document.getElementById("t") as HTMLTemplateElement).content?.childNodes ?? document.getElementById("t")!.childNodes);
  return { container, next: next.map((n) => n.cloneNode(true)) };
}

describe("morphChildren", () => {
  it("morphChildren(container, next) leaves exactly the new markup", () => {
    const after = '<svg aria-label="b"><rect fill="red" aria-label="x: 2"><title>x: 2</title></rect><text>2</text></svg><p>new</p>';
    const { container, next } = setup('<svg aria-label="a" class="old"><rect fill="blue" aria-label="x: 1"><title>x: 1</title></rect><text>1</text></svg>', after);
    morphChildren(container, next);
    expect(container.innerHTML).toBe(after);
  });

  it("morphChildren(container, next) keeps the same element when only attributes and text change", () => {
    const { container, next } = setup('<svg><rect fill="blue"></rect></svg>', '<svg><rect fill="red"></rect></svg>');
    const rect = container.querySelector("rect");
    morphChildren(container, next);
    expect(container.querySelector("rect")).toBe(rect);
    expect(rect!.getAttribute("fill")).toBe("red");
  });

  it("morphChildren(container, next) replaces a node of another kind and removes what is left over", () => {
    const { container, next } = setup("<table></table><p>a</p><p>b</p>", "<svg></svg>");
    morphChildren(container, next);
    expect(container.childNodes.length).toBe(1);
    expect(container.firstChild).toBe(next[0]);
  });
});
