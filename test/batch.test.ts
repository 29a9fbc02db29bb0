import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { process as processOne, processBatch, type BatchItem } from '../src/index.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const texts = (dir: string) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ input: fs.readFileSync(path.join(root, dir, f)), options: { uri: `${dir}/${f}` } }));

test('processBatch gives each article exactly the record process gives it, whatever its neighbours', () => {
  const items: BatchItem[] = [
    ...texts('examples'), ...texts('test/fixtures'), ...texts('bench/corpus'),
    // unusable inputs in the middle of a batch: each keeps its own fatal message and stops alone
    { input: new Uint8Array([0x41, 0, 0, 0x42]) }, { input: '' }, { input: '<html><body>x</body></html>', options: { format: 'auto' } },
    { input: 'name,age,city\nann,3,x\nbob,4,y\ncy,5,z\n' }, { input: 'The talks ended on Monday.', options: { maxBytes: 8 } },
    { input: 'Officials met on Monday, the ministry said.', options: { referenceTime: '2020-02-03' } },
  ];
  assert.ok(items.length > 20);
  const alone = items.map((it) => JSON.stringify(processOne(it.input, it.options)));
  // forward in one batch, and backwards in batches of five (other neighbours, other batch edges)
  assert.deepEqual(processBatch(items).map((r) => JSON.stringify(r)), alone);
  const backwards = items.map((_, i) => items.length - 1 - i);
  for (let s = 0; s < backwards.length; s += 5) {
    const chunk = backwards.slice(s, s + 5);
    processBatch(chunk.map((i) => items[i])).forEach((r, k) => assert.equal(JSON.stringify(r), alone[chunk[k]], String(items[chunk[k]].options?.uri ?? chunk[k])));
  }
  assert.deepEqual(processBatch([]), []);
});
