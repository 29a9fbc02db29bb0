/** newsgraph: article text → the `newsgraph/article@1` record. */
export { process, processBatch, defineStage, createPipeline, runPipeline, runPipelineBatch, PipelineError, FULL, fullPipeline, MESSAGES, DEFAULT_MAX_BYTES } from './engine/index.ts';
export type { BatchItem, Stage, StageContext, Pipeline, PipelineRun, MessageCode, EngineOptions, Layers, LayerName, Token } from './engine/index.ts';
export * from './model/index.ts';
