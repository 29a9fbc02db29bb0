export { process } from './process.ts';
export { defineStage, createPipeline, runPipeline, PipelineError } from './pipeline.ts';
export type { Stage, StageContext, Pipeline } from './pipeline.ts';
export { FULL, fullPipeline } from './presets.ts';
export { MESSAGES } from './messages.ts';
export type { MessageCode } from './messages.ts';
export type { EngineOptions } from './options.ts';
export { DEFAULT_MAX_BYTES } from './options.ts';
export type { Layers, LayerName, Token } from './layers.ts';
