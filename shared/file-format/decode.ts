import { inMegabytes } from '../limits';
import { MAX_PLAN_FILE_BYTES } from './format';
import { fileMessage } from './messages';

export type DecodedPlanFile = { ok: true; text: string } | { ok: false; message: string };

/** The 1-based position of the first byte that is not valid UTF-8. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i + 1;
    for (let k = 1; k <= need; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i + 1;
    // Overlong forms, surrogates (ED A0–BF) and code points past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f))
      return i + 1;
    i += need + 1;
  }
  return bytes.length;
}

/** UTF-16 by its byte-order mark, or by the zero bytes ASCII text has in it (JSON starts with ASCII). */
function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 64);
  return head.length >= 4 && head.filter((b) => b === 0).length >= head.length / 4;
}

/**
 * A plan file's bytes as text, strictly: a file in UTF-16, Latin-1, GBK or anything but UTF-8 is
 * refused with a message saying so, never read with U+FFFD in place of what could not be decoded.
 * A UTF-8 byte-order mark is allowed (and dropped).
 */
export function decodePlanFileBytes(bytes: Uint8Array): DecodedPlanFile {
  if (bytes.length > MAX_PLAN_FILE_BYTES) return { ok: false, message: fileMessage('tooLarge', { max: inMegabytes(MAX_PLAN_FILE_BYTES) }) };
  if (looksUtf16(bytes)) return { ok: false, message: fileMessage('utf16') };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: fileMessage('notUtf8', { offset: firstInvalidByte(bytes) }) };
  }
}
