import type { StoredCounts } from '../../../lib/db/erase-scopes';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "3 contacts, 1 deal, 240 activities and 2 touches logged in Touchline". */
export function countsText(counts: StoredCounts): string {
  const parts = [
    plural(counts.contacts, 'contact', 'contacts'),
    plural(counts.deals, 'deal', 'deals'),
    plural(counts.activities, 'activity', 'activities'),
    plural(counts.logged, 'touch logged in Touchline', 'touches logged in Touchline'),
  ];
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "12.4 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
