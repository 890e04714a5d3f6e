import zlib from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng } from '../../../../../electron/core/export/png';
import { imageInfo } from '../../../../../shared/report/image-info';

/** The RGBA pixels of a PNG this encoder wrote (one IDAT, no row filters). */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const info = imageInfo(png)!;
  let at = 8;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(zlib.crc32(data, zlib.crc32(Buffer.from(type, 'latin1'))));
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = info.width * 4 + 1;
  const rgba = Buffer.concat(
    Array.from({ length: info.height }, (_, y) => {
      expect(raw[y * stride]).toBe(0);
      return raw.subarray(y * stride + 1, (y + 1) * stride);
    }),
  );
  return { width: info.width, height: info.height, rgba };
}

describe('encodeOpaquePng', () => {
  it('writes the pixels exactly, as a PNG of their size with valid chunks', async () => {
    const image = new Resvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="37" height="21"><circle cx="10" cy="10" r="8" fill="#5b5bd6"/><text x="20" y="15">x</text></svg>',
      {
        background: '#ffffff',
        font: { loadSystemFonts: false },
      },
    ).render();
    const pixels = image.pixels;
    const png = await encodeOpaquePng(image.width, image.height, pixels);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const back = decode(png);
    expect([back.width, back.height]).toEqual([37, 21]);
    expect(back.rgba.equals(pixels)).toBe(true);
    // resvg reads it back as the same picture.
    const again = new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="37" height="21"><image width="37" height="21" href="data:image/png;base64,${png.toString('base64')}"/></svg>`,
    ).render();
    expect(again.pixels.equals(pixels)).toBe(true);
  });

  it('refuses pixels that are not width × height × 4 bytes', async () => {
    await expect(encodeOpaquePng(2, 2, new Uint8Array(15))).rejects.toThrow(/2×2 RGBA/);
    await expect(encodeOpaquePng(0, 2, new Uint8Array(0))).rejects.toThrow(/RGBA/);
  });
});
