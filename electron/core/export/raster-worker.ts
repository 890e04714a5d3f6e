import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * A thread that turns the report's outlined SVGs into PNGs while the main thread draws the next
 * charts with ECharts and writes the document: rasterising and PNG-encoding is a third of a
 * report's chart work and needs nothing but resvg. Only worth it with a second core; on one, or
 * wherever the thread cannot start or load resvg, the caller rasterises in its own thread.
 */

// Self-contained, so it runs from the single-file bundles as well as from the sources.
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, scale }) => {
  try {
    const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'zoom', value: scale } }).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

type Pending = { resolve: (png: Buffer) => void; reject: (error: Error) => void };

export class RasterWorker {
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failed: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
      const job = this.pending.get(message.id);
      if (!job) return;
      this.pending.delete(message.id);
      if (message.png) job.resolve(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength));
      else job.reject(new Error(message.error ?? 'The chart could not be drawn.'));
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => this.fail(new Error('The chart thread stopped.')));
  }

  /** A started thread, or null when one would not help (one core) or cannot start here. */
  static start(): RasterWorker | null {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    if (cores < 2) return null;
    try {
      return new RasterWorker(new Worker(WORKER_CODE, { eval: true, workerData: { resvg: require.resolve('@resvg/resvg-js') } }));
    } catch {
      return null;
    }
  }

  /** The SVG, whose text is already outlines, as PNG bytes at `scale` pixels per SVG unit. */
  rasterise(svg: string, scale: number): Promise<Buffer> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, svg, scale });
    });
  }

  close(): void {
    this.fail(new Error('The chart thread was closed.'));
    void this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const job of this.pending.values()) job.reject(this.failed);
    this.pending.clear();
  }
}
