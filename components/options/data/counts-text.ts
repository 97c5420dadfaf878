import type { LeftOutRows } from '../../../lib/backup/export-backup';
import type { StoredCounts } from '../../../lib/db/erase-scopes';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b and c". */
const listed = (parts: readonly string[]) =>
  parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/** "3 contacts, 1 deal, 240 activities and 2 touches logged in Touchline". */
export function countsText(counts: StoredCounts): string {
  const parts = [
    plural(counts.contacts, 'contact', 'contacts'),
    plural(counts.deals, 'deal', 'deals'),
    plural(counts.activities, 'activity', 'activities'),
    plural(counts.logged, 'touch logged in Touchline', 'touches logged in Touchline'),
  ];
  return listed(parts);
}

/** Each store's rows in words (one, many), in the order a backup holds them. */
const LEFT_OUT_WORDS: readonly [keyof LeftOutRows, string, string][] = [
  ['contacts', 'contact', 'contacts'],
  ['deals', 'deal', 'deals'],
  ['activities', 'activity', 'activities'],
  ['undoneTouches', 'mark of an undone logged touch', 'marks of undone logged touches'],
];

/**
 * What a backup left out, for the line after "Exported N rows.": "Left out 1 damaged activity (…)",
 * or nothing when every stored row went in. Reads skip these rows, so this is the one place the
 * user hears of them.
 */
export function leftOutText(leftOut: LeftOutRows): string | undefined {
  const parts = LEFT_OUT_WORDS.flatMap(([store, one, many]) => {
    const n = leftOut[store] ?? 0;
    return n > 0 ? [plural(n, `damaged ${one}`, `damaged ${many}`)] : [];
  });
  if (parts.length === 0) return undefined;
  return `Left out ${listed(parts)} (stored in a shape this Touchline cannot read: the panel and the team page already skip such rows, and a backup holding one could not be imported).`;
}

/** "12.4 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
