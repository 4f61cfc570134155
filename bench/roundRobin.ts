import * as tf from "@tensorflow/tfjs-core";
import { timeCall } from "./timeCall";

/** One thing to time: plain JavaScript, or a tfjs run on `backend` (made active before each call). */
export interface Contender {
  backend?: string;
  run: () => void;
}

/**
 * Times every contender once per round, `warmup` untimed rounds first, then `runs` timed ones.
 * Round robin, so a busy machine slows all of them alike and the ratios stay fair. Returns each
 * contender's wall and CPU times in ms, in the contenders' order.
 */
export async function roundRobin(contenders: readonly Contender[], warmup: number, runs: number): Promise<{ wall: number[]; cpu: number[] }[]> {
  const times = contenders.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let round = 0; round < warmup + runs; ++round) {
    for (const [i, contender] of contenders.entries()) {
      if (contender.backend) await tf.setBackend(contender.backend);
      const { wallMs, cpuMs } = timeCall(contender.run);
      if (round < warmup) continue;
      times[i].wall.push(wallMs);
      times[i].cpu.push(cpuMs);
    }
  }
  return times;
}
