// npm run train:checkpoint: trains the lab's default run until its exact match reaches the target
// and writes src/train/checkpoint/default.json, then trains each ablation for ABLATION_STEPS and
// writes src/train/checkpoint/ablations.json. Both are what the lesson and the JS-off lab show;
// tests/unit/train/labCheckpoint.test.ts retrains the first and must get the same bits.
// `npm run train:checkpoint -- default` or `-- ablations` writes one of the two.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  ABLATIONS,
  ablationResult,
  ABLATION_STEPS,
  CHECKPOINT_TARGET,
  DEFAULT_TRANSLATOR_SETTINGS,
  labCheckpoint,
  labDataset,
  trainToTarget,
} from "../src/train";

const folder = resolve(import.meta.dirname, "../src/train/checkpoint");
const only = process.argv[2];
const dataset = labDataset();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

if (only === undefined || only === "default") {
  const started = performance.now();
  const lab = trainToTarget(DEFAULT_TRANSLATOR_SETTINGS, dataset, CHECKPOINT_TARGET);
  const checkpoint = labCheckpoint(lab, dataset, CHECKPOINT_TARGET);
  const file = resolve(folder, "default.json");
  const text = `${JSON.stringify(checkpoint, null, 1)}\n`;
  writeFileSync(file, text);
  console.log(
    `default: ${checkpoint.steps} steps in ${seconds(started)} s; validation exact match ${checkpoint.final.validation.exactMatch}, ` +
      `test ${checkpoint.final.test.exactMatch}; ${(text.length / 1024).toFixed(0)} KB -> ${file}`,
  );
}

if (only === undefined || only === "ablations") {
  const runs = ABLATIONS.map((ablation) => {
    const started = performance.now();
    const result = ablationResult(ablation, dataset);
    console.log(`${ablation.name}: ${ABLATION_STEPS} steps in ${seconds(started)} s; validation ${JSON.stringify(result.validation)}`);
    return result;
  });
  const file = resolve(folder, "ablations.json");
  writeFileSync(file, `${JSON.stringify({ dataset: dataset.spec, steps: ABLATION_STEPS, runs }, null, 1)}\n`);
  console.log(`-> ${file}`);
}
