import zlib from 'node:zlib';
import { Plan } from '../../../shared/domain';
import { DomainError } from '../errors';

/** The snapshot format this app writes and reads: a Plan (shared/domain) as JSON. */
export const SNAPSHOT_FORMAT = 1;
export type SnapshotEncoding = 'brotli';

/**
 * Brotli at quality 5: it stores 25–27 % of a sample's JSON and 16 % of the stress plan's
 * (docs/ARCHITECTURE.md has the figures) in 2–7 ms, inside the write transaction of a restore
 * or a paste. Quality 11 saves a further tenth but takes 60–420 ms; gzip -9 stores 26–31 %.
 */
const BROTLI_QUALITY = 5;

export type EncodedSnapshot = { encoding: SnapshotEncoding; format: number; rawBytes: number; data: Buffer };

export function encodeSnapshot(plan: Plan): EncodedSnapshot {
  const raw = Buffer.from(JSON.stringify(plan), 'utf8');
  const data = zlib.brotliCompressSync(raw, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  return { encoding: 'brotli', format: SNAPSHOT_FORMAT, rawBytes: raw.length, data };
}

/**
 * The plan a snapshot holds, checked by the same schema as every import: a version written by a
 * newer app, or one that no longer reads as a plan, is refused with a reason, never guessed at.
 */
export function decodeSnapshot(stored: { encoding: string; format: number; data: Buffer }): Plan {
  if (stored.format > SNAPSHOT_FORMAT) {
    throw new DomainError('conflict', 'This version was saved by a newer version of Planwright. Update the app to open it.', [], {
      reason: 'versionTooNew',
    });
  }
  if (stored.encoding !== 'brotli') throw new DomainError('internal', 'This version’s saved plan could not be read.');
  let json: unknown;
  try {
    json = JSON.parse(zlib.brotliDecompressSync(stored.data).toString('utf8'));
  } catch {
    throw new DomainError('internal', 'This version’s saved plan could not be read.');
  }
  const parsed = Plan.safeParse(json);
  if (!parsed.success) throw new DomainError('internal', 'This version’s saved plan could not be read.');
  return parsed.data;
}
