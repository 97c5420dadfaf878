/**
 * Gives the main thread back to the page between slices of Touchline's work, so no task the
 * extension adds is longer than a frame (issue 11). `scheduler.yield()` resumes ahead of other
 * queued work where the browser has it; elsewhere a MessageChannel tick (not `setTimeout`, which
 * browsers clamp to 4 ms after a few nested calls).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves once the page's own load work is done (the browser is idle), or after `timeoutMs` on
 * a page that is never idle; `setTimeout` where there is no `requestIdleCallback` (Safari).
 */
export function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, Math.min(timeoutMs, 200));
  });
}
