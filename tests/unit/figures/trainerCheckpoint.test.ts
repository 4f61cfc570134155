import { describe, expect, it } from "vitest";
import { checkpoint, checkpointView } from "../../../src/figures/trainerCheckpoint";
import { labDataset, labProbes, teacherForcedMaps } from "../../../src/train";

describe("trainerCheckpoint", () => {
  it("checkpointView() decodes the checkpoint once, with the lab's probes and each probe's teacher-forced maps", () => {
    const view = checkpointView();
    expect(checkpointView()).toBe(view);
    expect(view.probes).toEqual(labProbes(labDataset()));
    expect(view.model.settings).toEqual(checkpoint.settings);
    view.probes.forEach((pair, n) => expect(view.probeMaps[n]).toEqual(teacherForcedMaps(view.model, view.dataset, pair)));
  });

  it("the checkpoint's maps of the first probe are a learned alignment: its heads' mean beats the diagonal", () => {
    const view = checkpointView();
    const pair = view.probes[0];
    const diagonal = pair.alignment.filter((s, t) => s !== t).length / pair.alignment.length;
    expect(view.probeMaps[0].alignmentError).toBeLessThan(diagonal / 2);
  });
});
