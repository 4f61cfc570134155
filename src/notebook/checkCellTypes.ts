import ts from "typescript";

/** The declarations a cell is checked against, made at build time (src/site/cellTypeEnvironment.mjs). */
export interface CellTypeEnvironment {
  files: Record<string, string>;
  lib: string;
  globalNames: string[];
  typeNames: { name: string; params: string[] }[];
}

/** Cell code to check: `earlier` are the code of the notebook's earlier cells, whose names it may use. */
export interface TypeCheckRequest {
  code: string;
  earlier: string[];
}

/** One type error, at its place in the cell's own code (lines and columns from 1, `to` exclusive). */
export interface CellTypeError {
  line: number;
  column: number;
  from: number;
  to: number;
  message: string;
  /** A syntax error: the code cannot run at all (the runner reports it too). */
  syntax: boolean;
}

/**
 * Errors that are not errors in a cell: the cell's body runs as a function, so it may `return` its
 * value; and lessons write plain-JavaScript functions too (`function f(Q, K, V)`), so an untyped
 * parameter or variable (TypeScript's 7000-7099, "implicitly has an 'any' type") is allowed,
 * while a wrong type is not.
 */
const notAnError = (code: number) => code === 1108 || (code >= 7000 && code < 7100);

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  // `catch (error) { error.message }` is how lessons and readers write it.
  useUnknownInCatchVariables: false,
  noEmit: true,
  types: [],
  paths: { attention: ["/src/core/index.d.ts"] },
};

/** A name a cell declares at its top level, and what it is (a value, a type, or both). */
interface Declared {
  name: string;
  value: boolean;
  type: boolean;
  params: string[];
}

function bindingNames(name: ts.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) out.push(name.text);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name, out);
}

/** The top-level names of a cell, as the notebook shares them with later cells (plus its types). */
function declaredNames(file: ts.SourceFile): Declared[] {
  const out = new Map<string, Declared>();
  const add = (name: string, value: boolean, type: boolean, params: readonly ts.TypeParameterDeclaration[] = []) =>
    out.set(name, { name, value, type, params: params.map((p) => p.name.text) });
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      const names: string[] = [];
      for (const d of statement.declarationList.declarations) bindingNames(d.name, names);
      for (const name of names) add(name, true, false);
    } else if (ts.isFunctionDeclaration(statement) && statement.name) add(statement.name.text, true, false);
    else if ((ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name) add(statement.name.text, true, true, ts.isClassDeclaration(statement) ? statement.typeParameters : []);
    else if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && !out.get(statement.name.text)?.value) add(statement.name.text, false, true, statement.typeParameters);
    else if (ts.isImportDeclaration(statement) && statement.importClause && !statement.importClause.isTypeOnly) {
      const clause = statement.importClause;
      if (clause.name) add(clause.name.text, true, false);
      if (clause.namedBindings && ts.isNamespaceImport(clause.namedBindings)) add(clause.namedBindings.name.text, true, false);
      else if (clause.namedBindings) for (const s of clause.namedBindings.elements) if (!s.isTypeOnly) add(s.name.text, true, false);
    }
  }
  return [...out.values()];
}

const typeArgs = (params: string[]) => (params.length ? `<${params.join(", ")}>` : "");

/**
 * The declarations every checked cell sees: each cell global (unless an earlier cell declared the
 * same name, which the notebook then binds instead, as createRuntime does), each of the core's
 * types, and each earlier cell's top-level names read from that cell's module.
 */
function scopeText(env: CellTypeEnvironment, earlier: Declared[][]): string {
  const latest = new Map<string, { cell: number; declared: Declared }>();
  earlier.forEach((names, cell) => names.forEach((declared) => latest.set(declared.name, { cell, declared })));
  const lines = ['import type { CellGlobals } from "/src/notebook/cellGlobals";', 'import type * as core from "/src/core/index";'];
  earlier.forEach((_, cell) => lines.push(`import type * as cell${cell} from "/cells/cell${cell}";`));
  lines.push("declare global {");
  for (const name of env.globalNames) if (!latest.get(name)?.declared.value) lines.push(`  const ${name}: CellGlobals[${JSON.stringify(name)}];`);
  for (const { name, params } of env.typeNames) if (!latest.get(name)?.declared.type) lines.push(`  type ${name}${typeArgs(params)} = core.${name}${typeArgs(params)};`);
  for (const { cell, declared } of latest.values()) {
    if (declared.value) lines.push(`  const ${declared.name}: typeof cell${cell}.${declared.name};`);
    if (declared.type) lines.push(`  type ${declared.name}${typeArgs(declared.params)} = cell${cell}.${declared.name}${typeArgs(declared.params)};`);
  }
  lines.push("}", "export {};");
  return lines.join("\n");
}

/**
 * A type checker for cells: TypeScript's compiler over the cell (as a module, so its own names
 * shadow the globals), the declarations of the cell globals and the core, and the earlier cells.
 * The library and declaration files are parsed once and reused by every check.
 */
export function createCellTypeChecker(env: CellTypeEnvironment) {
  const cache = new Map<string, ts.SourceFile>();
  let previous: ts.Program | undefined;

  return {
    check(request: TypeCheckRequest): CellTypeError[] {
      const current: Record<string, string> = {};
      const earlierFiles = request.earlier.map((code) => ts.createSourceFile("/cells/earlier.ts", code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS));
      const earlierNames = earlierFiles.map(declaredNames);
      earlierNames.forEach((names, cell) => {
        current[`/cells/cell${cell}.ts`] = `${request.earlier[cell]}\n;export { ${names.map((d) => d.name).join(", ")} };\n`;
      });
      current["/cells/scope.d.ts"] = scopeText(env, earlierNames);
      // `export {}` makes the cell a module, so its own top-level names shadow the globals.
      current["/cells/current.ts"] = `${request.code}\n;export {};\n`;
      const text = (name: string) => current[name] ?? env.files[name];

      const host: ts.CompilerHost = {
        getSourceFile(name) {
          if (name in current) return ts.createSourceFile(name, current[name], ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
          const file = env.files[name];
          if (file === undefined) return undefined;
          let source = cache.get(name);
          if (!source) cache.set(name, (source = ts.createSourceFile(name, file, ts.ScriptTarget.ES2022)));
          return source;
        },
        getDefaultLibFileName: () => env.lib,
        getDefaultLibLocation: () => "/lib",
        writeFile: () => {},
        getCurrentDirectory: () => "/",
        getCanonicalFileName: (name) => name,
        useCaseSensitiveFileNames: () => true,
        getNewLine: () => "\n",
        fileExists: (name) => text(name) !== undefined,
        readFile: (name) => text(name),
        directoryExists: (dir) => [...Object.keys(env.files), ...Object.keys(current)].some((name) => name.startsWith(`${dir.replace(/\/$/, "")}/`)),
        getDirectories: () => [],
      };
      const roots = ["/worker-globals.d.ts", "/cells/scope.d.ts", ...Object.keys(current).filter((n) => n.startsWith("/cells/cell")), "/cells/current.ts"];
      const program = ts.createProgram({ rootNames: roots, options, host, oldProgram: previous });
      previous = program;
      const file = program.getSourceFile("/cells/current.ts")!;
      const syntax = new Set(program.getSyntacticDiagnostics(file));
      const diagnostics = [...syntax, ...program.getSemanticDiagnostics(file)];
      const lastOffset = request.code.length;
      return diagnostics
        .filter((d) => !notAnError(d.code) && d.start !== undefined && d.start <= lastOffset)
        .map((d) => {
          const start = d.start!;
          const { line, character } = file.getLineAndCharacterOfPosition(start);
          return {
            line: line + 1,
            column: character + 1,
            from: start,
            to: Math.min(lastOffset, start + (d.length ?? 0)),
            message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
            syntax: syntax.has(d as ts.DiagnosticWithLocation),
          };
        })
        .sort((a, b) => a.from - b.from);
    },
  };
}
