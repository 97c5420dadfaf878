import type { CDPSession } from 'playwright-core';

/** Performance.getMetrics as { name: value }. Durations are in seconds, sizes in bytes. */
export async function performanceMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/**
 * Main-thread durations are counted in thread CPU time ('threadTicks'), not wall time: on a shared
 * machine a task that waits for a core would otherwise count the wait as work.
 */
export function enableCpuTimeMetrics(cdp: CDPSession): Promise<unknown> {
  return cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { data?: Record<string, unknown> & { url?: string } };
}

/** As Puppeteer's tracing does: everything excluded but these (disabled-by-default ones must be named). */
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

/** Starts a browser-wide trace with main-thread tasks, script events and V8 CPU samples. */
export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 4 * 1024 * 1024 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/**
 * The execution context of a content script's isolated world in the page's main frame: the world
 * Chromium names after the extension. Runtime.enable reports existing contexts before it returns.
 */
export async function isolatedWorld(cdp: CDPSession, worldName: string): Promise<number> {
  const found: number[] = [];
  const listener = (event: { context: { id: number; name: string; auxData?: { type?: string } } }) => {
    if (event.context.name === worldName && event.context.auxData?.type === 'isolated') found.push(event.context.id);
  };
  cdp.on('Runtime.executionContextCreated', listener);
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', listener);
  const id = found[found.length - 1];
  if (id === undefined)
    throw new Error(`No isolated world named ${worldName} in the page: is the content script injected?`);
  return id;
}

/** Evaluates in a given execution context and returns the value (promises awaited). */
export async function evaluateIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) {
    throw new Error(`evaluation failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  }
  return result.value as T;
}
