import { parsePageDate } from '../dates';
import { firstVisible, textOf } from '../dom';
import type { PageClock } from '../types';
import { isDayFirst } from './locale';
import { SELECTORS } from './selectors';

/**
 * An item's date: an ISO `datetime` attribute where the page has one, else the shown text.
 * Pipedrive joins date, owner and person with " · ", so each part is tried. Unparsable text is
 * kept as `dateText`, never turned into a guessed timestamp.
 */
export function itemDate(item: Element, clock: PageClock): { timestamp?: string; dateText?: string } {
  const el = firstVisible(item, SELECTORS.itemDate);
  if (!el) return {};
  const attr = el.getAttribute('datetime');
  const fromAttr = attr ? parsePageDate(attr, clock) : undefined;
  const text = textOf(el);
  if (fromAttr) return { timestamp: fromAttr, dateText: text || attr || undefined };
  if (!text) return {};
  for (const part of [text, ...text.split(/\s+[·•|]\s+/)]) {
    const iso = parsePageDate(part.replace(/^(due|done|added|sent|received)[: ]+/i, ''), clock, isDayFirst(item));
    if (iso) return { timestamp: iso, dateText: text };
  }
  return { dateText: text };
}
