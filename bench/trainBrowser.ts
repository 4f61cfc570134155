// `npm run bench:trainer`: the training lab alone in headless Chromium (bench/trainerLabBench.ts
// says what it measures and prints). Build first; DIST_DIR for another build folder.
import { trainerLabBench, trainerLabSettings } from "./trainerLabBench";

await trainerLabBench(trainerLabSettings("bench:trainer"));
