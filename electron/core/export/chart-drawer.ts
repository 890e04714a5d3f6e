import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Plan } from '../../../shared/domain';
import type { ReportOptions } from '../../../shared/report/options';
import { rasteriseReportCharts } from './chart-png';
import { ChartCache, chartKey } from './chart-cache';
import { chartKeyContext, type ChartJob, type ChartJobAnswer } from './chart-job';
import type { ChartRasterizer, ChartRequest } from './docx';

/** The report the charts belong to: the worker rebuilds its model to get the same chart options. */
export type ChartSource = { plan: Plan; options: ReportOptions; now: Date };

type Pending = { resolve: (answer: ChartJobAnswer) => void; reject: (error: Error) => void };

/**
 * A worker thread that draws charts, started for a job and ended when it has none left: its heap
 * (ECharts, the fonts, the label outlines; about a hundred megabytes) is given back before the
 * Word file is packed, the export's largest moment, and is not held by an app between exports.
 * Restarting it costs a few hundred milliseconds beside the document's build, and charts drawn
 * lately come from the cache without it. Any failure ends it too.
 */
export class ChartWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly file: string) {}

  draw(source: ChartSource, indices: number[]): Promise<ChartJobAnswer> {
    const worker = this.start();
    const id = this.nextId++;
    const job: ChartJob = { id, plan: source.plan, options: source.options, now: source.now.getTime(), indices };
    return new Promise<ChartJobAnswer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      try {
        worker.postMessage(job);
      } catch (error) {
        this.fail(error);
      }
    });
  }

  /** Ends the thread (tests, and an app shutting down). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file);
    worker.on('message', (answer: ChartJobAnswer) => {
      const waiting = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      if (this.pending.size === 0 && this.worker === worker) {
        this.worker = null;
        void worker.terminate();
      }
      waiting?.resolve(answer);
    });
    worker.on('error', (error) => this.fail(error, worker));
    worker.on('messageerror', (error) => this.fail(error, worker));
    worker.on('exit', (code) => this.fail(new Error(`The chart worker stopped (exit code ${code}).`), worker));
    this.worker = worker;
    return worker;
  }

  private fail(error: unknown, which: Worker | null = this.worker): void {
    if (which !== this.worker) return;
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    const reason = error instanceof Error ? error : new Error(String(error));
    for (const waiting of this.pending.values()) waiting.reject(reason);
    this.pending.clear();
  }
}

export type ChartDrawerDeps = {
  cache: ChartCache;
  /** Draws off the main thread; null to draw here. */
  worker: Pick<ChartWorker, 'draw'> | null;
  /** Draws on this thread: the fallback when the worker fails or draws something else. */
  drawHere?: (requests: readonly ChartRequest[]) => Promise<Uint8Array[]>;
};

/**
 * The report's charts as the Word writer asks for them: each whose option, size and scale were
 * drawn lately comes from the cache; the rest are drawn on the worker thread while the writer
 * builds the document, or here when there is no worker or it fails.
 */
export function chartDrawer(source: ChartSource, deps: ChartDrawerDeps): ChartRasterizer {
  const drawHere = deps.drawHere ?? rasteriseReportCharts;
  return async (requests) => {
    const context = chartKeyContext(source.plan, source.options);
    const keys = requests.map((r) => chartKey({ option: r.chart.option, width: r.chart.width, height: r.chart.height, scale: r.scale }, context));
    const pngs = keys.map((key) => deps.cache.get(key));
    const missing = pngs.flatMap((png, i) => (png === undefined ? [i] : []));
    if (missing.length > 0) {
      const drawn = await drawMissing(source, missing, keys, requests, deps.worker, drawHere);
      missing.forEach((i, at) => {
        pngs[i] = drawn[at]!;
        deps.cache.set(keys[i]!, drawn[at]!);
      });
    }
    return pngs as Uint8Array[];
  };
}

async function drawMissing(
  source: ChartSource,
  missing: number[],
  keys: string[],
  requests: readonly ChartRequest[],
  worker: ChartDrawerDeps['worker'],
  drawHere: (requests: readonly ChartRequest[]) => Promise<Uint8Array[]>,
): Promise<Uint8Array[]> {
  if (worker) {
    try {
      const answer = await worker.draw(source, missing);
      // The worker built its own model: take its pictures only if they are of these very charts.
      if (answer.ok && answer.pngs.length === missing.length && answer.keys.every((key, at) => key === keys[missing[at]!])) return answer.pngs;
    } catch {
      // A worker that cannot start or dies: the charts are drawn here instead.
    }
  }
  return drawHere(missing.map((i) => requests[i]!));
}

/** Where the built worker is: beside the bundle that runs (dist/node, dist/electron). */
export function chartWorkerFile(dir: string = __dirname): string | null {
  const file = path.join(dir, 'chart-worker.cjs');
  return fs.existsSync(file) ? file : null;
}

let shared: { cache: ChartCache; worker: ChartWorker | null } | null = null;

/** The process's one chart cache and worker, for every export it makes. */
export function sharedChartDeps(): ChartDrawerDeps {
  if (!shared) {
    const file = chartWorkerFile();
    shared = { cache: new ChartCache(), worker: file ? new ChartWorker(file) : null };
  }
  return shared;
}
