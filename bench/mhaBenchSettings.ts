// The sizes both multi-head benchmarks (bench/mha.ts, bench/train.ts) run at, and where tfjs's wasm
// backend finds its .wasm in Node. BENCH_SIZES=128,256 and BENCH_RUNS=7 override the defaults.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";

export const D_MODEL = 256;
export const HEADS = 8;
export const SIZES = (process.env.BENCH_SIZES ?? "128,256,512").split(",").map(Number);
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);
export const WARMUP = 2;

/** Loads tfjs's .wasm from node_modules: a trailing slash makes the path a directory prefix, read with fs in Node. */
export function useWasmFromDisk(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  setWasmPaths(path.join(root, "node_modules/@tensorflow/tfjs-backend-wasm/dist/"));
}
