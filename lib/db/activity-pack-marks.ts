import type { ActivityPack, PackKey } from '../schema/activity-pack';
import { packId } from './activity-pack-codec';

/**
 * How long a running import's stale marks hold: meanwhile other writers leave such a pack stale
 * (their rows land; readers use the rows) instead of rebuilding it, so the import marks each pack
 * once rather than once per batch, which was a put per row. The import marks a pack again when
 * half its lease is gone; a tab closed mid-import lets its leases lapse, and then the next write
 * to the pack or the next import's end rebuilds it, as for any stale pack.
 */
export const LEASE_MS = 5 * 60_000;

/**
 * One import's memory of the packs it marked stale, each with the instant its mark lapses, and
 * the first of them, looked at by each batch to learn whether an erase took the marks away.
 */
export interface ImportMarks {
  id: string;
  until: Map<string, number>;
  first?: PackKey | undefined;
}

export function importMarks(): ImportMarks {
  return { id: crypto.randomUUID(), until: new Map() };
}

/** What a running import's marker carries besides `stale`. */
export type Lease = Required<Pick<ActivityPack, 'importId' | 'leaseUntil'>>;

/** Notes the packs a committed batch marked. */
export function noteMarked(marks: ImportMarks, keys: readonly PackKey[], until: number): void {
  for (const key of keys) marks.until.set(packId(key), until);
  marks.first ??= keys[0];
}

/**
 * Forgets every mark if the first is no longer this import's: erasing everything or the account
 * takes all of an account's packs at once (every other writer leaves a held mark alone), and
 * the packs of the rows that follow must be marked anew. Read in the batch's own transaction.
 */
export async function forgetErasedMarks(
  packs: { get(key: PackKey): Promise<unknown> },
  marks: ImportMarks,
): Promise<void> {
  if (!marks.first) return;
  const first = await packs.get(marks.first);
  if (typeof first === 'object' && first !== null && (first as Partial<Lease>).importId === marks.id) return;
  marks.until.clear();
  marks.first = undefined;
}

/** Whether this import's mark on a pack still holds long enough that it need not mark it again. */
export function stillMarked(marks: ImportMarks, id: string, now: number): boolean {
  return (marks.until.get(id) ?? 0) - now > LEASE_MS / 2;
}

/** Whether a stored pack is a stale mark a running import holds (one other than `own`, if given). */
export function leased(raw: unknown, now: number, own?: string): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const { stale, importId, leaseUntil } = raw as { stale?: unknown } & Partial<Lease>;
  return stale !== undefined && typeof leaseUntil === 'number' && leaseUntil > now && importId !== own;
}
