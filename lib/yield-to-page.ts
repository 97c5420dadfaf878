/**
 * Gives the main thread back between slices of Touchline's work, so no task the extension adds
 * on a CRM page is longer than a frame (issue 11) and its own pages stay responsive during long
 * work. `scheduler.yield()` resumes ahead of other queued work where the browser has it;
 * elsewhere a MessageChannel tick (not `setTimeout`, which browsers clamp to 4 ms after a few
 * nested calls).
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
 * Ends the current task so that every task already queued (input, painting, other IndexedDB
 * transactions) runs before the work goes on: a plain macrotask, not `scheduler.yield()`, which
 * would resume ahead of them.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
