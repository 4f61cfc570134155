import { spawn } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "../../..");

/**
 * Runs `astro build --outDir <outDir>` with BASE_PATH=<base>, on the Node that runs the tests
 * (22, from the `node` devDependency). Resolves with the build's wall time in milliseconds;
 * rejects with the end of the build's output when it fails.
 */
export function buildSite(outDir: string, base: string): Promise<number> {
  const started = performance.now();
  // Vitest puts Vite's own variables (BASE_URL="/", MODE, VITEST...) into process.env; inherited,
  // they would override the build's base path, so the child gets the environment without them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|VITE_|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$|NODE_ENV$)/.test(name)),
  );
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir], {
      cwd: root,
      env: { ...env, BASE_PATH: base },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) done(performance.now() - started);
      else fail(new Error(`astro build with BASE_PATH=${base} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
