import { follows, spacedText, textOf } from '../dom';
import { isRelatedRow } from './structure';
import { besideTimeline } from './timeline-placement';
import { isOneOf, norm, type SalesforceWords, wordsOf } from './words';

/** The filter line's values when one of them narrows the timeline, joined as the page shows them. */
export function narrowingFilter(
  view: Element,
  outside: (el: Element) => boolean,
  words: readonly SalesforceWords[],
): string | undefined {
  const labels = wordsOf(words, 'filtersLabel').map(norm);
  const walker = view.ownerDocument.createTreeWalker(view, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // French sets a (no-break) space before the colon: "Filtres : 7 derniers jours • …".
    const text = norm(node.textContent ?? '').replace(/ :/, ':');
    if (!labels.some((label) => text === label || text.startsWith(`${label}:`))) continue;
    const line = lineAround(node.parentElement);
    if (!line || !outside(line)) continue;
    const values = spacedText(line)
      .replace(/^[^:]*:/, '')
      .split(/\s*[•·]\s*/)
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.some((v) => !isOneOf(v, wordsOf(words, 'allFilters')))) return values.join(' • ');
  }
  return undefined;
}

/**
 * On a page in a language Touchline has no words for, the filter line found by its shape alone
 * ("フィルター: 過去 7 日間 • すべての活動 • すべての種別": a label, a colon, values between "•"),
 * outside every item, above the timeline's first item and beside its items (not a record field or
 * a card above it, timeline-placement.ts): whether it narrows the timeline only its wording says,
 * so it is returned whole to be quoted. A line under a label of the tables (`filtersLabel`) was
 * judged by `narrowingFilter` already.
 */
export function unreadFilterLine(
  view: Element,
  items: readonly Element[],
  outside: (el: Element) => boolean,
  words: readonly SalesforceWords[],
): string | undefined {
  const timelineItems = items.filter((item) => !isRelatedRow(item));
  const first = timelineItems[0];
  if (!first) return undefined;
  const labels = wordsOf(words, 'filtersLabel').map(norm);
  const walker = view.ownerDocument.createTreeWalker(view, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/[:：]/.test(node.textContent ?? '')) continue;
    const line = lineAround(node.parentElement);
    const text = line && spacedText(line);
    const shape = text && FILTER_SHAPE.exec(text);
    if (!line || !shape || !outside(line) || !follows(first, line) || !besideTimeline(line, timelineItems)) continue;
    if (!labels.includes(norm(shape[1] ?? ''))) return text;
  }
  return undefined;
}

/** "label: a • b • c": a short label, a colon (full-width too), three or more values between "•" (or "·"). */
const FILTER_SHAPE = /^([^:：•·]{1,40})[:：]\s*[^•·]+(?:[•·][^•·]+){2,}$/;

/** The element holding the whole filter line: the label's element, or a near ancestor, that shows a "•". */
function lineAround(el: Element | null): Element | undefined {
  for (let node = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    if (/[•·]/.test(textOf(node))) return node;
  }
  return undefined;
}
