import { type PageDate, readPageDate } from '../../locale/page-date';
import type { PageLocale } from '../../locale/page-locale';
import type { PageClock } from '../types';

/**
 * A date in a field or a related-list cell, which may lead with a name: "Alex Morgan, 8/23/2026,
 * 9:00 AM". The longest comma-separated tail that reads as a date wins.
 */
export function fieldDate(text: string, page: { clock: PageClock; locale: PageLocale }): PageDate | undefined {
  const parts = text.split(',').map((p) => p.trim());
  for (let i = 0; i < parts.length; i++) {
    const read = readPageDate(parts.slice(i).join(', '), page.clock, page.locale);
    if (read) return read;
  }
  return undefined;
}
