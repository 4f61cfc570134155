import { describe, expect, it } from "vitest";
import { precacheList } from "../../../src/site/precacheList";

describe("precacheList", () => {
  it("precacheList(worker) reads each url with its revision, null for a content-hashed name", () => {
    const worker = `(function(){Pe([{"revision":"00571339c245df2ee38ede6359efe3ca","url":"/c/index.html"},{"revision":null,"url":"/c/_astro/a.B1.js"}],{ignoreURLParametersMatching:[/./]})})();`;
    expect(precacheList(worker)).toEqual(
      new Map([
        ["/c/index.html", "00571339c245df2ee38ede6359efe3ca"],
        ["/c/_astro/a.B1.js", null],
      ]),
    );
  });

  it("precacheList(worker) throws for a worker without a precache list", () => {
    expect(() => precacheList(`self.addEventListener("install",()=>self.skipWaiting())`)).toThrow(/no \{revision, url\} entries/);
  });
});
