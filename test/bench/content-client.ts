import { sendMessage } from '../../lib/messaging/messenger';
import { readingResponseSchema, viewResponseSchema } from '../../lib/messaging/protocol';
import type { ReadOk } from '../../lib/schema/read-result';

/**
 * Runs in the content script's isolated world (bundled by bundle.ts, evaluated over CDP): sends
 * through Touchline's own message layer (lib/messaging/messenger.ts, @webext-core/messaging over
 * chrome.runtime) and validates each answer with the schemas the content script uses.
 */
const client = {
  staged: [] as ReadOk[],

  /** Keeps readings in this world, so handing them over is not part of the timed sends. */
  stage(readings: ReadOk[]): number {
    client.staged = readings;
    return readings.length;
  },

  /** Sends every staged reading as `readingSaved` at once; milliseconds until the last is acknowledged. */
  async saveStaged(): Promise<{ ms: number; failures: string[] }> {
    const started = performance.now();
    const answers = await Promise.all(client.staged.map((reading) => sendMessage('readingSaved', reading)));
    const ms = performance.now() - started;
    const failures = answers.flatMap((answer) => {
      const parsed = readingResponseSchema.safeParse(answer);
      if (!parsed.success) return ['malformed answer'];
      return parsed.data.ok ? [] : [parsed.data.error.message];
    });
    return { ms, failures };
  },

  /** `getView` round trips for one record, one after another: the background's read and compute. */
  async viewTimes(recordKey: string, times: number): Promise<number[]> {
    const result: number[] = [];
    for (let i = 0; i < times; i++) {
      const started = performance.now();
      const answer = viewResponseSchema.parse(await sendMessage('getView', { recordKey }));
      result.push(performance.now() - started);
      if (!answer.ok) throw new Error(answer.error.message);
    }
    return result;
  },
};

export type ContentClient = typeof client;
(globalThis as { touchlineBench?: ContentClient }).touchlineBench = client;
