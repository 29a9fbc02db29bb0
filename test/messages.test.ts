import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MESSAGES } from '../src/index.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

test('every message code is documented in the README', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const missing = Object.keys(MESSAGES).filter((code) => !readme.includes('`' + code + '`'));
  assert.deepEqual(missing, []);
});

test('every code reported in the engine source is in the catalogue', () => {
  const used = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) {
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/report\('([a-z-]+\/[a-z0-9-]+)'/g)) used.add(m[1]);
      }
    }
  };
  walk(path.join(root, 'src', 'engine'));
  assert.ok(used.size > 3);
  assert.deepEqual([...used].filter((c) => !(c in MESSAGES)), []);
});
