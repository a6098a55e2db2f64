/**
 * Bytes of a dataset file to text, strictly: UTF-8 only, with a clear message for UTF-16 (with or
 * without a byte order mark) and the line and column of the first broken byte. A leading byte
 * order mark is kept, so that the parser can accept one and refuse a second. Pure TypeScript
 * (TextDecoder): the CLI and the app's worker share it.
 */
import { msg, type Message } from './message.ts';

export type Decoded =
  { ok: true; text: string } | { ok: false; line: number; column: number; message: Message };

/** "the file is UTF-16 (little-endian), not UTF-8: save it as UTF-8" */
export function utf16Message(byteOrder: 'little-endian' | 'big-endian'): Message {
  return msg(
    'validate-file-utf16',
    msg(
      byteOrder === 'little-endian' ? 'validate-utf16-little-endian' : 'validate-utf16-big-endian',
    ),
  );
}

function utf16(bytes: Uint8Array): 'little-endian' | 'big-endian' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian';
  // Without a byte order mark: ASCII characters with a NUL byte after (or before) each.
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  if (n < 2) return undefined;
  let little = true;
  let big = true;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (!(a !== 0 && a < 0x80 && b === 0)) little = false;
    if (!(a === 0 && b !== 0 && b < 0x80)) big = false;
  }
  return little ? 'little-endian' : big ? 'big-endian' : undefined;
}

export function decodeDataset(bytes: Uint8Array): Decoded {
  const wide = utf16(bytes);
  if (wide) {
    return {
      ok: false,
      line: 1,
      column: 1,
      message: utf16Message(wide),
    };
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
    };
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const before = text.slice(0, Math.max(0, bad));
    const line = before.split(/\r\n|\r|\n/).length;
    const column = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    return { ok: false, line, column, message: msg('validate-file-not-utf8') };
  }
}
