// Checks the project's own annotated development set (eval/dev/) for internal consistency, so a
// typo in an annotation fails here rather than silently lowering the engine's scores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDevSet } from '../eval/lib-devset.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const devDir = path.join(root, 'eval', 'dev');
const docs = loadDevSet(root);

const ENTITY_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT']);
const QUOTE_KINDS = new Set(['direct', 'partial', 'mixed', 'indirect']);
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)$/;

test('the development set has at least 30 articles, each with its annotation file', () => {
  assert.ok(docs.length >= 30, `only ${docs.length} articles`);
  for (const f of fs.readdirSync(devDir).filter((f) => f.endsWith('.json'))) {
    assert.ok(fs.existsSync(path.join(devDir, f.slice(0, -5) + '.txt')), `${f} has no .txt`);
  }
});

test('texts are already normalized, so gold offsets equal engine offsets', () => {
  for (const d of docs) {
    assert.equal(d.text, d.text.normalize('NFC'), `${d.slug}: not NFC`);
    assert.ok(!/[\r\u00a0\u200b-\u200d\ufeff]/.test(d.text), `${d.slug}: CR, NBSP or zero-width character`);
  }
});

test('every article has a reference time with its UTC offset', () => {
  for (const d of docs) assert.match(d.referenceTime ?? '', ISO_WITH_OFFSET, d.slug);
});

test('every article has entities, each with a known type and at least one mention found', () => {
  for (const d of docs) {
    assert.ok(d.entities.length >= 1, `${d.slug}: no entities`);
    const names = d.entities.map((e) => e.name);
    assert.equal(new Set(names).size, names.length, `${d.slug}: duplicate entity name`);
    for (const e of d.entities) {
      assert.ok(ENTITY_TYPES.has(e.type), `${d.slug}: ${e.name} has type ${e.type}`);
      assert.ok(d.mentions.some((m) => m.entity === e.name), `${d.slug}: no mention of ${e.name} found`);
    }
    for (const m of d.mentions) assert.equal(d.text.slice(m.start, m.end), m.text);
  }
});

test('every quote is found in its text, has a known kind and a speaker that is an entity', () => {
  for (const d of docs) {
    const names = new Set(d.entities.map((e) => e.name));
    for (const q of d.quotes) {
      assert.ok(q.start >= 0 && d.text.slice(q.start, q.end) === q.text, `${d.slug}: quote not found: ${q.text.slice(0, 40)}`);
      assert.ok(QUOTE_KINDS.has(q.kind), `${d.slug}: kind ${q.kind}`);
      if (q.speaker !== null) assert.ok(names.has(q.speaker), `${d.slug}: speaker ${q.speaker} is not an entity`);
      else assert.ok(q.anonymous, `${d.slug}: null speaker but not anonymous: ${q.text.slice(0, 40)}`);
    }
  }
});

test('quote contents are unique within an article unless an occurrence is given', () => {
  for (const d of docs) {
    const spans = new Set(d.quotes.map((q) => `${q.start}:${q.end}`));
    assert.equal(spans.size, d.quotes.length, `${d.slug}: two quotes resolve to the same span`);
  }
});
