import { cellTypeEnvironment } from "./cellTypeEnvironment.mjs";

const id = "virtual:cell-types";

/**
 * A Vite plugin serving `virtual:cell-types`: the declarations the browser's cell type checker
 * needs (see cellTypeEnvironment), made once per build from the sources.
 * @param {string} root the project folder
 * @returns {import("vite").Plugin}
 */
export function cellTypesPlugin(root) {
  /** @type {string | undefined} */
  let code;
  return {
    name: "cell-types",
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      code ??= `export default ${JSON.stringify(cellTypeEnvironment(root))};`;
      return code;
    },
  };
}
