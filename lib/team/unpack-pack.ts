import { decodeEntry, packId, packKeyOfPack } from '../db/activity-pack-codec';
import { type InvalidRow, parseRow } from '../db/rows';
import type { Activity } from '../schema/activity';
import { packEntrySchema, packEnvelopeSchema } from '../schema/activity-pack';
import { isPackEntry } from './pack-entry-check';

/**
 * A stored pack's activities with a timestamp in [from, to] (ISO strings, compared as the index
 * compares them), as unpackActivities (lib/db/activity-pack-read.ts) gives them, with each entry
 * checked by hand (isPackEntry) rather than by zod. An entry the check rejects goes through the
 * schema, so a damaged entry is reported in the same words and skipped; a damaged pack too.
 */
export function unpackPack(raw: unknown, from: string, to: string, invalid: InvalidRow[]): Activity[] {
  const pack = parseRow(packEnvelopeSchema, 'activityPacks', raw, invalid, describeKey(raw));
  if (!pack) return [];
  const activities: Activity[] = [];
  for (const item of pack.entries) {
    const stamp = Array.isArray(item) ? item[4] : undefined;
    if (typeof stamp === 'string' && (stamp < from || stamp > to)) continue;
    const entry = isPackEntry(item) ? item : checkedBySchema(pack, item, invalid);
    if (entry) activities.push(decodeEntry(pack, entry));
  }
  return activities;
}

function checkedBySchema(pack: Parameters<typeof packKeyOfPack>[0], item: unknown, invalid: InvalidRow[]) {
  const key = Array.isArray(item) ? String(item[0]) : '(entry)';
  return parseRow(packEntrySchema, 'activityPacks', item, invalid, `${packId(packKeyOfPack(pack))} ${key}`);
}

function describeKey(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return String(raw);
  const { owner, day, crm, tenant } = raw as Record<string, unknown>;
  return JSON.stringify([owner, day, crm, tenant]);
}
