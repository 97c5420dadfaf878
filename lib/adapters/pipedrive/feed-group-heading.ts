import { monthNumber, weekdayNumber } from '../../locale/calendar-names';
import { fold } from '../../locale/fold';

/** The longest group heading read ("Mittwoch, 18. November 2025 (12)" and a little more). */
const MOST_HEADING_CHARS = 40;
/** A group's count after its heading: "November 2026 (2)". */
const COUNT = /\s*\(\d+\)$/;
/** Words a date heading may hold beside its month, weekday and numbers: "noviembre de 2025". */
const LINKING = new Set(['de', 'of']);

/**
 * A heading the feed groups its entries under by when they happened: a month with or without its
 * year ("November 2026", "Oktober", "noviembre de 2025"), a day ("Tuesday, November 17",
 * "18. November 2025"). Only month and weekday names (the calendar tables of every language),
 * numbers and their separators, and a linking word: a section's heading ("Details", "History",
 * "Focus") names no day, and its rows are no feed entries.
 */
export function namesFeedGroup(heading: string): boolean {
  const text = heading.trim().replace(COUNT, '');
  if (!text || text.length > MOST_HEADING_CHARS) return false;
  const words = fold(text)
    .split(/[\s,.·•/-]+/)
    .filter(Boolean);
  const named = words.filter((word) => monthNumber(word) !== undefined || weekdayNumber(word) !== undefined);
  return named.length > 0 && words.every((word) => /^\d+$/.test(word) || LINKING.has(word) || named.includes(word));
}
