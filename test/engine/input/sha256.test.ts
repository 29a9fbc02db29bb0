import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sha256 } from '../../../src/engine/input/sha256.ts';

// Known answers from FIPS 180-4 examples, plus lengths around the 55/56/64-byte padding edges.
test('sha256 known answers', () => {
  assert.equal(sha256(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(sha256('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
});

test('sha256 agrees with node:crypto at the padding edges and on non-ASCII text', async () => {
  const { createHash } = await import('node:crypto');
  for (const s of ['a'.repeat(55), 'a'.repeat(56), 'a'.repeat(63), 'a'.repeat(64), 'a'.repeat(1000), 'Zürich “quotes” 日本']) {
    assert.equal(sha256(s), createHash('sha256').update(s).digest('hex'));
  }
});
