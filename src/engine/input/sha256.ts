// SHA-256 (FIPS 180-4) over the UTF-8 bytes of a string, pure so the engine needs no node:crypto.
// The string is encoded into a reused scratch buffer and padded there; the 64-word schedule is
// module-level; every sum is truncated pairwise with |0 so the rounds stay in int32 arithmetic.
import { encodeUtf8 } from './utf8.ts';

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
/** Message schedule of the block being compressed. */
const W = new Int32Array(64);
/** Hash state. */
const H = new Int32Array(8);

/** Hex SHA-256 of a string's UTF-8 bytes, or of raw bytes. */
export function sha256(input: string | Uint8Array): string {
  let buf: Uint8Array, length: number;
  if (typeof input === 'string') {
    const enc = encodeUtf8(input, 72);
    buf = enc.bytes;
    length = enc.length;
  } else {
    length = input.length;
    buf = new Uint8Array(length + 72);
    buf.set(input);
  }
  const total = pad(buf, length);
  H[0] = 0x6a09e667; H[1] = 0xbb67ae85 | 0; H[2] = 0x3c6ef372; H[3] = 0xa54ff53a | 0;
  H[4] = 0x510e527f; H[5] = 0x9b05688c | 0; H[6] = 0x1f83d9ab; H[7] = 0x5be0cd19;
  for (let off = 0; off < total; off += 64) compress(buf, off);
  let hex = '';
  for (let i = 0; i < 8; i++) hex += (H[i] >>> 0).toString(16).padStart(8, '0');
  return hex;
}

/** Append the 0x80 byte, zeros and the 64-bit bit length after buf[0, length); returns the padded length. */
function pad(buf: Uint8Array, length: number): number {
  const total = ((length + 9 + 63) >> 6) << 6;
  buf[length] = 0x80;
  buf.fill(0, length + 1, total - 8);
  const bitLen = length * 8;
  const hi = Math.floor(bitLen / 0x100000000), lo = bitLen >>> 0;
  buf[total - 8] = hi >>> 24; buf[total - 7] = hi >>> 16; buf[total - 6] = hi >>> 8; buf[total - 5] = hi;
  buf[total - 4] = lo >>> 24; buf[total - 3] = lo >>> 16; buf[total - 2] = lo >>> 8; buf[total - 1] = lo;
  return total;
}

/** One 64-byte block at buf[off] into H. */
function compress(buf: Uint8Array, off: number): void {
  const w = W;
  let t1 = 0;
  for (let i = 0; i < 16; i++) {
    const o = off + (i << 2);
    w[i] = (buf[o] << 24) | (buf[o + 1] << 16) | (buf[o + 2] << 8) | buf[o + 3];
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15], y = w[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (((w[i - 16] + s0) | 0) + ((w[i - 7] + s1) | 0)) | 0;
  }
  let a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
  // Eight rounds per pass with the variables renamed instead of shifted: round r adds t1 into the
  // variable that plays "d" and writes the new "a" into the one that played "h". Written out by
  // hand: helper functions for Σ0, Σ1, Ch and Maj are not all inlined and cost half the speed.
  // t1 = h + Σ1(e) + Ch(e, f, g) + K[i] + W[i];  new a = t1 + Σ0(a) + Maj(a, b, c).
  for (let i = 0; i < 64; i += 8) {
    t1 = (((h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7)))) | 0) + ((((e & f) ^ (~e & g)) + ((K[i + 0] + w[i + 0]) | 0)) | 0)) | 0;
    d = (d + t1) | 0; h = (t1 + (((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0)) | 0;
    t1 = (((g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7)))) | 0) + ((((d & e) ^ (~d & f)) + ((K[i + 1] + w[i + 1]) | 0)) | 0)) | 0;
    c = (c + t1) | 0; g = (t1 + (((((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + ((h & a) ^ (h & b) ^ (a & b))) | 0)) | 0;
    t1 = (((f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7)))) | 0) + ((((c & d) ^ (~c & e)) + ((K[i + 2] + w[i + 2]) | 0)) | 0)) | 0;
    b = (b + t1) | 0; f = (t1 + (((((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + ((g & h) ^ (g & a) ^ (h & a))) | 0)) | 0;
    t1 = (((e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7)))) | 0) + ((((b & c) ^ (~b & d)) + ((K[i + 3] + w[i + 3]) | 0)) | 0)) | 0;
    a = (a + t1) | 0; e = (t1 + (((((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + ((f & g) ^ (f & h) ^ (g & h))) | 0)) | 0;
    t1 = (((d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7)))) | 0) + ((((a & b) ^ (~a & c)) + ((K[i + 4] + w[i + 4]) | 0)) | 0)) | 0;
    h = (h + t1) | 0; d = (t1 + (((((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + ((e & f) ^ (e & g) ^ (f & g))) | 0)) | 0;
    t1 = (((c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7)))) | 0) + ((((h & a) ^ (~h & b)) + ((K[i + 5] + w[i + 5]) | 0)) | 0)) | 0;
    g = (g + t1) | 0; c = (t1 + (((((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & e) ^ (d & f) ^ (e & f))) | 0)) | 0;
    t1 = (((b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7)))) | 0) + ((((g & h) ^ (~g & a)) + ((K[i + 6] + w[i + 6]) | 0)) | 0)) | 0;
    f = (f + t1) | 0; b = (t1 + (((((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) ^ (c & e) ^ (d & e))) | 0)) | 0;
    t1 = (((a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7)))) | 0) + ((((f & g) ^ (~f & h)) + ((K[i + 7] + w[i + 7]) | 0)) | 0)) | 0;
    e = (e + t1) | 0; a = (t1 + (((((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) ^ (b & d) ^ (c & d))) | 0)) | 0;
  }
  H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
  H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
}
