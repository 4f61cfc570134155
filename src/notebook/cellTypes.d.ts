// The declarations cells are type-checked against, served at build time by src/site/cellTypesPlugin.mjs.
declare module "virtual:cell-types" {
  const environment: import("./checkCellTypes").CellTypeEnvironment;
  export default environment;
}
