// UTF-8 bytes of a string into one reused scratch buffer, so hashing and measuring allocate nothing.
const encoder = new TextEncoder();

/** Scratch buffers above this size are not kept between calls. */
const KEEP_BYTES = 1 << 22;
let scratch = new Uint8Array(1 << 16);
/** The string whose bytes scratch holds (measuring then hashing the same input encodes it once). */
let encoded: string | null = null;
let encodedLength = 0;

/**
 * The UTF-8 bytes of s in a buffer with at least `spare` free bytes after them: bytes[0, length).
 * The buffer is reused by the next call; callers may write after `length` but not before it.
 * Lone surrogates become U+FFFD, as TextEncoder.encode writes them.
 */
export function encodeUtf8(s: string, spare = 0): { bytes: Uint8Array; length: number } {
  if (s === encoded && encodedLength + spare <= scratch.length) return { bytes: scratch, length: encodedLength };
  // Each UTF-16 code unit takes at most 3 bytes.
  const need = s.length * 3 + spare;
  let buf = scratch;
  if (buf.length < need) {
    buf = new Uint8Array(Math.max(need, buf.length * 2));
    if (buf.length > KEEP_BYTES) return { bytes: buf, length: encoder.encodeInto(s, buf).written };
    scratch = buf;
  }
  encoded = s;
  encodedLength = encoder.encodeInto(s, buf).written;
  return { bytes: buf, length: encodedLength };
}

/** String.prototype.isWellFormed is ES2024; the project's lib is ES2023. */
type WellFormedCheck = string & { isWellFormed(): boolean };

/** UTF-8 length of a string without allocating its bytes; a lone high surrogate counts 4 and takes the next unit with it. */
export function utf8Length(s: string): number {
  // Well-formed text has no lone surrogates, so the encoder's count is the same; it is native and fast.
  if (s.length * 3 <= KEEP_BYTES && (s as WellFormedCheck).isWellFormed()) return encodeUtf8(s).length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
