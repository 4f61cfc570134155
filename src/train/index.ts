// The synthetic translation task and the training loop of the lab: pure TypeScript, no DOM,
// the same in Node (tests, benchmarks, the checkpoint) and in the lab's Web Worker.
export * from "./translationVocabulary";
export * from "./translationGrammar";
export * from "./translationDataset";
export * from "./pairsToBatch";
export * from "./alignmentErrorRate";
export * from "./translator";
export * from "./sentenceWords";
export * from "./translateSteps";
export * from "./crossAttentionMaps";
export * from "./labDataset";
export * from "./labRun";
export * from "./float64Base64";
export * from "./labCheckpoint";
export * from "./ablationRuns";
export * from "./parseTrainerSettings";
export * from "./headFocus";
export * from "./futureTokenEffect";
export * from "./paddingLossEffect";
export * from "./trainerProtocol";
export * from "./sameWordSentences";
