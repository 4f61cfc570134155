import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { fillNowEvent, fillWhileOpen } from "../../../src/site/fillWhileOpen";

/** A "Show the numbers" panel as the figures have it, open or closed. */
function panel(open: boolean) {
  const { document, Event } = parseHTML(`<!doctype html><html><body><details${open ? " open" : ""}><summary>Show the numbers</summary><div id="n"><p>old</p></div></details></body></html>`);
  const container = document.getElementById("n") as unknown as HTMLElement;
  let builds = 0;
  const table = (text: string) => () => {
    builds++;
    const p = document.createElement("p");
    p.textContent = text;
    return [p];
  };
  return { document, Event, container, table, builds: () => builds };
}

describe("fillWhileOpen", () => {
  it("fillWhileOpen(container)(build) fills an open panel at once", () => {
    const { container, table, builds } = panel(true);
    fillWhileOpen(container)(table("new"));
    expect(container.innerHTML).toBe("<p>new</p>");
    expect(builds()).toBe(1);
  });

  it("fillWhileOpen(container)(build) builds nothing while the panel is closed, then the latest tables as the reader opens it", () => {
    const { document, Event, container, table, builds } = panel(false);
    const update = fillWhileOpen(container);
    update(table("seed 2"));
    update(table("seed 3"));
    expect(builds()).toBe(0);
    expect(container.innerHTML).toBe("<p>old</p>");
    document.querySelector("summary")!.dispatchEvent(new Event("click"));
    expect(container.innerHTML).toBe("<p>seed 3</p>");
    expect(builds()).toBe(1);
    // Already filled: opening (toggle) does not build again.
    document.querySelector("details")!.setAttribute("open", "");
    document.querySelector("details")!.dispatchEvent(new Event("toggle"));
    expect(builds()).toBe(1);
  });

  it("fillWhileOpen(container)(build) fills a closed panel on fillNowEvent, which leaves it closed", () => {
    const { document, Event, container, table, builds } = panel(false);
    const update = fillWhileOpen(container);
    update(table("dk 16"));
    const details = document.querySelector("details")!;
    details.dispatchEvent(new Event(fillNowEvent));
    expect(container.innerHTML).toBe("<p>dk 16</p>");
    expect(details.hasAttribute("open")).toBe(false);
    // Nothing pending any more: a second request builds nothing.
    details.dispatchEvent(new Event(fillNowEvent));
    expect(builds()).toBe(1);
  });
});
