import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { courseElementId, courseLessonHtml, type CourseLessonOptions } from "../../../src/site/courseLessonHtml";

const options: CourseLessonOptions = {
  lesson: "scores",
  pagePath: "/base/lessons/scores/",
  anchorOf: (path, hash) => (path === "/base/lessons/masking/" ? (hash ? `#masking--${hash}` : "#lesson-masking") : undefined),
};

/** The rewritten HTML as a document, to query. */
function rewrite(html: string, o: CourseLessonOptions = options): Document {
  return parseHTML(`<!doctype html><html><body>${courseLessonHtml(html, o)}</body></html>`).document as unknown as Document;
}

describe("courseLessonHtml", () => {
  it("courseLessonHtml(html, options) prefixes every id with the lesson and follows labels, ARIA references and # links", () => {
    const doc = rewrite(`<figure id="fig" aria-labelledby="fig-caption other"><figcaption id="fig-caption">C</figcaption></figure>
      <label for="x">X</label><input id="x"><a href="#fig">see</a><a href="#nowhere">gone</a>`);
    expect(doc.querySelector("figure")!.id).toBe("scores--fig");
    expect(doc.querySelector("figure")!.getAttribute("aria-labelledby")).toBe("scores--fig-caption other");
    expect(doc.querySelector("label")!.getAttribute("for")).toBe("scores--x");
    expect(doc.querySelectorAll("a")[0].getAttribute("href")).toBe("#scores--fig");
    expect(doc.querySelectorAll("a")[1].getAttribute("href")).toBe("#nowhere");
  });

  it("courseLessonHtml(html, options) follows SVG url(#id) references and <use href>", () => {
    const doc = rewrite(`<svg><defs><clipPath id="clip-1"><rect/></clipPath></defs><g clip-path="url(#clip-1)" style="mask: url('#clip-1')"></g><use href="#clip-1"/></svg>`);
    expect(doc.querySelector("clipPath")!.id).toBe("scores--clip-1");
    expect(doc.querySelector("g")!.getAttribute("clip-path")).toBe("url(#scores--clip-1)");
    expect(doc.querySelector("g")!.getAttribute("style")).toBe("mask: url('#scores--clip-1')");
    expect(doc.querySelector("use")!.getAttribute("href")).toBe("#scores--clip-1");
  });

  it("courseLessonHtml(html, options) resolves relative links against the lesson page and turns links to lessons into links in the document", () => {
    const doc = rewrite(`<a href="../../glossary/#s">g</a><a href="/base/lessons/masking/">m</a><a href="/base/lessons/masking/#padding">p</a><a href="https://pytorch.org/docs">ext</a><a href="mailto:a@b.c">mail</a>`);
    expect([...doc.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["/base/glossary/#s", "#lesson-masking", "#masking--padding", "https://pytorch.org/docs", "mailto:a@b.c"]);
  });

  it("courseLessonHtml(html, options) for a Chinese chapter sends the glossary link to the Chinese glossary and zh/lessons/ links into the document", () => {
    const zh: CourseLessonOptions = {
      lesson: "scores",
      pagePath: "/base/zh/lessons/scores/",
      anchorOf: (path, hash) => (path === "/base/zh/lessons/masking/" ? (hash ? `#masking--${hash}` : "#lesson-masking") : undefined),
    };
    const doc = rewrite(`<a href="../../glossary/#s">g</a><a href="/base/zh/lessons/masking/">m</a><a href="../masking/#padding">p</a><a href="/base/lessons/masking/">en</a>`, zh);
    expect([...doc.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["/base/zh/glossary/#s", "#lesson-masking", "#masking--padding", "/base/lessons/masking/"]);
  });

  it("courseLessonHtml(html, options) removes scripts, island data and controls, and shows every walkthrough stage", () => {
    const doc = rewrite(`<figure data-figure id="s"><div class="controls"><input id="s-dk"></div><div class="stepper-nav"><button>Next</button></div>
      <section data-stage="1"><h3>Stage 1</h3></section><section data-stage="2" hidden><h3>Stage 2</h3></section></figure>
      <section data-cell="c"><div data-cell-controls><button>Run</button></div><script type="application/json" data-cell-prepared>{}</script><div data-cell-output>out</div></section>
      <script type="module" src="/_astro/island.js"></script><noscript><style>x{}</style></noscript>`);
    expect(doc.querySelectorAll("script, noscript, input, button, .controls, .stepper-nav").length).toBe(0);
    expect(doc.querySelectorAll("section[data-stage]").length).toBe(2);
    expect(doc.querySelectorAll("section[data-stage][hidden]").length).toBe(0);
    expect(doc.querySelector("[data-cell-output]")!.textContent).toBe("out");
  });

  it("courseLessonHtml(html, options) gives two lessons with the same ids distinct ids", () => {
    const html = `<h2 id="summary">Summary</h2>`;
    const first = rewrite(html).querySelector("h2")!.id;
    const second = rewrite(html, { ...options, lesson: "masking" }).querySelector("h2")!.id;
    expect([first, second]).toEqual([courseElementId("scores", "summary"), courseElementId("masking", "summary")]);
    expect(first).not.toBe(second);
  });
});
