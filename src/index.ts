/** newsgraph: article text → the `newsgraph/article@1` record. */
export { process, defineStage, createPipeline, runPipeline, PipelineError, FULL, fullPipeline, MESSAGES, DEFAULT_MAX_BYTES } from './engine/index.ts';
export type { Stage, StageContext, Pipeline, MessageCode, EngineOptions, Layers, LayerName, Token } from './engine/index.ts';
export * from './model/index.ts';
