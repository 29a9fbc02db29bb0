import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = path.join(root, 'bin', 'newsgraph.js');
const fixtures = path.join(root, 'test', 'fixtures');
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l));

test('extract prints one JSON record per file, in input order, with source.uri', () => {
  const a = path.join(fixtures, 'wire-dateline.txt'), b = path.join(fixtures, 'caps-byline.txt');
  const r = cli(['extract', b, a]);
  assert.equal(r.status, 0, r.stderr);
  const recs = lines(r.stdout);
  assert.deepEqual(recs.map((x) => x.source.uri), [b, a]);
  assert.equal(recs[0].schema, 'newsgraph/article@1');
  assert.deepEqual(recs[0].metadata.authors.map((x: { value: string }) => x.value), ['Juan Carlos de la Cruz', 'Mary McDonald']);
});

test('a directory gives every file in it, sorted; - reads stdin', () => {
  const r = cli(['extract', fixtures]);
  assert.equal(r.status, 0, r.stderr);
  const uris = lines(r.stdout).map((x) => path.basename(x.source.uri));
  assert.deepEqual(uris, [...uris].sort());
  assert.ok(uris.length >= 3);
  const s = cli(['extract', '-'], 'The board met on Monday. It voted to close the plant.');
  assert.equal(s.status, 0);
  assert.equal(lines(s.stdout)[0].source.uri, '-');
  assert.equal(lines(s.stdout)[0].sentences.length, 2);
});

test('exit 1 and a coded message on stderr when an input is unusable; the other records still print', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ng-'));
  fs.writeFileSync(path.join(dir, 'a-empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'b-ok.txt'), 'The board met on Monday. It voted to close the plant.');
  const r = cli(['extract', dir]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /a-empty\.txt: input\/empty:/);
  assert.equal(lines(r.stdout).length, 2);
  const missing = cli(['extract', path.join(dir, 'nope.txt')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cli\/not-found/);
});

// A file that exists but cannot be read, even by root (reading it fails with EIO).
const unreadable = '/proc/self/mem';
test('many files go through in batches: records stay in input order, an unreadable file keeps its place', { skip: !fs.existsSync(unreadable) && 'no /proc' }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ng-'));
  const files = Array.from({ length: 40 }, (_, i) => path.join(dir, `f${String(i).padStart(2, '0')}.txt`));
  files.forEach((f, i) => fs.writeFileSync(f, `Report number ${i} was filed by the council on Monday.`));
  const r = cli(['extract', ...files.slice(0, 35), unreadable, ...files.slice(35)]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cli\/unreadable: cannot read \/proc\/self\/mem/);
  const recs = lines(r.stdout);
  assert.deepEqual(recs.map((x) => x.source.uri), files);
  recs.forEach((x, i) => assert.equal(x.text, `Report number ${i} was filed by the council on Monday.`));
});

test('exit 2 on usage errors', () => {
  assert.equal(cli(['extract', '--format', 'pdf', 'x']).status, 2);
  assert.equal(cli(['extract', '--reference-time', 'yesterday', 'x']).status, 2);
  assert.equal(cli(['extract']).status, 2);
  assert.equal(cli(['frobnicate']).status, 2);
});

test('--reference-time and --max-bytes reach the engine', () => {
  const r = cli(['extract', '--max-bytes', '10', '-'], 'The board met on Monday.');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /input\/too-large/);
  const ok = cli(['extract', '--reference-time', '2020-05-01', '-'], 'The board met on Monday.');
  assert.ok(!lines(ok.stdout)[0].messages.some((m: { code: string }) => m.code === 'metadata/no-date'));
});

test('--pretty prints a plain summary when piped', () => {
  const r = cli(['extract', '--pretty', path.join(fixtures, 'wire-dateline.txt')]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /by\s+Lena Marchetti, Tomas O'Reilly/);
  assert.match(r.stdout, /published\s+2024-03-12T16:15:00-04:00/);
  assert.ok(!r.stdout.includes('\x1b['), 'no colour codes when piped');
});

test('schema prints the JSON Schema of the record', () => {
  const r = cli(['schema']);
  assert.equal(r.status, 0);
  const schema = JSON.parse(r.stdout);
  assert.ok(schema.properties.metadata && schema.properties.messages);
  assert.ok(schema.required.includes('schema'));
});

// A Node without type stripping (the system's Node 20 on many machines) hands over to the project's Node,
// or, told not to, exits 2 with what to do instead of a stack trace from the first `.ts` import.
const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => fs.existsSync(p)
  && spawnSync(p, ['-e', 'process.exit(process.features.typescript ? 1 : 0)']).status === 0);
test('started by a Node that cannot run TypeScript, the CLI hands over to the project Node or says what to do', { skip: !oldNode && 'no Node without type stripping on this machine' }, () => {
  const r = spawnSync(oldNode!, [bin, 'extract', '-'], { input: 'The board met on Monday.', encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(lines(r.stdout)[0].sentences.length, 1);
  const s = spawnSync(oldNode!, [bin, 'extract', '-'], { input: 'x', encoding: 'utf8', env: { ...process.env, NEWSGRAPH_NO_HANDOVER: '1' } });
  assert.equal(s.status, 2);
  assert.match(s.stderr, /needs Node >= 22\.18.*npx newsgraph/s);
});
