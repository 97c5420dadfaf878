import * as z from 'zod/mini';
import type { ReadTx } from '../db/touch-copies';
import { type Activity, isoTimestampSchema } from '../schema/activity';
import type { RecordRow } from './format';

/** When this cache last read each record before the import began (undefined: it held none). */
export type ReadsBefore = Map<string, number | undefined>;

const readAtSchema = z.object({ lastReadAt: isoTimestampSchema });
const pageRowSchema = z.object({
  contactKeys: z.array(z.string()),
  dealKeys: z.array(z.string()),
  firstSeenAt: z.optional(isoTimestampSchema),
});

/**
 * Notes, before a chunk's writes, the `lastReadAt` each record had here before the import: those
 * the chunk brings, as stored (`stored`, index for index), and the records of the stored page rows
 * the chunk may bring a later sighting of (laterSighting), read now. A record the import wrote in
 * an earlier chunk was noted then, so what is noted is never the file's copy.
 */
export async function noteReadsBefore(
  tx: ReadTx,
  reads: ReadsBefore,
  chunk: readonly RecordRow[],
  stored: readonly unknown[],
): Promise<void> {
  const wanted: { store: 'contacts' | 'deals'; key: string }[] = [];
  chunk.forEach((row, i) => {
    if (row.store === 'contacts' || row.store === 'deals') {
      if (!reads.has(row.value.key)) reads.set(row.value.key, readAt(stored[i]));
      return;
    }
    if (row.store !== 'activities' || row.value.origin !== 'page' || !row.value.firstSeenAt) return;
    const old = pageRowSchema.safeParse(stored[i]);
    const seenHere = Date.parse(old.data?.firstSeenAt ?? '');
    if (!old.success || seenHere >= Date.parse(row.value.firstSeenAt)) return;
    for (const key of old.data.contactKeys) wanted.push({ store: 'contacts', key });
    for (const key of old.data.dealKeys) wanted.push({ store: 'deals', key });
  });
  const unknown = [...new Map(wanted.filter(({ key }) => !reads.has(key)).map((at) => [at.key, at])).values()];
  const found = await Promise.all(unknown.map(({ store, key }) => tx.objectStore(store).get(key)));
  for (const [i, { key }] of unknown.entries()) reads.set(key, readAt(found[i]));
}

/**
 * The latest this cache can have seen a page row before the import: its records' latest reading
 * (every page that shows the row adds its record to the row's keys). Undefined when that is not
 * known: a record not noted, or none held.
 */
export function lastReadBefore(reads: ReadsBefore, row: Activity): number | undefined {
  const keys = [...row.contactKeys, ...row.dealKeys];
  if (keys.some((key) => !reads.has(key))) return undefined;
  const times = keys.flatMap((key) => reads.get(key) ?? []);
  return times.length > 0 ? Math.max(...times) : undefined;
}

function readAt(stored: unknown): number | undefined {
  const parsed = readAtSchema.safeParse(stored);
  return parsed.success ? Date.parse(parsed.data.lastReadAt) : undefined;
}
