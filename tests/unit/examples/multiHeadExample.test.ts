import { describe, expect, it } from "vitest";
import { createRandom, randomMatrix } from "../../../src/core";
import { multiHeadExample } from "../../../src/examples/multiHeadExample";

const values = (example: ReturnType<typeof multiHeadExample>) => ({
  query: Array.from(example.query.data),
  memory: Array.from(example.memory.data),
  wq: Array.from(example.params.wq.data),
  wo: Array.from(example.params.wo.data),
  bo: Array.from(example.params.bo!),
});

describe("multiHeadExample", () => {
  it("multiHeadExample({dModel, heads, seed}) draws the query first from the seed's stream, then the memory", () => {
    const rng = createRandom(5);
    const query = randomMatrix(rng, 5, 12);
    const example = multiHeadExample({ dModel: 12, heads: 3, seed: 5 });
    expect([example.query.rows, example.query.cols]).toEqual([example.target.length, 12]);
    expect(example.target.length).toBe(5);
    expect(Array.from(example.query.data)).toEqual(Array.from(query.data));
    expect(Array.from(example.memory.data)).toEqual(Array.from(randomMatrix(rng, example.source.length, 12).data));
  });

  it("multiHeadExample: another head count gives the same numbers with its own h; another seed, other numbers", () => {
    const two = multiHeadExample({ dModel: 16, heads: 2, seed: 9 });
    const eight = multiHeadExample({ dModel: 16, heads: 8, seed: 9 });
    expect(eight.params.heads).toBe(8);
    expect(values(eight)).toEqual(values(two));
    expect(values(multiHeadExample({ dModel: 16, heads: 2, seed: 10 })).wq).not.toEqual(values(two).wq);
    // Back to seed 9 after seed 10: the same numbers again.
    expect(values(multiHeadExample({ dModel: 16, heads: 4, seed: 9 }))).toEqual(values(two));
  });

  it("multiHeadExample: each call has its own arrays, so writing into one changes no other", () => {
    const first = multiHeadExample({ dModel: 8, heads: 2, seed: 1 });
    const before = values(multiHeadExample({ dModel: 8, heads: 2, seed: 1 }));
    first.query.data.fill(0);
    first.params.wq.data.fill(0);
    first.params.bo!.fill(0);
    expect(values(multiHeadExample({ dModel: 8, heads: 4, seed: 1 }))).toEqual(before);
  });
});
