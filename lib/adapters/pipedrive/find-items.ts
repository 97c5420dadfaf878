import { byPageOrder } from '../dom';
import type { PageClock } from '../types';
import { standsAmongEntries } from './among-entries';
import { isDated } from './dated-line';
import { dayGroupEntries } from './day-group';
import { withoutDoneLines } from './done-line';
import { feedSectionStart, sectionOf } from './feed-section';
import { holdsFieldRows, isFieldRow } from './field-rows';
import { groupsBeside } from './groups-beside';
import { chunksOf, hiddenByPage, linesOf } from './lines';
import { LIST_ROW } from './list-row';
import type { PageLanguage } from './page-locale';
import { isQuotedHeaderRow } from './quoted-header';
import { isRecordCard } from './record-card';
import { isRecordPanel } from './record-panel';
import { TITLES } from './titles';
import { withoutTrackingLines } from './tracking-lines';
import { hasTypeSignal, iconLabels } from './type-signals';
import type { Wording } from './wording';
import { namesFeedGroup } from './year-header';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], [role="tablist"]';

/**
 * Timeline items found by what they are, with no class, id or test attribute: no source shows
 * a Pipedrive history item's markup (crm-evidence-2.md), so an item is the largest element
 * around one dated line that holds no other dated line (each feed entry carries one date), short
 * of one standing among entries of its shape whose dates are not readable (among-entries.ts). A
 * section holding a single item is entered past its heading. Field rows in the sidebar are dated
 * too, so an entry must carry a type signal (icon label, checkbox, mail lines, a change arrow), or
 * sit among other entries with more than a label and a value. A quoted mail header's date row in
 * an entry's body is the quoted mail's (quoted-header.ts), so it carries no entry, nor does the line
 * saying when an entry showing its due date was marked done (done-line.ts). A day's header
 * over entries showing their time alone ("Yesterday" over "4:15 PM · Jordan Blake") is the only
 * dated line of its group: the group found from it gives way to its entries (day-group.ts). The
 * sidebar's rows are never entries, whatever they show (inSidebar), nor are field rows and other
 * records' cards wherever they stand (isNoEntry).
 */
export function findItems(view: Element, clock: PageClock, language: PageLanguage): Element[] {
  const dated = linesOf(view).filter(
    (line) => !inListRow(line) && isDated(line, clock, language) && !isQuotedHeaderRow(line, language.words),
  );
  const carriers = withoutTrackingLines(withoutDoneLines(dated, view, language.words), view, language.words);
  const counts = new Map<Element, number>();
  for (const carrier of carriers)
    for (let el: Element | null = carrier; el && el !== view; el = el.parentElement)
      counts.set(el, (counts.get(el) ?? 0) + 1);
  const items = carriers.map((carrier) => {
    let item = carrier;
    while (
      item.parentElement &&
      item.parentElement !== view &&
      counts.get(item.parentElement) === 1 &&
      !holdsChromeBeside(item.parentElement, item) &&
      !standsAmongEntries(item, language.words)
    )
      item = item.parentElement;
    return enterPastHeading(item, carrier);
  });
  const holdsDate = (el: Element) => counts.has(el);
  const entries = items.flatMap(
    (item, i) => dayGroupEntries(item, carriers[i] as Element, holdsDate, clock, language) ?? [item],
  );
  const siblingsOf = new Map<Element | null, number>();
  for (const item of entries) siblingsOf.set(item.parentElement, (siblingsOf.get(item.parentElement) ?? 0) + 1);
  const historyEntry = (item: Element) => onlyHistoryEntry(item, view, clock, language);
  const shaped = [...new Set(entries)].filter(
    (item) =>
      !holdsFieldRows(item, language.words) &&
      (!isNoEntry(item, language.words) || historyEntry(item)) &&
      (hasTypeSignal(item, language.words) ||
        ((siblingsOf.get(item.parentElement) ?? 0) > 1 && chunksOf(item).length >= 3) ||
        historyEntry(item)),
  );
  const sides = shaped.map((item) => sidebarOf(item, view, language.words));
  const outside = shaped.filter((_, i) => sides[i] === undefined);
  // No entry outside a landmark: a titled one holds the record's feed though its title is not the
  // name read, where its entries stand in a Focus or History section begun inside it. A widget
  // headed by an h1 of its own ("Sales Assistant") shows dated lines too, but no feed section.
  const found =
    outside.length > 0 ? outside : shaped.filter((item, i) => holdsFeedSection(sides[i], item, clock, language));
  return withSiblingEntries(withoutContainers(found, view), clock, language);
}

/**
 * The record's sidebar, a landmark inside the view: its field rows are dated ("Next activity ·
 * Nov 24") and may show a type word or icon ("E-mail", a Call icon), yet a field row is never a
 * feed entry. A view that is itself drawn in a landmark (a drawer) is no sidebar of its own, nor
 * is a landmark titled with the record's name (record-panel.ts): a lead opened over the Leads
 * Inbox list in an `<aside>` panel, found through `main` (its feed was dropped whole). One with
 * a title of its own holds the feed where no entry stands outside a landmark (findItems) and it
 * shows the feed's own section (holdsFeedSection).
 */
const SIDEBAR = 'aside, [role="complementary"]';

function sidebarOf(item: Element, view: Element, words: Wording): Element | undefined {
  const side = item.closest(SIDEBAR);
  return side !== null && side !== view && view.contains(side) && !isRecordPanel(side, view, words) ? side : undefined;
}

/**
 * The History's only entry, where no sibling entry says its shape (a deal never worked shows its
 * creation alone, "Deal created · Oct 1, 2026", which reads like the sidebar's field of that name):
 * it stands past the History's heading or filter chips (feed-section.ts), outside the sidebar,
 * under an icon naming its kind.
 */
function onlyHistoryEntry(item: Element, view: Element, clock: PageClock, language: PageLanguage): boolean {
  return (
    iconLabels(item).length > 0 &&
    sidebarOf(item, view, language.words) === undefined &&
    sectionOf(item, clock, language) === 'history'
  );
}

/**
 * The landmark is titled and the item's Focus or History section begins inside it (its heading,
 * title or filter chips in the page's words, feed-section.ts): the landmark shows the feed. A
 * section begun before the landmark, or none, says nothing of the lines inside it.
 */
function holdsFeedSection(side: Element | undefined, item: Element, clock: PageClock, language: PageLanguage): boolean {
  if (!side?.querySelector(TITLES)) return false;
  const start = feedSectionStart(item, clock, language);
  return start !== undefined && side.contains(start);
}

/**
 * A field row ("Next activity · Call Jonas · Nov 24") or another record's card (a deal's, with its
 * next activity's icon and day): dated and typed like an entry, never one (field-rows.ts,
 * record-card.ts).
 */
function isNoEntry(el: Element, words: Wording): boolean {
  return isFieldRow(el, words) || isRecordCard(el, words);
}

/**
 * In a row of a list (list-row.ts): each row is another record, dated and with a type icon in its
 * next-activity cell; read as feed entries they would be calls this lead never had.
 */
function inListRow(line: Element): boolean {
  return line.closest(LIST_ROW) !== null;
}

/**
 * Each feed entry carries one date, so an element holding other entries is their list, never an
 * entry itself, even where its own text reads as a date (a day divider "November 19, 2026" beside
 * the entries): read as one, it takes its first entry's link and icon, and the date of whichever.
 */
function withoutContainers(items: Element[], view: Element): Element[] {
  const known = new Set(items);
  const containers = new Set<Element>();
  for (const item of items)
    for (let el = item.parentElement; el && el !== view; el = el.parentElement) if (known.has(el)) containers.add(el);
  return containers.size === 0 ? items : items.filter((item) => !containers.has(item));
}

/**
 * The items with the entries beside them: elements of the same tag among the items' siblings that
 * carry a type signal. An entry whose date the page does not show in a readable form still sits
 * among its dated siblings: it is read, so it can be reported as undated. An entry drawn by another
 * component than the item marker's (a synced mail as `MailMessage_*` beside `FlowItem_*`,
 * crm-evidence-2.md: the feed mixes activities, mail and changes, and classes are build-hashed)
 * is read too, never dropped in silence. So is an entry of a group beside the items' own (a month's
 * group drawn in part, "October 2026" over a call whose date line is not drawn yet: groups-beside.ts),
 * which no dated line found. An element holding items is their group (a day's, with
 * its header), never an entry beside them; nor is a field row or another record's card.
 */
export function withSiblingEntries(items: Element[], clock: PageClock, language: PageLanguage): Element[] {
  const known = new Set(items);
  const parents = new Set<Element>();
  for (const item of items) if (item.parentElement) parents.add(item.parentElement);
  const holders = holdersOf(items);
  const extra = new Set<Element>();
  const feedGroup = (heading: string) => namesFeedGroup(heading, clock, language);
  for (const parent of parents) {
    const tags = new Set(items.filter((i) => i.parentElement === parent).map((i) => i.tagName));
    for (const group of [parent, ...groupsBeside(parent, holders, feedGroup)])
      for (const child of Array.from(group.children))
        if (
          !known.has(child) &&
          tags.has(child.tagName) &&
          !holders.has(child) &&
          !isNoEntry(child, language.words) &&
          !hiddenByPage(child) &&
          !isFilterBar(child) &&
          hasTypeSignal(child, language.words)
        )
          extra.add(child);
  }
  if (extra.size === 0) return items;
  const all = [...items, ...extra];
  return all.sort(byPageOrder);
}

/** Every element that holds one of the items. */
function holdersOf(items: Element[]): Set<Element> {
  const holders = new Set<Element>();
  for (const item of items)
    for (let el = item.parentElement; el && !holders.has(el); el = el.parentElement) holders.add(el);
  return holders;
}

/**
 * The History feed's filter chips ("All · Notes · Emails · Changelog", crm-evidence-2.md: buttons
 * with `aria-pressed`) name kinds of entries but are none: a tab list, toolbar or radio group
 * (a segmented control), or several tabs, radios or pressed-state buttons side by side (an entry
 * has one done toggle at most).
 */
export function isFilterBar(element: Element): boolean {
  if (element.matches('[role="tablist"], [role="toolbar"], [role="radiogroup"]')) return true;
  return element.querySelectorAll('[role="tab"], [role="radio"], [aria-pressed]').length > 1;
}

/**
 * Page chrome that no feed entry contains: a section or page heading, a landmark, the feed's
 * filter chips. Climbing from a lone entry's date stops below the element that holds them beside
 * it, so an entry alone in its feed is not read as the whole view (its title a sidebar value).
 * Lower headings and `header` are left out: an entry's subject may be one (h3, h4), and an entry
 * may open with its own `header`.
 */
const CHROME = 'h1, h2, aside, nav, [role="banner"], [role="complementary"], [role="navigation"]';

function holdsChromeBeside(parent: Element, item: Element): boolean {
  return Array.from(parent.children).some(
    (child) =>
      child !== item &&
      !hiddenByPage(child) &&
      (child.matches(CHROME) || child.querySelector(CHROME) !== null || isFilterBar(child)),
  );
}

/**
 * A section with one item: its heading and tabs belong to the section, the item is the part with
 * the date. So do the feed's other sections beside it, each opening with its heading (a deal's
 * Focus beside a History holding its creation alone: the feed's column is no entry).
 */
function enterPastHeading(item: Element, carrier: Element): Element {
  let current = item;
  for (;;) {
    const children = Array.from(current.children).filter((c) => !hiddenByPage(c));
    const holder = children.find((c) => c.contains(carrier));
    const chrome = children.some(
      (c) => c !== holder && (c.matches(HEADING) || c.firstElementChild?.matches(HEADING) === true),
    );
    if (!holder || holder === carrier || !chrome) return current;
    current = holder;
  }
}
