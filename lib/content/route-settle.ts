import type { ReadResult } from '../schema/read-result';
import { LEFT_UNREAD, type PageLeft } from './page-left';
import { readingFingerprint } from './reading-fingerprint';
import { shownItems } from './shown-items';
import { timelineTellsKind } from './timeline-tells-kind';

/** A reading after a navigation: the new record's page, the page left still naming its record, or neither surely. */
export type SettleVerdict = 'new-record' | 'record-left' | 'unsure';

/**
 * After a client-side navigation the CRM still shows the record left for a moment, and that page
 * changes as it goes (its timeline loads more items, or is taken down before its header), while a
 * page mutation (a ticking clock) is no sign of the next record. The first reading is the page as it
 * was at the route change. A reading is the new record's page when it differs from that one, except:
 * - one still naming the record left is a sign only when the page then showed items and none of
 *   them is shown now (a namesake's page);
 * - one naming another record over the items of the page left, or of the page at the route change,
 *   or over that timeline grown (`showsTimeline`: the new header drawn before its timeline, which
 *   may have grown meanwhile: its infinite scroll, an item still arriving), is none; its items are
 *   compared as the page shows them (shown-items.ts), not as read under the new header;
 * - a nameless one (a skeleton: the new header loading, perhaps over the page left's timeline) is none;
 * - after a page that was no record's (a list, a company Touchline does not read), one still
 *   naming what the page at the route change named is none: it may be that page changing.
 * A first reading naming another record than the one left is the new record already drawn, unless it
 * shows the page left's items. A record of another kind (a contact's deal) may well list the same
 * items (a HubSpot deal's timeline shows its contacts' calls): there the items do not say the page
 * is the one left, yet a new name over them (the deal's header drawn over the contact's timeline,
 * first or later) is unsure, not the new record: it is reported once the settle time is over. Where
 * a record's timeline is as good as never exactly one of another kind's, or taken for it would count
 * other people's items (`timelineTellsKind`: a Pipedrive deal's History against its person's, a
 * contact's against the deal left's), a new name over the page left's items exactly as
 * they were is the new header drawn over the page left's timeline, waited past the settle time as
 * one of the same kind is: its own timeline drawn is read at once, and a record whose timeline does
 * equal the one left's is read once the loading time is over.
 * When a record's page was left unread (a quick click), the name at the route change stands for its
 * name. When the page left was no record's, nothing of it was read: the page at the route change
 * stands for it, as long as a reading shows it unchanged, with its timeline's items (two empty
 * timelines tell nothing apart), and the page had not changed before that first reading (the next
 * record drawn in the tasks after the route change). The watcher's settle timer ends the wait in
 * the cases these cannot tell; until a reading tells otherwise, the page left is taken to be
 * still on screen. Whatever the page left, one showing this record as a watch of it last reported
 * it (`lastRead`: back to it soon after leaving it), its name over that timeline, as it was or grown, is
 * its page, unless it grew by items another record's page showed, left or at the route change: its
 * header drawn over the timeline of a record left before it was read, holding its items and more.
 */
export function createRouteSettle(left: PageLeft, lastRead?: PageLeft) {
  let leftName = left.leftName;
  /**
   * Items are compared as the page shows them (shown-items.ts): read under the next record's
   * header, the page left's items may read otherwise (their direction worked out from its name).
   */
  let leftItems = left.leftItems ?? [];
  /** The page left as a reading made before the route change showed it (not the page at the route change). */
  const asRead = left.leftName === undefined ? undefined : { name: left.leftName, items: new Set(left.leftItems) };
  let shownBefore: string | undefined;
  let itemsBefore: string[] = [];
  let nameBefore: string | undefined;
  /** After a page that was no record's: the page at the route change, while it stands for the page left. */
  let noRecordPage: string | undefined;
  let looksLeft = leftName !== undefined || left.leftUnread === true || left.leftNoRecord === true;
  let showsAsRead = false;
  /** The new name the latest reading shows over the page left's timeline, if it does. */
  let headerOverLeft: string | undefined;
  const leftKind = (left.leftKey ?? left.leftRoute)?.split(':')[2];

  /**
   * `changedSinceRoute`: the page changed between the route change and the start of this reading,
   * so a first reading is not surely the page at the route change.
   */
  function judge(result: ReadResult, changedSinceRoute = false): SettleVerdict {
    const fingerprint = readingFingerprint(result);
    const items = shownItems(result);
    const name = result.status === 'read' ? result.record.name : undefined;
    const first = shownBefore === undefined;
    if (first) {
      shownBefore = fingerprint;
      itemsBefore = items;
      nameBefore = name;
      if (left.leftUnread) leftName = name;
      if (left.leftNoRecord && !changedSinceRoute && items.length > 0) noRecordPage = fingerprint;
    }
    const likeLeft = likeness(result, items, first);
    const { namesLeft, newName, itemsLeft } = likeLeft;
    see(fingerprint, items, likeLeft);
    if (showsAsLastRead(name, items)) return 'new-record';
    const isNew = first ? leftName !== undefined && newName && !itemsLeft : fingerprint !== shownBefore && laterIsNew();
    if (isNew) return 'new-record';
    if (!namesLeft) return 'unsure';
    leftItems = items;
    return 'record-left';

    /** A later reading, changed since the route change. */
    function laterIsNew(): boolean {
      if (namesLeft) return namesake(items);
      // Unnamed (a skeleton: the next page loading, its header redrawn over the page left's timeline,
      // which a loading reading does not show), or named as the no-record page at the route change
      // was: nothing tells the new record's page; the settle time ends the wait.
      return newName && !itemsLeft;
    }
  }

  /**
   * A reading during which the page changed (its header and timeline may be two records', read
   * across a page swap): never judged, yet a sign whether the page left is still on screen, so that
   * a new record's page that never goes quiet (a call timer) is shown once the settle time is over.
   * Before any judged reading of a page left unread, nothing tells its name: the wait goes on.
   */
  function glimpse(result: ReadResult): void {
    if (leftName === undefined && left.leftUnread) return;
    if (shownBefore === undefined && left.leftNoRecord) return;
    const items = shownItems(result);
    see(readingFingerprint(result), items, likeness(result, items, shownBefore === undefined));
  }

  /** Whether a reading looks like the page left, and whether it is the page left as read before the route change. */
  function see(
    fingerprint: string,
    items: string[],
    { name, namesLeft, newName, oldTimeline }: ReturnType<typeof likeness>,
  ): void {
    headerOverLeft = newName && oldTimeline ? name : undefined;
    looksLeft = namesLeft || headerOverLeft !== undefined || fingerprint === noRecordPage;
    // Its name over some of its items: a namesake shares none (nor does an empty timeline tell).
    showsAsRead = asRead !== undefined && name === asRead.name && items.some((item) => asRead.items.has(item));
  }

  /** How a reading compares with the page left and with the page at the route change. */
  function likeness(result: ReadResult, items: string[], first: boolean) {
    const name = result.status === 'read' ? result.record.name : undefined;
    const namesLeft = leftName !== undefined && name === leftName;
    const newName = name !== undefined && name !== (leftName ?? nameBefore);
    const otherKind = leftKind !== undefined && result.kind !== leftKind;
    const itemsLeft = showsTimeline(items, leftItems) || (!first && showsTimeline(items, itemsBefore));
    const asLeft = sameItems(items, leftItems) || (!first && sameItems(items, itemsBefore));
    const keptAcrossKinds = otherKind && asLeft && timelineTellsKind(result.crm, leftKind, result.kind);
    return { name, namesLeft, newName, itemsLeft, oldTimeline: (!otherKind && itemsLeft) || keptAcrossKinds };
  }

  /**
   * This record's name over the timeline its own page showed when last reported, as it was or grown
   * (`showsTimeline`): its page again. A superset alone is not: its name drawn over the page left's
   * timeline holding all its items among others' (a HubSpot company's, rolling up its contacts'), nor
   * one grown by items another record's page showed (`othersShown`): Ana's header over the feed of Ben,
   * left before he was read, listing the emails both had and his newer call. As it was, it is its page
   * whatever the page left showed: nothing of another record's would be saved.
   */
  function showsAsLastRead(name: string | undefined, items: string[]): boolean {
    if (lastRead?.leftName === undefined || name !== lastRead.leftName) return false;
    const own = lastRead.leftItems ?? [];
    if (!showsTimeline(items, own)) return false;
    const onPageLeft = othersShown(name);
    const grown = new Set(own);
    return !items.some((item) => !grown.has(item) && onPageLeft.has(item));
  }

  /**
   * The items another record's page showed, left or at the route change: grown by those, this
   * record's timeline as last read is that page under its header (back to it before the record left
   * was read: its header drawn over that record's timeline, which holds its items and more).
   */
  function othersShown(name: string): Set<string> {
    const shown = new Set<string>();
    if (leftName !== undefined && leftName !== name) for (const item of leftItems) shown.add(item);
    if (nameBefore !== name) for (const item of itemsBefore) shown.add(item);
    return shown;
  }

  /** Items shown, and none of those shown at the route change: another record of the same name. */
  function namesake(items: string[]): boolean {
    const before = new Set(itemsBefore);
    return items.length > 0 && before.size > 0 && !items.some((item) => before.has(item));
  }

  return {
    judge,
    glimpse,
    /**
     * The latest reading, judged or torn (`glimpse`), still looks like the page left (its name, or its
     * timeline under a new header), or none told yet after a record's page: the wait goes on past
     * the settle time, up to the loading time.
     */
    showsLeft: () => looksLeft,
    /**
     * The latest reading shows the record left as it was read before the route change (its name
     * over some of its items): past the loading time it is still not the new record's page.
     */
    showsLeftAsRead: () => showsAsRead,
    /**
     * The new name the latest reading, judged or torn, shows over the page left's timeline (the new
     * header drawn before its timeline, or a record whose timeline is the one left's), if it does.
     */
    headerOverLeft: () => headerOverLeft,
    /** The page left as the latest reading naming it showed it. */
    pageLeft: (): PageLeft => (leftName === undefined ? LEFT_UNREAD : { leftName, leftItems, leftKey: left.leftKey }),
  };
}

/**
 * Whether `items` is the timeline `others` listed, as it was or grown. The next record's own
 * timeline may hold all of the page left's items and more (a HubSpot call, mail or meeting with
 * several contacts is on each one's timeline; a deal's shows its contacts'), so a superset alone
 * does not say the page left. The three CRMs list a timeline newest first (planned items above):
 * while on screen it grows at its ends, an item arriving at the top, older ones loaded by its scroll
 * or "load more" at the bottom, and the items it showed stay one unbroken run. Another record's own
 * items are dated around and between the shared ones, and usually outnumber them. So a superset is
 * the page left grown when that page showed two items or more (one shared item tells nothing), they
 * are still one run, the new items all on one side of it, and no more of them than the page left
 * showed (an item or two arriving; a batch loaded is taken to be no longer than the timeline shown).
 * The doubt is weighed so: a next record taken for the page left waits up to the loading time, while
 * the page left taken for the next record would have its items saved under it for good.
 */
function showsTimeline(items: string[], others: string[]): boolean {
  if (!showsAll(items, others)) return false;
  const left = new Set(others);
  const run = items.flatMap((item, at) => (left.has(item) ? [at] : []));
  const added = items.length - run.length;
  if (added === 0) return true;
  const start = run[0] ?? 0;
  const end = run.at(-1) ?? 0;
  const unbroken = end - start + 1 === run.length;
  const oneSide = start === 0 || end === items.length - 1;
  return left.size >= 2 && unbroken && oneSide && added <= left.size;
}

/** The same items, in the same order, some at least: the timeline as it was, not grown. */
function sameItems(items: string[], others: string[]): boolean {
  return others.length > 0 && items.length === others.length && items.every((item, at) => item === others[at]);
}

/**
 * All of `others` still shown, with any drawn since, some at least: two empty timelines tell
 * nothing apart.
 */
function showsAll(items: string[], others: string[]): boolean {
  if (others.length === 0) return false;
  const shown = new Set(items);
  return others.every((item) => shown.has(item));
}
