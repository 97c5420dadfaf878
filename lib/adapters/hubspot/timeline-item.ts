import { monthNumber } from '../../locale/calendar-names';
import { machineDateStands } from '../../locale/machine-date-stands';
import { findDateInText } from '../../locale/page-date';
import { follows, spacedText, textOf } from '../dom';
import { isOutcomeLine } from './classify-activity';
import { isDateElement } from './date-anchors';
import { boundedDescription } from './description-bound';
import { groupHeading, inUpcomingGroup } from './item-group';
import { itemProperty } from './item-property';
import { textsAroundDate } from './item-text';
import { readItemDate, type ShownMonth } from './page-date';
import { fitsPlaceInFeed } from './place-in-feed';
import type { ReadingContext } from './reading-context';
import { TIMELINE } from './selectors';
import { isTaskCompleted } from './task-completed';
import { typeRowAbove } from './type-row';
import { recordIdOfHref } from './url';
import { labelsOf } from './words/index';

/** The raw parts of one timeline item, before classification. */
export interface ItemParts {
  header: string;
  title: string;
  /**
   * Without a title hook: the first text after the header line (a subject, or a system item's
   * sentence). With one: the title where the body opens by repeating it (a preview's own subject
   * line under the older card's title), else ''.
   */
  subject: string;
  /** The item's text beyond its header and title: who did what, with whom. */
  description: string;
  dateText?: string;
  icon?: string;
  isNoteCard: boolean;
  outcomeText?: string;
  directionText?: string;
  sourceId?: string;
  contactIds: string[];
  inUpcomingGroup: boolean;
  /** The month a group's heading names ("December 2026"): the year of its days shown without one. */
  groupMonth?: ShownMonth;
  /** Shown done by a task's own marks: its checkbox, its status, its header (task-completed.ts). */
  completed: boolean;
}

/**
 * An item's parts, by its test ids where the page has them, else by its shape: the date line
 * (the one the item finder found, else the first date in the item: header before body), the
 * header line around it (with a type row above it where that line names no type: type-row.ts), and
 * the first text after the header as the title.
 */
export function itemParts(
  card: Element,
  root: Element,
  context: ReadingContext,
  dateLine?: Element,
  known: Map<Element, string> = new Map(),
): ItemParts {
  const timeEl = itemTime(card, context, dateLine);
  const headerEl = card.querySelector(TIMELINE.header) ?? lineOf(timeEl, card);
  const actions = card.querySelector(TIMELINE.headerActions);
  const buttons = Array.from(card.querySelectorAll('button')).map((b) => spacedText(b));
  const titleEl = card.querySelector(TIMELINE.title) ?? card.querySelector(TIMELINE.titleFallback);
  const title = spacedText(titleEl);
  const heading = groupHeading(card, root, context, known);
  const before = headerEl || !timeEl ? [] : textsAroundDate(card, timeEl).before;
  const line = headerEl
    ? without(spacedText(headerEl), [spacedText(timeEl), spacedText(actions), title, ...buttons])
    : before.join(' ') || firstLeafText(card, [spacedText(timeEl), title]);
  const typeRow = headerEl ? typeRowAbove(card, headerEl, line, [title, ...buttons], context.words) : undefined;
  const header = typeRow ? `${typeRow} ${line}`.trim() : line;
  // An item on one line ("Email | Nov 3, 2026 | Re: pricing") has its header before its date, its subject after.
  const headerEnd = headerEl ?? (before.length > 0 ? timeEl : null);
  // The header line goes whole, the title too where it stands apart from it: an older card wrapping
  // a 2024+ preview titles it above a header that repeats the subject ("Email - Re: Pilot"), which
  // left in would open the body before its From and To rows (email-parties.ts).
  const text = without(spacedText(card), [
    typeRow ?? '',
    headerEl ? spacedText(headerEl) : line,
    titleEl && headerEl?.contains(titleEl) ? '' : title,
    spacedText(timeEl),
    spacedText(actions),
    ...buttons,
  ]);
  const firstLine = spacedText(textAfter(headerEnd, timeEl, card));
  const subject = title ? repeatedTitle(title, text) : firstLine;
  const description = boundedDescription(text, subject);
  const upcoming = inUpcomingGroup(card, heading, context);
  const dated = { card, root, context, upcoming };
  const parts: ItemParts = {
    header,
    title,
    subject,
    description,
    isNoteCard: card.matches(TIMELINE.noteCard) || card.querySelector(TIMELINE.noteCard) !== null,
    contactIds: contactIdsIn(card),
    inUpcomingGroup: upcoming,
    completed: isTaskCompleted(card, header, context.words),
  };
  const optional: Partial<ItemParts> = {
    groupMonth: monthOf(heading),
    dateText: itemDateText(dated, timeEl, inHeader(timeEl, card, dateLine), header, description),
    icon: iconOf(card, headerEl, actions),
    outcomeText:
      itemProperty(card, labelsOf(context.words, 'outcome')) ??
      (isOutcomeLine(firstLine, context.words) ? firstLine : undefined),
    directionText: itemProperty(card, labelsOf(context.words, 'direction')),
    sourceId: idOf(actions) ?? idOf(card.querySelector(TIMELINE.pinButton)),
  };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(parts, { [key]: value });
  return parts;
}

/**
 * The item's date element: its timestamp hook; else, decisions.md: "an item's date is looked for in
 * its header line before its body", a guessed date element (`<time>`, a "Timestamp" class) in the
 * header line, then the date line the item finder found or the first date in the item, then a
 * guessed date element anywhere. A `<time>` in a call's notes ("Agreed to meet on Dec 2") dates
 * what the call planned, never the call: one outside the header line dates the item only where it
 * fits its place in the feed (itemDateText).
 */
function itemTime(card: Element, context: ReadingContext, dateLine: Element | undefined): Element | null {
  const hooked = card.querySelector(TIMELINE.timestamp);
  if (hooked) return hooked;
  const found = dateLine ?? firstDate(card, context);
  const line = card.querySelector(TIMELINE.header) ?? lineOf(found, card);
  return line?.querySelector(TIMELINE.timeGuess) ?? found ?? card.querySelector(TIMELINE.timeGuess);
}

function firstDate(card: Element, context: ReadingContext): Element | null {
  return Array.from(card.querySelectorAll('*')).find((el) => isDateElement(el, context)) ?? null;
}

/** The item's header line: the child of the item (below single-child wrappers) that holds its date line. */
function lineOf(timeEl: Element | null, card: Element): Element | null {
  let base = card;
  while (base.children.length === 1 && base.firstElementChild) base = base.firstElementChild;
  if (!timeEl || !base.contains(timeEl) || timeEl === base) return null;
  let line = timeEl;
  while (line.parentElement && line.parentElement !== base) line = line.parentElement;
  return line === timeEl ? null : line;
}

/**
 * The first text after the header line, or after the date on a one-line item (a title, or a system
 * item's sentence). Never the date: shown on its own line under the header ("hace 3 horas"), it
 * would title the item with a text that changes between visits, and so its key (lib/keys.ts).
 */
function textAfter(headerEnd: Element | null, timeEl: Element | null, card: Element): Element | null {
  if (!headerEnd) return null;
  for (const el of Array.from(card.querySelectorAll('*'))) {
    if (headerEnd.contains(el) || timeEl?.contains(el) || el.closest('button')) continue;
    if (!follows(el, headerEnd)) continue;
    const leafish = el.children.length === 0 || Array.from(el.children).every((c) => c.tagName === 'A');
    if (leafish && textOf(el)) return el;
  }
  return null;
}

interface Dated {
  card: Element;
  root: Element;
  context: ReadingContext;
  upcoming: boolean;
}

/**
 * The item's date as the page wrote it, header before body (decisions.md): its date element where
 * it stands in or beside the header line (or is the item's hook or found date line: a subject may
 * name a day and hour, "Email - Confirmed: demo on Nov 12 at 2:00 PM"); else a date with its time
 * standing apart in the header's text ("Logged call · Nov 18, 2026 at 3:15 PM": when it was
 * logged), not ahead of now outside the upcoming group, where it fits the item's place in the feed
 * (place-in-feed.ts); else its date element in the notes where it fits; else a date with its time
 * in the header's text, not ahead of now, fitting or not; else, where it fits, a day the header's
 * text names (a subject: "Email - Agenda for Nov 3, 2026"), then one in its body ("Can we meet on
 * Nov 24?"): these name what the item speaks of, and date it only where nothing around says otherwise.
 */
function itemDateText(
  dated: Dated,
  timeEl: Element | null,
  ownLine: boolean,
  header: string,
  description: string,
): string | undefined {
  const { card, root, context, upcoming } = dated;
  const fits = (text: string | undefined) =>
    text !== undefined && fitsPlaceInFeed(card, root, text, context, upcoming) ? text : undefined;
  const shown = dateTextOf(timeEl, context);
  if (shown && ownLine) return shown;
  const inHeaderText = dateInText([header], context);
  // The header's own "Logged call · Nov 18, 2026 at 3:15 PM" says when the item was logged; a date
  // element in the notes, even one fitting its place, names a day they speak of. A day and hour in
  // a subject ("Logged email - Recap of our call on Sep 3, 2026 at 2:00 PM") is what the mail
  // speaks of: the notes' date (its own Sent row) comes first then.
  const logged = inHeaderText !== undefined && loggedAt(inHeaderText, context, upcoming);
  if (logged && standsApart(header, inHeaderText) && fits(inHeaderText)) return inHeaderText;
  return fits(shown) ?? (logged ? inHeaderText : fits(inHeaderText)) ?? fits(dateInText([description], context));
}

/**
 * "Logged call with Ivo Brandt · Nov 18, 2026 at 3:15 PM": the date after a separator of its own,
 * no subject run into it, and the wording before it the item's type alone: after a subject
 * ("Logged email - Demo confirmed | Nov 12, 2026 at 2:00 PM") it is the subject's own meeting time.
 */
function standsApart(header: string, date: string): boolean {
  const before = header.slice(0, header.indexOf(date));
  const separator = /(?:^|\s[·|•])\s*$/u.exec(before);
  return separator !== null && !/\s[-–]\s/u.test(before.slice(0, separator.index));
}

/** A date with its time of day, not after the moment the page was read outside the upcoming group. */
function loggedAt(text: string, context: ReadingContext, upcoming: boolean): boolean {
  const read = readItemDate(text, context.clock, context.locale, upcoming ? 'planned' : 'past');
  if (read?.timePrecision !== 'minute') return false;
  return upcoming || Date.parse(read.timestamp) <= context.clock.now.getTime();
}

/**
 * The date element is the item's own: its timestamp hook, the date line the item finder found, or
 * one inside the header line's hook or drawn beside it (its parent holds the header line; an item
 * without that hook has its header line around its date). One further down, in the notes, may be a
 * day they speak of.
 */
function inHeader(timeEl: Element | null, card: Element, dateLine: Element | undefined): boolean {
  if (!timeEl || timeEl === dateLine || timeEl.matches(TIMELINE.timestamp)) return true;
  const header = card.querySelector(TIMELINE.header);
  return !header || header.contains(timeEl) || timeEl.parentElement?.contains(header) === true;
}

/**
 * The first run of text that reads as a date, e.g. "Logged call · Nov 18 at 3:15 PM".
 */
function dateInText(texts: string[], context: ReadingContext): string | undefined {
  for (const text of texts) {
    const found = text ? findDateInText(text, context.clock, context.locale) : undefined;
    if (found) return found.match;
  }
  return undefined;
}

/**
 * A machine-readable `datetime` wins over the shown text (except a date-only value behind a text
 * showing a day: machine-date-stands.ts), then a date in the element's `title`
 * ("3 days ago" shown, "Nov 17, 2026 at 10:05 AM" on hover: crm-evidence-2.md, `title` attributes
 * last longest) unless it is less precise than the text; the text is kept otherwise.
 */
function dateTextOf(el: Element | null, context: ReadingContext): string | undefined {
  if (!el) return undefined;
  const shown = textOf(el) || undefined;
  const text = titledDate(el, shown, context) ?? shown;
  const machine = el.getAttribute('datetime') ?? el.querySelector('time[datetime]')?.getAttribute('datetime');
  if (!machine) return text;
  return machineDateStands(machine, text ? readItemDate(text, context.clock, context.locale) : undefined)
    ? machine
    : text;
}

function titledDate(el: Element, shown: string | undefined, context: ReadingContext): string | undefined {
  const title = (el.getAttribute('title') ?? el.querySelector('[title]')?.getAttribute('title'))?.trim();
  const inTitle = title ? findDateInText(title, context.clock, context.locale) : undefined;
  if (!inTitle) return undefined;
  const inText = shown ? readItemDate(shown, context.clock, context.locale) : undefined;
  const asPrecise = !inText || inTitle.timePrecision === 'minute' || inText.timePrecision === 'day';
  return asPrecise ? inTitle.match : undefined;
}

/** The title, where the body opens with it again: the subject line the rows of an email follow. */
function repeatedTitle(title: string, description: string): string {
  return description === title || description.startsWith(`${title} `) ? title : '';
}

function firstLeafText(card: Element, drop: string[]): string {
  const firstLeaf = Array.from(card.querySelectorAll('*')).find(
    (node) => node.children.length === 0 && textOf(node) && !drop.includes(textOf(node)),
  );
  return textOf(firstLeaf);
}

function without(text: string, parts: string[]): string {
  let out = text;
  for (const part of parts) if (part) out = out.replace(part, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

function idOf(el: Element | null): string | undefined {
  const id = el?.getAttribute('data-selenium-id')?.trim();
  return id || undefined;
}

/**
 * The icon naming the item's kind: one in the header line, else the first outside the item's own
 * controls. An action bar draws its controls as icons too ("Reply", "Forward"): their labels name
 * what the user may do, not the item's kind or direction.
 */
export function iconOf(card: Element, headerEl: Element | null, actions: Element | null): string | undefined {
  // Not any image's `alt`: an avatar names a person ("Callum Reed"), an email's banner is its own text.
  const icons = Array.from(card.querySelectorAll(TIMELINE.icon)).filter(
    (el) => !actions?.contains(el) && !inControlOf(card, el),
  );
  const icon = icons.find((el) => headerEl?.contains(el)) ?? icons[0];
  if (!icon) return undefined;
  return (
    icon.getAttribute('data-icon-name') ||
    icon.getAttribute('aria-label') ||
    icon.getAttribute('title') ||
    icon.getAttribute('alt') ||
    undefined
  );
}

/** Inside a button or link of the item itself (the toggle that wraps a whole preview is not one). */
function inControlOf(card: Element, el: Element): boolean {
  const control = el.closest(TIMELINE.control);
  return control !== null && control !== card && card.contains(control);
}

function contactIdsIn(card: Element): string[] {
  const ids = Array.from(card.querySelectorAll(TIMELINE.contactLink))
    .map((a) => recordIdOfHref(a.getAttribute('href') ?? '', 'contact'))
    .filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** The month and year a month group's heading names: "December 2026", "Noviembre de 2026". */
function monthOf(heading: string): ShownMonth | undefined {
  const year = heading.match(YEAR)?.[0];
  if (!year) return undefined;
  const month = heading
    .split(/[\s,]+/)
    .map(monthNumber)
    .find((found) => found !== undefined);
  return month ? { year: Number(year), month } : undefined;
}
