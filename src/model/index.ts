export * from './span.ts';
export * from './metadata.ts';
export * from './layers.ts';
export * from './article.ts';
