import type { TraceEvent } from './cdp';

/** One main-thread task of the CRM page, and how much of it was the extension's code. */
export interface TaskShare {
  startUs: number;
  durationMs: number;
  /** The task's thread CPU time (the trace's `tdur`): below `durationMs` when the thread waited for a core. */
  threadMs: number;
  extensionMs: number;
  /** The task's outermost events (what ran it: a timer, a message, script evaluation…). */
  kinds: string[];
  /** The extension files whose code the task's samples were in, most first (`full-panel.js 41.0`). */
  extensionFiles: string[];
}

interface Sample {
  ts: number;
  weightUs: number;
  extension: boolean;
  /** The innermost extension script on the sample's stack, if any. */
  file?: string;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

const EXTENSION_URL = 'chrome-extension://';
/** Samples come every ~0.2 ms; a longer gap means the sampler was not running, not that one frame ran on. */
const MAX_SAMPLE_US = 2000;
/** Events that carry the URL of the script they run. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall', 'v8.evaluateModule', 'v8.produceCache']);

/**
 * Splits the page's main-thread time into tasks and attributes CPU samples to the extension when
 * a frame of the sample's stack is the extension's script, or when the sample falls inside a
 * script event of the extension's URL (compiling and running the content script). The page's main
 * thread is the one that evaluated `pageScriptUrl`.
 */
export function taskShares(events: TraceEvent[], pageScriptUrl: string): TaskShare[] {
  const main = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(pageScriptUrl));
  if (!main) throw new Error(`The trace has no evaluation of ${pageScriptUrl}`);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const scriptSpans = onMain
    .filter((e) => SCRIPT_EVENTS.has(e.name) && e.args?.data?.url?.startsWith(EXTENSION_URL))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const);
  const inScript = (ts: number) => scriptSpans.some(([from, to]) => ts >= from && ts < to);
  const samples = cpuSamples(events, main.pid, main.tid).map((s) => ({
    ...s,
    extension: s.extension || inScript(s.ts),
  }));
  let cursor = 0;
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    let extensionUs = 0;
    const byFile = new Map<string, number>();
    while (cursor < samples.length && (samples[cursor] as Sample).ts < task.ts) cursor++;
    for (let i = cursor; i < samples.length && (samples[i] as Sample).ts < end; i++) {
      const sample = samples[i] as Sample;
      if (!sample.extension) continue;
      const us = Math.min(sample.weightUs, end - sample.ts);
      extensionUs += us;
      const file = sample.file ?? 'compile or evaluate';
      byFile.set(file, (byFile.get(file) ?? 0) + us);
    }
    const kinds = onMain
      .filter((e) => e.ts >= task.ts && e.ts < end && e !== task && e.name !== 'ThreadControllerImpl::RunTask')
      .slice(0, 3)
      .map(kindOf);
    const threadUs = (task as TraceEvent & { tdur?: number }).tdur ?? task.dur ?? 0;
    return {
      startUs: task.ts,
      durationMs: (task.dur ?? 0) / 1000,
      threadMs: threadUs / 1000,
      extensionMs: extensionUs / 1000,
      kinds,
      extensionFiles: [...byFile].sort((a, b) => b[1] - a[1]).map(([file, us]) => `${file} ${(us / 1000).toFixed(1)}`),
    };
  });
}

/** An event's name, with the extension file it runs (`v8.evaluateModule panel-session.js`): which chunk a task was. */
function kindOf(event: TraceEvent): string {
  const url = event.args?.data?.url;
  return url?.startsWith(EXTENSION_URL) ? `${event.name} ${fileName(url)}` : event.name;
}

/** A script URL's file name, as the bench prints it (`full-panel.js`). */
function fileName(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

/** The V8 sampling profiler's samples for one thread, each weighted by the time to the next. */
function cpuSamples(events: TraceEvent[], pid: number, tid: number): Sample[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map<number, ProfileNode>();
  const stamps: { ts: number; node: number }[] = [];
  let ts = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts);
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== profile.id) continue;
    const data = chunk.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      ts += deltas[i] ?? 0;
      stamps.push({ ts, node });
    });
  }
  // The innermost extension script on each node's stack ('' when none), found once per node.
  const fileOf = new Map<number, string>();
  const extensionFile = (id: number | undefined): string => {
    if (id === undefined) return '';
    const known = fileOf.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const url = node?.callFrame.url ?? '';
    const result = url.startsWith(EXTENSION_URL) ? fileName(url) : extensionFile(node?.parent);
    fileOf.set(id, result);
    return result;
  };
  return stamps.map((stamp, i) => {
    const file = extensionFile(stamp.node);
    return {
      ts: stamp.ts,
      weightUs: Math.min(MAX_SAMPLE_US, Math.max(0, (stamps[i + 1]?.ts ?? stamp.ts) - stamp.ts)),
      extension: file !== '',
      ...(file ? { file } : {}),
    };
  });
}
