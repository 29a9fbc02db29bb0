import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as api from '../src/index.ts';

// The public export list is a contract: a change here is a deliberate API change.
test('the package exports exactly its public API', () => {
  const names = Object.keys(api).sort();
  for (const n of ['process', 'defineStage', 'createPipeline', 'runPipeline', 'PipelineError', 'FULL', 'fullPipeline', 'MESSAGES',
    'DEFAULT_MAX_BYTES', 'Article', 'Entity', 'Quote', 'Timex', 'Event', 'Message', 'Metadata', 'Span', 'SCHEMA_ID', 'articleJsonSchema']) {
    assert.ok(names.includes(n), `missing export ${n}`);
  }
  assert.equal(typeof api.process, 'function');
});
