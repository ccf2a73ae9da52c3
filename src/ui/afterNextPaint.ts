/**
 * Runs `callback` in a task after the next frame has been rendered (or in the next task where there are no frames):
 * for work that should not delay the frame answering an input. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: number | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = window.setTimeout(callback);
    return () => window.clearTimeout(timer);
  }
  // A task posted from a frame callback runs once that frame's style, layout and paint are done.
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
