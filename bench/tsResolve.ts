// Lets plain Node 22 (type stripping) run the benchmarks: the core imports its
// siblings without an extension ("./matrix"), as Vite and TypeScript allow, so
// this hook tries "<specifier>.ts" and "<specifier>/index.ts" when Node's own
// resolution finds nothing. Used as `node --import ./bench/tsResolve.ts bench/x.ts`.
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith("./") || specifier.startsWith("../");
      const code = (error as { code?: string }).code;
      if (!relative || (code !== "ERR_MODULE_NOT_FOUND" && code !== "ERR_UNSUPPORTED_DIR_IMPORT")) throw error;
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          return nextResolve(candidate, context);
        } catch {
          // try the next candidate
        }
      }
      throw error;
    }
  },
});
