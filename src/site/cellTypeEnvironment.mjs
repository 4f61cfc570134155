import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * What a cell sees besides JavaScript's own library, as declarations: the worker's timers and the
 * few other globals the cell worker offers. Kept small on purpose (lib.webworker is 450 KB and
 * declares a DOM-like world a cell does not have).
 */
const workerGlobals = `declare function setTimeout(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): number;
declare function clearTimeout(id: number | undefined): void;
declare function setInterval(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): number;
declare function clearInterval(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
declare const performance: { now(): number };
`;

/**
 * @typedef {object} CellTypeEnvironment
 * @property {Record<string, string>} files declaration files by absolute path: the TypeScript libraries under /lib/, the
 *   core's and the cell globals' declarations under /src/, and the worker's globals at /worker-globals.d.ts
 * @property {string} lib the library file to check against, e.g. "/lib/lib.es2022.d.ts"
 * @property {string[]} globalNames every property of CellGlobals: the names a cell uses without declaring them
 * @property {{ name: string; params: string[] }[]} typeNames the core's exported types (Matrix, Mask, ...), with their type parameters
 */

/** The files a library file pulls in through `/// <reference lib="..." />`, itself first. */
function libraryFiles(libDir, name, out = new Map()) {
  if (out.has(name)) return out;
  const text = readFileSync(path.join(libDir, name), "utf8");
  out.set(name, text);
  for (const m of text.matchAll(/\/\/\/\s*<reference\s+lib="([^"]+)"\s*\/>/g)) libraryFiles(libDir, `lib.${m[1].toLowerCase()}.d.ts`, out);
  return out;
}

/**
 * Declarations for type-checking cells in the browser, made at build time with the TypeScript
 * compiler from the sources themselves, so they cannot drift: the core and cellGlobals.ts are
 * emitted as .d.ts files, and the names of CellGlobals and the core's types are read from them.
 * @param {string} root the project folder
 * @returns {CellTypeEnvironment}
 */
export function cellTypeEnvironment(root) {
  const options = {
    declaration: true,
    emitDeclarationOnly: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
    lib: ["lib.es2022.d.ts"],
    rootDir: root,
    outDir: path.join(root, "__cell_types__"),
  };
  const host = ts.createCompilerHost(options);
  /** @type {Record<string, string>} */
  const files = {};
  host.writeFile = (name, text) => {
    files[`/${path.relative(options.outDir, name).split(path.sep).join("/")}`] = text;
  };
  const entry = path.join(root, "src/notebook/cellGlobals.ts");
  const program = ts.createProgram([entry], options, host);
  const emitted = program.emit(undefined, undefined, undefined, true);
  // Declaration emit reports what it cannot write; the sources' own types are `npm run typecheck`'s job.
  const errors = emitted.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) throw new Error(`cellTypeEnvironment: ${ts.flattenDiagnosticMessageText(errors[0].messageText, " ")}`);

  const checker = program.getTypeChecker();
  const globalsFile = program.getSourceFile(entry);
  const cellGlobals = checker.getExportsOfModule(checker.getSymbolAtLocation(globalsFile)).find((s) => s.name === "CellGlobals");
  if (!cellGlobals) throw new Error("cellTypeEnvironment: src/notebook/cellGlobals.ts exports no type CellGlobals");
  const globalNames = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(cellGlobals)).map((p) => p.name);

  const coreIndex = program.getSourceFile(path.join(root, "src/core/index.ts"));
  const typeNames = checker
    .getExportsOfModule(checker.getSymbolAtLocation(coreIndex))
    .map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s))
    .filter((s) => s.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class))
    .map((s) => {
      const declaration = s.declarations?.find((d) => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d) || ts.isClassDeclaration(d));
      return { name: s.name, params: (declaration?.typeParameters ?? []).map((p) => p.name.text) };
    });

  const libDir = path.dirname(ts.getDefaultLibFilePath(options));
  const lib = "lib.es2022.d.ts";
  for (const [name, text] of libraryFiles(libDir, lib)) files[`/lib/${name}`] = text;
  files["/worker-globals.d.ts"] = workerGlobals;
  return { files, lib: `/lib/${lib}`, globalNames, typeNames };
}
