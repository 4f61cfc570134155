import { describe, expect, it } from "vitest";
import { Fragment, jsx } from "astro/jsx-runtime";
import { addProps, astroComponentAt, propsOfComponent } from "../../../src/site/mdxTree";

const Exercise = () => null;
const Callout = () => null;
const isExercise = (type: unknown) => type === Exercise;

describe("mdxTree", () => {
  it("propsOfComponent(tree, component) finds elements at the top, nested in other elements and in components' children, in document order", () => {
    const tree = jsx(Fragment, {
      children: [
        jsx("h2", { children: "Title" }),
        jsx(Exercise, { id: "first", check: "a" }),
        "\n",
        jsx("div", { children: jsx(Callout, { children: [jsx("p", { children: "x" }), jsx(Exercise, { id: "second", check: "b" })] }) }),
        jsx(Exercise, { id: "third", check: "c" }),
      ],
    });
    expect(propsOfComponent(tree, isExercise).map((p) => p.id)).toEqual(["first", "second", "third"]);
  });

  it("propsOfComponent(tree, component) looks inside named slots", () => {
    const tree = jsx(Callout, { children: [jsx("p", { children: "x" }), jsx(Exercise, { id: "slotted", slot: "aside" })] });
    expect(propsOfComponent(tree, isExercise).map((p) => p.id)).toEqual(["slotted"]);
  });

  it("propsOfComponent(tree, component) finds nothing in a tree without it, and ignores other components", () => {
    expect(propsOfComponent(jsx(Fragment, { children: [jsx(Callout, { id: "c" }), "text", null] }), isExercise)).toEqual([]);
    expect(propsOfComponent(null, isExercise)).toEqual([]);
  });

  it("addProps(tree, is, extra) gives every matching element the extra props, wherever it sits, and nothing else", () => {
    const tree = jsx(Fragment, { children: [jsx(Exercise, { id: "a" }), jsx("div", { children: jsx(Exercise, { id: "b" }) }), jsx(Callout, { id: "c" })] });
    expect(addProps(tree, isExercise, { lesson: "scores" })).toBe(tree);
    expect(propsOfComponent(tree, isExercise)).toEqual([{ id: "a", lesson: "scores" }, { id: "b", lesson: "scores" }]);
    expect(propsOfComponent(tree, (type) => type === Callout)).toEqual([{ id: "c" }]);
  });

  it("astroComponentAt(path) accepts the component compiled from a file ending in path, nothing else", () => {
    const compiled = Object.assign(() => null, { moduleId: "/site/components/Exercise.astro" });
    const other = Object.assign(() => null, { moduleId: "/site/components/MyExercise.astro.ts" });
    expect(astroComponentAt("/components/Exercise.astro")(compiled)).toBe(true);
    expect(astroComponentAt("/components/Exercise.astro")(other)).toBe(false);
    expect(astroComponentAt("/components/Exercise.astro")("section")).toBe(false);
    expect(astroComponentAt("/components/Exercise.astro")(() => null)).toBe(false);
  });
});
