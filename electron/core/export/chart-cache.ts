import { createHash } from 'node:crypto';

/** What a chart's picture depends on: its ECharts option, its size and scale, and what its formatters read. */
export type ChartKeyInput = { option: unknown; width: number; height: number; scale: number };

/**
 * A chart's identity as a short hash. An option holds functions (formatters, the timeline's
 * renderItem): the same code in every chart, closed over the chart's own data, which the option
 * holds too, and over the language and the currency, which `context` names. A function stands in
 * the key as a mark only: its source text differs between bundles (the worker's and the main
 * thread's), which must agree on a key.
 */
export function chartKey({ option, width, height, scale }: ChartKeyInput, context: string): string {
  const json = JSON.stringify({ option, width, height, scale, context }, (_key, value: unknown) => (typeof value === 'function' ? 'ƒ' : value));
  return createHash('sha256').update(json).digest('base64url');
}

export type ChartCacheLimits = { entries: number; bytes: number };

/**
 * The PNGs of charts drawn lately, by chartKey, least recently used out first: the app's repeat
 * exports of a plan redraw only the charts whose data changed. Bounded both by count and by
 * bytes, so a long session exporting many plans holds a few megabytes at most.
 */
export class ChartCache {
  private readonly pngs = new Map<string, Uint8Array>();
  private size = 0;

  constructor(private readonly limits: ChartCacheLimits = { entries: 96, bytes: 24 * 1024 * 1024 }) {}

  get(key: string): Uint8Array | undefined {
    const png = this.pngs.get(key);
    if (png === undefined) return undefined;
    // Map keeps insertion order: taking it out and back in makes it the most recent.
    this.pngs.delete(key);
    this.pngs.set(key, png);
    return png;
  }

  set(key: string, png: Uint8Array): void {
    if (png.byteLength > this.limits.bytes) return;
    const old = this.pngs.get(key);
    if (old !== undefined) {
      this.size -= old.byteLength;
      this.pngs.delete(key);
    }
    this.pngs.set(key, png);
    this.size += png.byteLength;
    while (this.pngs.size > this.limits.entries || this.size > this.limits.bytes) {
      const [oldest, bytes] = this.pngs.entries().next().value!;
      this.pngs.delete(oldest);
      this.size -= bytes.byteLength;
    }
  }

  get entries(): number {
    return this.pngs.size;
  }

  get bytes(): number {
    return this.size;
  }

  clear(): void {
    this.pngs.clear();
    this.size = 0;
  }
}
