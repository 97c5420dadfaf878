import { datedFields, findDateInText } from '../../locale/page-date';
import type { TimePrecision } from '../../schema/activity';
import { looksLikeDate } from './date-like';
import type { ItemParts } from './item-text';
import type { TimelineContext } from './read-timeline';
import { parseTimelineDate, type TimelineDateContext } from './timeline-date';
import { isOneOf, saysAny, wordsOf } from './words';

export interface ItemDate {
  timestamp?: string;
  timePrecision?: TimePrecision;
  relativeTime?: true;
  /**
   * The text the date was read from, or when none could be read the date element's text, else a
   * text of the item that tries to say a date; absent when the item shows no date at all.
   */
  text?: string;
}

/**
 * An item's date: its date element (or `<time datetime>`), else its header line as a whole, else
 * the first text of that line that reads as a date, then of its body, then a date inside the header's or the body's wording
 * ("Logged 3 Nov 2026"; decisions.md: header before body). Unreadable date text is kept; "No due date"
 * is no date at all. `noWords`: the page's language has no table, so a late marker cannot be read.
 */
export function itemDate(
  parts: ItemParts,
  ctx: Pick<TimelineContext, 'clock' | 'locale' | 'words'>,
  where: Omit<TimelineDateContext, 'overdue' | 'late'>,
  noWords = false,
): ItemDate {
  const overdue = wordsOf(ctx.words, 'overdue');
  // The whole header line before its parts: "<span>3:30 PM</span> | <span>Nov 17</span>" is one
  // date, while its time alone would read as today.
  const line = parts.headerText.replace(/\s+/g, ' ').trim();
  const candidates = [parts.dateText, line, ...parts.headerTexts, ...parts.bodyTexts].filter(Boolean);
  // The late marker may be an element of its own beside the date ("Overdue" then "Nov 17"), or the sentence says it.
  const marked =
    candidates.some((text) => isOneOf(text, overdue)) || saysAny(parts.summary, wordsOf(ctx.words, 'overdueSentence'));
  const late: TimelineDateContext['late'] = marked ? 'marked' : noWords ? 'unreadable' : undefined;
  const context = { ...where, overdue, ...(late ? { late } : {}) };
  for (const text of candidates) {
    if (isOneOf(text, wordsOf(ctx.words, 'noDueDate'))) return { text };
    const read = parseTimelineDate(text, ctx.clock, context, ctx.locale);
    if (read) return { ...read, text };
  }
  for (const text of [parts.headerText, parts.bodyText]) {
    const found = text ? findDateInText(text, ctx.clock, ctx.locale) : undefined;
    if (!found) continue;
    // Read the match again as a timeline date: a day without a year takes the group's year, or
    // an upcoming item's ("Due Nov 25" is this Nov 25, not last year's).
    const read = parseTimelineDate(found.match, ctx.clock, context, ctx.locale) ?? found;
    return { ...datedFields(read), text: found.match };
  }
  // The date element's text is the date the page shows, whatever it says; another text of the
  // header only where it tries to say a date, never the name beside the subject.
  const shown = parts.dateText || parts.headerTexts.find((text) => looksLikeDate(text, ctx.locale));
  return shown ? { text: shown } : {};
}
