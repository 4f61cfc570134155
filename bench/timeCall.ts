/**
 * Wall time and CPU time of one call, in ms. CPU time is this process's user + system time: on a
 * machine shared with other jobs it counts only our own work, so it varies far less than wall
 * time; it also counts the engine's helper threads (garbage collection, wasm compilation).
 */
export function timeCall(run: () => void): { wallMs: number; cpuMs: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  run();
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}
