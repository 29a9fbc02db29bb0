import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineStage, createPipeline, runPipeline, runPipelineBatch, PipelineError, FULL } from '../src/index.ts';
import type { Message } from '../src/index.ts';

const upper = defineStage({ name: 'upper', reads: ['raw'], writes: ['text'], run: (d) => ({ text: d.raw.toUpperCase() }) });
const count = defineStage({ name: 'count', reads: ['text'], writes: ['sentences'], run: (d) => ({ sentences: [{ start: 0, end: d.text.length, text: d.text }] }) });

test('a pipeline whose stage reads a layer no earlier stage writes throws when built', () => {
  assert.throws(() => createPipeline([count, upper]), (e: unknown) =>
    e instanceof PipelineError && e.code === 'pipeline/missing-layer' && /"count" reads "text"/.test(e.message));
});

test('a well-ordered pipeline builds and runs its stages in order', () => {
  const p = createPipeline([upper, count]);
  const out = runPipeline(p, { raw: 'abc' }, {}, []);
  assert.equal(out.text, 'ABC');
  assert.equal(out.sentences![0].text, 'ABC');
});

test('a stage that returns layers it did not declare fails at once', () => {
  const liar = defineStage({ name: 'liar', reads: ['raw'], writes: ['text'], run: (d) => ({ text: d.raw, sentences: [] }) as never });
  assert.throws(() => runPipeline(createPipeline([liar]), { raw: 'x' }, {}, []), /pipeline\/bad-writes.*"liar"/);
  const lazy = defineStage({ name: 'lazy', reads: ['raw'], writes: ['text', 'tokens'], run: (d) => ({ text: d.raw }) as never });
  assert.throws(() => runPipeline(createPipeline([lazy]), { raw: 'x' }, {}, []), /pipeline\/bad-writes/);
});

test('a fatal message stops the pipeline: no downstream layers', () => {
  const gate = defineStage({ name: 'gate', reads: ['text'], writes: [], run: (_d, ctx) => { ctx.report('input/not-article', 'no'); return {}; } });
  const messages: Message[] = [];
  const out = runPipeline(createPipeline([upper, gate, count]), { raw: 'abc' }, {}, messages);
  assert.equal(out.sentences, undefined);
  assert.deepEqual(messages.map((m) => [m.code, m.stage, m.severity]), [['input/not-article', 'gate', 'fatal']]);
});

test('a batch runs stage by stage, each document with its own options, messages and fatal stop', () => {
  const order: string[] = [];
  const first = defineStage({ name: 'first', reads: ['raw'], writes: ['text'], run: (d, ctx) => {
    order.push(`first:${d.raw}`);
    if (d.raw === 'bad') ctx.report('input/not-article', 'no');
    return { text: `${d.raw}@${ctx.options.referenceTime}` };
  } });
  const second = defineStage({ name: 'second', reads: ['text'], writes: ['sentences'], run: (d) => {
    order.push(`second:${d.text}`);
    return { sentences: [{ start: 0, end: d.text.length, text: d.text }] };
  } });
  const runs = ['a', 'bad', 'c'].map((raw, i) => ({ initial: { raw }, options: { referenceTime: `t${i}` }, messages: [] as Message[] }));
  const out = runPipelineBatch(createPipeline([first, second]), runs);
  assert.deepEqual(order, ['first:a', 'first:bad', 'first:c', 'second:a@t0', 'second:c@t2']);
  assert.deepEqual(out.map((d) => d.text), ['a@t0', 'bad@t1', 'c@t2']);
  assert.equal(out[1].sentences, undefined);
  assert.deepEqual(runs.map((r) => r.messages.map((m) => `${m.stage}:${m.code}`)), [[], ['first:input/not-article'], []]);
});

test('the full preset builds, and every stage has a unique name', () => {
  assert.doesNotThrow(() => createPipeline(FULL));
  assert.equal(new Set(FULL.map((s) => s.name)).size, FULL.length);
});
