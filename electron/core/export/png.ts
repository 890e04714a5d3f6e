import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * An opaque RGBA image as a PNG. resvg's own encoder costs twice as much as drawing the chart and
 * runs on the calling thread; Node's zlib deflates on libuv's thread pool, and at level 3 with no
 * row filters a chart (flat colours, long runs) comes out as small as resvg's PNG in half the
 * time. The pixels must be opaque: resvg hands them over premultiplied by alpha, which only
 * equals plain RGBA where alpha is 255 (render with a background).
 */

const deflate = promisify(zlib.deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

export async function encodeOpaquePng(width: number, height: number, rgba: Uint8Array): Promise<Buffer> {
  const stride = width * 4;
  if (!(width > 0 && height > 0) || rgba.length !== stride * height)
    throw new RangeError(`${rgba.length} bytes are not a ${width}×${height} RGBA image.`);
  // Each row starts with its filter type: 0, none. One buffer, rows copied in: a chart is megabytes.
  const raw = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (stride + 1)] = 0;
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const data = await deflate(raw, { level: 3 });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

let blank: Buffer | null = null;

/** A 1×1 white PNG: a stand-in picture where only the size it is shown at matters. */
export function blankPng(): Buffer {
  if (!blank) {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(1, 0);
    header.writeUInt32BE(1, 4);
    header[8] = 8;
    header[9] = 6;
    blank = Buffer.concat([
      SIGNATURE,
      chunk('IHDR', header),
      chunk('IDAT', zlib.deflateSync(Buffer.from([0, 255, 255, 255, 255]))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
  return blank;
}

/** The PNG with a text chunk (keyword, text) before its end: the same picture, other bytes. */
export function withTextChunk(png: Buffer, keyword: string, text: string): Buffer {
  const end = png.length - 12; // IEND: length, type, no data, CRC
  if (png.toString('latin1', end + 4, end + 8) !== 'IEND') throw new RangeError('Not a PNG that ends with IEND.');
  return Buffer.concat([png.subarray(0, end), chunk('tEXt', Buffer.from(`${keyword}\0${text}`, 'latin1')), png.subarray(end)]);
}
