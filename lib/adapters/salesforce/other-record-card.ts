import { follows } from '../dom';
import { remembered } from '../reading-memo';
import { toSalesforceId18 } from '../salesforce-id';
import { deepQueryAll, recordHeaders } from './scope';
import { SEL } from './selectors';
import { activityLinkOf } from './structure';

/** A link to a record's own page, `/lightning/r/{Object}/{id}/view` or `/lightning/r/{id}/view` (crm-pages.md): its id. */
const RECORD_PAGE_LINK =
  /\/lightning\/r\/(?:[A-Za-z][A-Za-z0-9_]*\/)?([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/view(?:[?#]|$)/;

/**
 * Whether an element sits in a card about another record that the record's view also shows: a
 * lookup's hover card, or App Builder's Related Record component (last year's deal on the renewal,
 * the account on a contact). Such a card holds the same field items as the record's own details
 * (Stage, Amount, Phone), and they are that other record's. A card is another record's when its
 * heading links to a record page whose id is not the one the URL names (a lookup field's link is a
 * value, not a heading; the record's highlights panel and detail sections are headed by no other
 * record). Found two ways: the card by its classes (SEL.recordCard), and, with no class left, by
 * the heading link alone.
 */
export function inAnotherRecordsCard(view: Element, recordId: string): (el: Element) => boolean {
  const own = toSalesforceId18(recordId);
  const cards = remembered(`other-record-cards ${own}`, view, () => new Set(otherRecordCards(view, own)));
  return (el) => {
    for (let node: Element | null = el; node && node !== view; node = parentOf(node)) {
      if (cards.has(node)) return true;
    }
    return false;
  };
}

function otherRecordCards(view: Element, own: string): Element[] {
  const byClass = deepQueryAll(view, SEL.recordCard).filter(
    (card) => headedByAnother(card, own) && !isOrHolds(card, SEL.pageRegion),
  );
  const byHeading = deepQueryAll(view, SEL.heading)
    .filter((heading) => isAnother(linkedRecord(heading), own))
    .map((heading) => cardHeadedBy(heading, view, own))
    .filter((card): card is Element => card !== undefined);
  return [...byClass, ...byHeading];
}

/**
 * Without classes, the card around a heading linking another record: the nearest element above it
 * that holds field items, provided the heading heads it (its first heading, before all of its field
 * items) and it is a card, not a part of the record's page. A related list tile's heading (a contact
 * role's name) comes after the list's heading and the record's details: it heads none of them.
 */
function cardHeadedBy(heading: Element, view: Element, own: string): Element | undefined {
  const holding = holdersOfFieldItems(view);
  for (let node = parentOf(heading); node && node !== view; node = parentOf(node)) {
    if (!holding.has(node)) continue;
    const items = deepQueryAll(node, SEL.layoutItem);
    const heads = headedByAnother(node, own) && items.every((i) => follows(i, heading));
    return heads && isSmallCard(node, heading, items) ? node : undefined;
  }
  return undefined;
}

/**
 * Whether the element the heading heads is a card of its own and not a part of the record's page
 * the heading merely comes first in: an App Builder tab set "Chatter | Details" opens on a Chatter
 * post headed by its author's link, and its Details tab holds the record's own fields. A card holds
 * no record header, tab set or feed; its heading is no post's header below it; and no other heading
 * linking a record comes among its fields (a second record's header; related tiles after them are
 * the card's own).
 */
function isSmallCard(card: Element, heading: Element, items: readonly Element[]): boolean {
  if (recordHeaders(card).length > 0 || isOrHolds(card, SEL.pageRegion)) return false;
  for (let node = parentOf(heading); node && node !== card; node = parentOf(node)) {
    if (node.matches(SEL.post)) return false;
  }
  return !deepQueryAll(card, SEL.heading).some(
    (other) =>
      !other.contains(heading) &&
      !heading.contains(other) &&
      linkedRecord(other) !== undefined &&
      items.some((i) => follows(i, other)),
  );
}

function isOrHolds(el: Element, selector: string): boolean {
  return el.matches(selector) || deepQueryAll(el, selector).length > 0;
}

/** The elements holding a field item, found once per reading from the items up. */
function holdersOfFieldItems(view: Element): Set<Element> {
  return remembered('field-item-holders', view, () => {
    const holders = new Set<Element>();
    for (const item of deepQueryAll(view, SEL.layoutItem)) {
      for (let node = parentOf(item); node && !holders.has(node); node = parentOf(node)) holders.add(node);
    }
    return holders;
  });
}

/** Whether the card's first heading links to another record's page. */
function headedByAnother(card: Element, own: string): boolean {
  const first = card.querySelector(SEL.heading);
  return first !== null && isAnother(linkedRecord(first), own);
}

function isAnother(id: string | undefined, own: string): boolean {
  return id !== undefined && id !== own;
}

/** The 18-character id of the first record page a heading links to; activities have no fields of a record. */
function linkedRecord(heading: Element): string | undefined {
  for (const a of Array.from(heading.querySelectorAll('a[href]'))) {
    const id = a.getAttribute('href')?.match(RECORD_PAGE_LINK)?.[1];
    if (id && !activityLinkOf(a)) return toSalesforceId18(id);
  }
  return undefined;
}

/** The parent element, through the host of an open shadow root. */
function parentOf(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host || null);
}
