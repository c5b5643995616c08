/**
 * Ways for costly work (drawing charts) to make room for the browser: after the frame
 * that holds the DOM as it is now is painted, so that frame shows without waiting; or
 * after the tasks already queued (input among them), so a reader is answered between
 * two pieces of the work. Each returns a function that cancels.
 */

/** A message posted from an animation frame callback arrives after that frame's paint. */
export function afterNextPaint(callback: () => void): () => void {
  if (typeof requestAnimationFrame === 'undefined') return afterQueuedTasks(callback);
  let cancelNext = () => {};
  const frame = requestAnimationFrame(() => {
    cancelNext = afterQueuedTasks(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelNext();
  };
}

/** A message, not a timer: no clamping to 4 ms once nested. */
export function afterQueuedTasks(callback: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) callback();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}
