import { describe, expect, it } from 'vitest';
import { refOf } from '../../../../shared/contracts/message-ref';
import { decodePlanFileBytes, MAX_PLAN_FILE_BYTES } from '../../../../shared/file-format';

const utf8 = (text: string) => new TextEncoder().encode(text);
const json = '{"format":"planwright-plan","name":"春季招生 café 🎓"}';

describe('a plan file’s bytes as text', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodePlanFileBytes(utf8(json))).toEqual({ ok: true, text: json });
    expect(decodePlanFileBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(json)]))).toEqual({ ok: true, text: json });
  });

  it('names UTF-16, with a byte-order mark or without (Notepad’s “Unicode”)', () => {
    const le = Buffer.from(`\ufeff${json}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    const bare = Buffer.from(json, 'utf16le');
    for (const bytes of [le, be, bare]) {
      const decoded = decodePlanFileBytes(bytes);
      expect(decoded).toEqual({ ok: false, message: 'the file is saved as UTF-16 text; plan files are UTF-8. Save it as UTF-8 and import it again' });
    }
  });

  it('names Latin-1 and GBK files as not UTF-8, with the first bad byte, instead of reading U+FFFD into the plan', () => {
    const latin1 = Buffer.from('{"name":"café"}', 'latin1');
    expect(decodePlanFileBytes(latin1)).toEqual({
      ok: false,
      message:
        'the file is not UTF-8 text (byte 13 is not valid UTF-8; it may be saved as Latin-1, Windows-1252 or GBK). Save it as UTF-8 and import it again',
    });
    // 计划 in GBK.
    const gbk = new Uint8Array([...utf8('{"name":"'), 0xbc, 0xc6, 0xbb, 0xae, ...utf8('"}')]);
    const decoded = decodePlanFileBytes(gbk);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(refOf(decoded.message)).toEqual({ key: 'planFiles.problems.notUtf8', params: { offset: 10 } });
    // A lone surrogate encoded as bytes (CESU-8 / WTF-8) is not UTF-8 either.
    expect(decodePlanFileBytes(new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('(byte 2 '),
    });
  });

  it('refuses a file over the limit before decoding it', () => {
    const decoded = decodePlanFileBytes(new Uint8Array(MAX_PLAN_FILE_BYTES + 1));
    expect(decoded).toEqual({ ok: false, message: 'the file is larger than 32 MB' });
  });
});
