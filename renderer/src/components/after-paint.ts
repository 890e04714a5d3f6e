/**
 * Runs `callback` once the next frame has been painted: a frame is painted after its
 * animation-frame callbacks, and a task posted from one runs after it. Work that the frame does
 * not need to show (what follows from a keystroke the editor has already drawn, the lower
 * sections of a page) then stays out of that frame.
 *
 * Hidden pages get no animation frames, so a timer stands in after `fallbackMs`. Returns a cancel.
 */
export function afterNextPaint(callback: () => void, fallbackMs = 100): () => void {
  let done = false;
  let posted = 0;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    callback();
  };
  const frame = requestAnimationFrame(() => {
    posted = window.setTimeout(run, 0);
  });
  const fallback = window.setTimeout(run, fallbackMs);
  function cancel() {
    cancelAnimationFrame(frame);
    window.clearTimeout(posted);
    window.clearTimeout(fallback);
  }
  return () => {
    done = true;
    cancel();
  };
}
