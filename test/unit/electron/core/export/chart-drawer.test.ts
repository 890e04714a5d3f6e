import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartCache } from '../../../../../electron/core/export/chart-cache';
import { chartDrawer, ChartWorker, chartWorkerFile, type ChartSource } from '../../../../../electron/core/export/chart-drawer';
import { rasteriseReportCharts } from '../../../../../electron/core/export/chart-png';
import type { ChartRequest } from '../../../../../electron/core/export/docx';
import { reportChartRequests } from '../../../../../electron/core/export/docx/chart-size';
import { defaultReportOptions } from '../../../../../shared/report/options';
import type { Plan } from '../../../../../shared/domain';
import { modelOf, reportPlan } from '../../../shared/report/report-fixtures';

const NOW = new Date(2026, 10, 20);

function source(plan: Plan): ChartSource {
  return { plan, options: defaultReportOptions(plan), now: NOW };
}

function requestsOf(plan: Plan): ChartRequest[] {
  return reportChartRequests(modelOf(plan));
}

/** Draws a distinct fake picture per call and chart, and counts what it drew. */
function fakeDrawing() {
  let calls = 0;
  const drawHere = vi.fn(async (requests: readonly ChartRequest[]) => {
    calls += 1;
    return requests.map((_, i) => new Uint8Array([calls, i]));
  });
  return drawHere;
}

const workers: ChartWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.close()));
});

describe('chartDrawer', () => {
  it('draws every chart of a first export, then gives the same pictures again without drawing', async () => {
    const plan = reportPlan();
    const requests = requestsOf(plan);
    expect(requests.length).toBeGreaterThan(2);
    const cache = new ChartCache();
    const drawHere = fakeDrawing();
    const first = await chartDrawer(source(plan), { cache, worker: null, drawHere })(requests);
    expect(drawHere).toHaveBeenCalledTimes(1);
    expect(drawHere.mock.calls[0]![0]).toHaveLength(requests.length);

    const again = await chartDrawer(source(plan), { cache, worker: null, drawHere })(requestsOf(plan));
    expect(drawHere).toHaveBeenCalledTimes(1);
    expect(again).toEqual(first);
    again.forEach((png, i) => expect(png).toBe(first[i]));
  });

  it('redraws only the charts whose data changed', async () => {
    const plan = reportPlan();
    const cache = new ChartCache();
    const drawHere = fakeDrawing();
    const first = await chartDrawer(source(plan), { cache, worker: null, drawHere })(requestsOf(plan));

    const changed = reportPlan();
    changed.collections.kpis[0]!.periods[0]!.actual = 39;
    const requests = requestsOf(changed);
    const second = await chartDrawer(source(changed), { cache, worker: null, drawHere })(requests);
    expect(drawHere).toHaveBeenCalledTimes(2);
    const redrawn = drawHere.mock.calls[1]![0];
    expect(redrawn.length).toBeGreaterThan(0);
    expect(redrawn.length).toBeLessThan(requests.length);
    const same = second.filter((png, i) => png === first[i]).length;
    expect(same).toBe(requests.length - redrawn.length);
  });

  it('draws the charts here when the worker fails to start', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-worker-'));
    const broken = path.join(dir, 'chart-worker.cjs');
    fs.writeFileSync(broken, "throw new Error('no charts today');\n");
    const worker = new ChartWorker(broken);
    workers.push(worker);
    const plan = reportPlan();
    const requests = requestsOf(plan);
    const drawHere = fakeDrawing();
    const pngs = await chartDrawer(source(plan), { cache: new ChartCache(), worker, drawHere })(requests);
    expect(drawHere).toHaveBeenCalledTimes(1);
    expect(pngs).toHaveLength(requests.length);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('draws the charts here when the worker drew other charts than asked', async () => {
    const plan = reportPlan();
    const requests = requestsOf(plan);
    const worker = {
      draw: vi.fn(async (_s: ChartSource, indices: number[]) => ({
        id: 1,
        ok: true as const,
        keys: indices.map(() => 'another chart'),
        pngs: indices.map(() => new Uint8Array([9])),
      })),
    };
    const drawHere = fakeDrawing();
    const pngs = await chartDrawer(source(plan), { cache: new ChartCache(), worker, drawHere })(requests);
    expect(worker.draw).toHaveBeenCalledTimes(1);
    expect(drawHere).toHaveBeenCalledTimes(1);
    expect(pngs.every((png) => png[0] !== 9)).toBe(true);
  });

  it('ends the worker thread when its job is done, and starts another for the next', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-worker-'));
    const file = path.join(dir, 'chart-worker.cjs');
    // Answers with the thread's id, to tell one thread from the next.
    fs.writeFileSync(
      file,
      "const { parentPort, threadId } = require('node:worker_threads');\n" +
        "parentPort.on('message', (job) => parentPort.postMessage({ id: job.id, ok: true, keys: [String(threadId)], pngs: [new Uint8Array([1])] }));\n",
    );
    const worker = new ChartWorker(file);
    workers.push(worker);
    const plan = reportPlan();
    const first = await worker.draw(source(plan), [0]);
    const second = await worker.draw(source(plan), [0]);
    expect(first.ok && second.ok).toBe(true);
    expect(first.ok && second.ok && first.keys[0] !== second.keys[0]).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // The worker is the built bundle (`node scripts/build.mjs`, which `npm test` runs first).
  const built = chartWorkerFile(path.resolve(__dirname, '../../../../../dist/node'));
  it.skipIf(built === null)(
    'draws on the built worker thread the very pictures drawn here',
    async () => {
      const worker = new ChartWorker(built!);
      workers.push(worker);
      const plan = reportPlan('zh-CN');
      const requests = requestsOf(plan);
      const drawHere = vi.fn(rasteriseReportCharts);
      const pngs = await chartDrawer(source(plan), { cache: new ChartCache(), worker, drawHere })(requests);
      expect(drawHere).not.toHaveBeenCalled();
      const here = await rasteriseReportCharts(requests);
      expect(pngs.map((png, i) => Buffer.from(png).equals(here[i]!))).toEqual(requests.map(() => true));
    },
    60_000,
  );
});
