// The entry of the chart worker thread (built to dist/{node,electron}/chart-worker.cjs): draws a
// report's charts while the main thread builds the Word document's objects. An ECharts option
// holds functions, which cannot be posted to a thread, so the worker builds the same report model
// from the same plan and options and draws the charts it is asked for by their place in it.
import { parentPort } from 'node:worker_threads';
import { createTranslate } from '../../../shared/i18n/translate';
import { buildReport } from '../../../shared/report/model';
import { rasteriseReportCharts } from './chart-png';
import { chartKey } from './chart-cache';
import { chartKeyContext, type ChartJob, type ChartJobAnswer } from './chart-job';
import { reportChartRequests } from './docx/chart-size';

async function draw(job: ChartJob): Promise<ChartJobAnswer> {
  try {
    const { plan, options } = job;
    const model = buildReport(plan, options, { t: createTranslate(options.language), locale: options.language, now: new Date(job.now) });
    const all = reportChartRequests(model);
    const wanted = job.indices.map((i) => all[i]);
    if (wanted.some((r) => r === undefined)) return { id: job.id, ok: false, message: `The report has ${all.length} charts, fewer than asked for.` };
    const requests = wanted.map((r) => r!);
    const context = chartKeyContext(plan, options);
    const keys = requests.map((r) => chartKey({ option: r.chart.option, width: r.chart.width, height: r.chart.height, scale: r.scale }, context));
    const pngs = await rasteriseReportCharts(requests);
    return { id: job.id, ok: true, keys, pngs };
  } catch (error) {
    return { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (job: ChartJob) => {
  void draw(job).then((answer) => {
    const transfer = answer.ok ? answer.pngs.map((png) => png.buffer as ArrayBuffer).filter((b, i, all) => all.indexOf(b) === i) : [];
    parentPort!.postMessage(answer, transfer);
  });
});
