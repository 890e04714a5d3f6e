// A keystroke's own cost, read from a Chromium trace: the time the page's main thread is busy from
// the task that handles the key to the end of the commit of the frame that shows it (handlers,
// React's render, any deferred work that runs before that frame, style, layout, paint). What it
// leaves out is only the idle wait for the display's next frame: a key that arrives just after a
// frame waits up to 16.7 ms for the next one whatever the page does, which is why a bare <input>
// measures up to ~20 ms at the 95th percentile by "keystroke to painted frame".

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

/**
 * Runs `type` (which presses keys on `page`) under a trace and returns, per keydown, the main
 * thread's busy milliseconds until the commit of the next frame.
 */
export async function keystrokeWork(browser, page, type) {
  await browser.startTracing(page, { categories: CATEGORIES });
  await type();
  const buffer = await browser.stopTracing();
  const trace = JSON.parse(buffer.toString());
  const events = trace.traceEvents ?? trace;

  // The renderer main thread that received the keys.
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (keydowns.length === 0) return [];
  const { pid, tid } = keydowns[0];
  const onMain = (e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number';
  const tasks = events.filter((e) => onMain(e) && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')).sort((a, b) => a.ts - b.ts);
  const commits = events.filter((e) => onMain(e) && e.name === 'Commit').sort((a, b) => a.ts - b.ts);

  const out = [];
  for (const key of keydowns.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts)) {
    // From the start of the task that dispatched the key…
    const task = tasks.find((t) => t.ts <= key.ts && t.ts + t.dur >= key.ts + key.dur);
    const from = task ? task.ts : key.ts;
    // …to the end of the first frame committed after the key's own handling.
    const commit = commits.find((c) => c.ts >= key.ts + key.dur);
    if (!commit) continue;
    const to = commit.ts + commit.dur;
    // The union of the tasks' spans in the window: trace tasks may nest.
    const spans = [];
    for (const t of tasks) {
      const start = Math.max(t.ts, from);
      const end = Math.min(t.ts + t.dur, to);
      if (end > start) spans.push([start, end]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    let busy = 0;
    let reach = -Infinity;
    for (const [start, end] of spans) {
      if (end <= reach) continue;
      busy += end - Math.max(start, reach);
      reach = end;
    }
    out.push(busy / 1000);
  }
  return out;
}
