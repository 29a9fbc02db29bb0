import { test } from 'node:test';
import assert from 'node:assert/strict';
import { process as run, Article } from '../src/index.ts';
import { codes, badSpans } from './helpers.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const ARTICLE = 'The minister said on Monday that talks would resume. "We are ready," she told reporters.\n\nOfficials in the capital declined to comment.';

function check(input: string | Uint8Array, opts = {}) {
  const a = run(input, opts);
  assert.ok(Article.safeParse(a).success, 'the record still validates');
  assert.deepEqual(badSpans(a), []);
  return a;
}

test('an empty file is fatal input/empty with no downstream layers', () => {
  const a = check(new Uint8Array(0));
  assert.deepEqual(codes(a), ['input/empty']);
  assert.equal(a.sentences, undefined);
});

test('whitespace and invisible characters only is fatal input/blank', () => {
  const a = check(enc(' \n\t\r\n \u00a0\u200b  \n'));
  assert.ok(codes(a).includes('input/blank'));
  assert.equal(a.sentences, undefined);
  assert.equal(a.messages.find((m) => m.code === 'input/blank')!.severity, 'fatal');
});

test('binary data is fatal input/binary', () => {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  assert.deepEqual(codes(check(bytes)), ['input/binary']);
});

test('invalid UTF-8 is decoded with replacement and reported, and the text is kept', () => {
  const good = enc(ARTICLE);
  const bytes = new Uint8Array([...good.slice(0, 20), 0xff, 0xfe, 0xc3, ...good.slice(20)]);
  const a = check(bytes);
  assert.ok(codes(a).includes('input/invalid-utf8'));
  assert.ok(a.text.includes('\uFFFD'));
  assert.ok(a.text.includes('declined to comment'));
  assert.ok(a.sentences!.length >= 3);
});

test('UTF-16 with a byte-order mark is decoded (both byte orders)', () => {
  const le = new Uint8Array(2 + ARTICLE.length * 2);
  le[0] = 0xff; le[1] = 0xfe;
  const be = new Uint8Array(le.length);
  be[0] = 0xfe; be[1] = 0xff;
  for (let i = 0; i < ARTICLE.length; i++) {
    const c = ARTICLE.charCodeAt(i);
    le[2 + i * 2] = c & 0xff; le[3 + i * 2] = c >> 8;
    be[2 + i * 2] = c >> 8; be[3 + i * 2] = c & 0xff;
  }
  for (const bytes of [le, be]) {
    const a = check(bytes);
    assert.equal(a.text, ARTICLE);
    assert.ok(codes(a).includes('input/utf16'));
  }
});

test('a 50 MB input is refused with input/too-large, and the limit is configurable', () => {
  const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
  const a = check(big);
  assert.deepEqual(codes(a), ['input/too-large']);
  assert.match(a.messages[0].message, /52428800 bytes.*limit/);
  const small = check(enc(ARTICLE), { maxBytes: 50 });
  assert.deepEqual(codes(small), ['input/too-large']);
  assert.ok(!codes(check(enc(ARTICLE), { maxBytes: 10_000 })).includes('input/too-large'));
});

test('a 1 MB line with no spaces is kept, reported, and does not hang', () => {
  const line = 'x'.repeat(1024 * 1024);
  const a = check(enc(`${ARTICLE}\n\n${line}\n\nThe end came quickly.`));
  assert.ok(codes(a).includes('input/long-line'));
  assert.ok(codes(a).includes('input/long-token'));
  assert.ok(a.text.includes(line));
  assert.ok(a.sentences!.some((s) => s.text === 'The end came quickly.'));
});

test('a CSV file is fatal input/not-article', () => {
  const csv = 'id,name,country,population\n' + Array.from({ length: 40 }, (_, i) => `${i},Town ${i},XY,${1000 + i * 17}`).join('\n');
  assert.deepEqual(codes(check(enc(csv))), ['input/not-article']);
});

test('source code is fatal input/not-article', () => {
  const code = Array.from({ length: 30 }, (_, i) => `function f${i}(a, b) {\n  const x = a[${i}] + b;\n  return x * ${i};\n}`).join('\n');
  assert.deepEqual(codes(check(enc(code))), ['input/not-article']);
});

test('JSON data is fatal input/not-article', () => {
  assert.deepEqual(codes(check(enc(JSON.stringify({ items: [1, 2, 3], name: 'x' })))), ['input/not-article']);
});

test('prose with many commas and a list is still an article', () => {
  const prose = [
    'The delegates from France, Germany, Italy and Spain met in Brussels, where talks ran late.',
    'Ministers, aides, and reporters waited outside, some for hours, as the session went on.',
    'Prices rose in March, April, and May, then fell, according to the agency.',
    'Officials said the deal, if signed, would take effect in June, July or August.',
  ].join('\n');
  const a = check(enc(prose));
  assert.ok(!a.messages.some((m) => m.severity === 'fatal'), JSON.stringify(a.messages));
});

test('control characters are dropped and reported', () => {
  const a = check(enc(`The vote\u0007 passed on Monday.\u0001 Turnout was high.`));
  assert.ok(codes(a).includes('input/control-chars'));
  assert.ok(!/[\u0000-\u0008]/.test(a.text));
});

test('HTML asks for plain text until the HTML reader exists, with a stable code', () => {
  const a = check(enc('<!doctype html><html><body><p>Hello</p></body></html>'), { format: 'auto' });
  assert.deepEqual(codes(a), ['input/unsupported-format']);
});
