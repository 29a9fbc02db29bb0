import type { Message } from '../../model/index.ts';
import { MESSAGES, type MessageCode } from '../messages.ts';
import { utf8Length } from './utf8.ts';

export { utf8Length };

export interface Decoded { raw: string; byteLength: number; messages: Message[]; fatal: boolean }

const msg = (code: MessageCode, message: string): Message =>
  ({ code, severity: MESSAGES[code].severity, message, stage: 'input' });

/** Share of NUL bytes in the first 8 KB: text has none, binary formats have many. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul > 0;
}

/**
 * Bytes or string in, text out, never thrown: a BOM picks UTF-16 or UTF-8, invalid UTF-8 is
 * replaced and reported, and the size limit is checked before any decoding work.
 */
export function decodeInput(input: string | Uint8Array, maxBytes: number): Decoded {
  const byteLength = typeof input === 'string' ? utf8Length(input) : input.length;
  const messages: Message[] = [];
  const fail = (code: MessageCode, text: string): Decoded => ({ raw: '', byteLength, messages: [msg(code, text)], fatal: true });
  if (byteLength === 0) return fail('input/empty', 'the input is empty (0 bytes); expected the text of an article');
  if (byteLength > maxBytes) {
    return fail('input/too-large', `the input is ${byteLength} bytes, over the limit of ${maxBytes} bytes; raise maxBytes (CLI --max-bytes) to accept it`);
  }
  if (typeof input === 'string') return { raw: input, byteLength, messages, fatal: false };

  const b = input;
  let raw: string;
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    const le = b[0] === 0xff;
    raw = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(b.subarray(2));
    messages.push(msg('input/utf16', `decoded as UTF-16 ${le ? 'little' : 'big'}-endian from its byte-order mark`));
    return { raw, byteLength, messages, fatal: false };
  }
  if (looksBinary(b)) return fail('input/binary', 'the input holds NUL bytes, so it is binary data, not text; expected UTF-8 or UTF-16 text');
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    raw = new TextDecoder('utf-8', { ignoreBOM: false }).decode(b);
    let bad = 0;
    for (let i = raw.indexOf('\uFFFD'); i !== -1; i = raw.indexOf('\uFFFD', i + 1)) bad++;
    if (bad > Math.max(16, raw.length * 0.1)) {
      return fail('input/binary', `${bad} of ${raw.length} characters are not valid UTF-8, so this is not text in a known encoding`);
    }
    messages.push(msg('input/invalid-utf8', `${bad} byte sequence(s) were not valid UTF-8 and were replaced with U+FFFD`));
  }
  return { raw, byteLength, messages, fatal: false };
}
