import { describe, expect, it } from "vitest";
import { matrix } from "../../../src/core";
import { checkModelParams, parameterShapes, zerosLike } from "../../../src/model";
import { tinyConfig, tinyParams } from "./tinyModel";

describe("zerosLike", () => {
  it("zerosLike(config) gives a zero matrix of every parameter's shape", () => {
    const config = tinyConfig();
    const zeros = zerosLike(config);
    const shapes = parameterShapes(config);
    expect([...zeros.keys()]).toEqual([...shapes.keys()]);
    for (const [name, [rows, cols]] of shapes) {
      const z = zeros.get(name)!;
      expect([z.rows, z.cols], name).toEqual([rows, cols]);
      expect(z.data.every((x) => x === 0), name).toBe(true);
    }
  });
  it("zerosLike(config) gives fresh arrays: writing one gradient leaves another call's alone", () => {
    const config = tinyConfig();
    const a = zerosLike(config);
    a.get("generator.b")!.data[0] = 1;
    expect(zerosLike(config).get("generator.b")!.data[0]).toBe(0);
  });
});

describe("checkModelParams", () => {
  it("checkModelParams(params, config) accepts every parameter at its shape", () => {
    const config = tinyConfig();
    expect(() => checkModelParams(tinyParams(config), config)).not.toThrow();
  });
  it("checkModelParams(params, config) refuses a missing parameter, naming it and its shape", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    params.delete("decoder.1.norm3.beta");
    expect(() => checkModelParams(params, config)).toThrow(/^model: the parameter decoder\.1\.norm3\.beta is missing; it must be 1x4$/);
  });
  it("checkModelParams(params, config) refuses a parameter of another shape, naming both shapes", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    params.set("generator.w", matrix(6, 4)); // PyTorch's [out, in], not ours [in, out]
    expect(() => checkModelParams(params, config)).toThrow(
      /^model: the parameter generator\.w is 6x4 but the config makes it 4x6$/,
    );
  });
  it("checkModelParams(params, config) refuses a parameter the config does not have, naming it", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    params.set("encoder.2.norm1.gamma", matrix(1, 4)); // a third encoder layer, but the config has two
    expect(() => checkModelParams(params, config)).toThrow(/^model: encoder\.2\.norm1\.gamma is not a parameter of this model$/);
  });
});
