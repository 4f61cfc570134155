// The synthetic translation task and the training loop of the lab: pure TypeScript, no DOM,
// the same in Node (tests, benchmarks, the checkpoint) and in the lab's Web Worker.
export * from "./translationVocabulary";
export * from "./translationGrammar";
export * from "./translationDataset";
export * from "./pairsToBatch";
export * from "./alignmentErrorRate";
export * from "./translator";
