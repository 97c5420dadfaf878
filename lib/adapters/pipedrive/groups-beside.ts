import { hiddenByPage, visibleText } from './lines';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The groups beside an items' group that hold no item: the feed's month or day groups drawn alike
 * ("November 2026", "October 2026"), each of the group's tag and opening with a heading of the
 * same tag. A group whose entries show no date (drawn in part: a Call icon, a done checkbox, a
 * subject, no date line yet) holds no item found by its date, yet its entries are the feed's:
 * dropped, the reading would claim to be whole (crm-pages.md: report what could not be read).
 * An element that is no group (no heading of its own opening it) has none beside it, and a sibling
 * whose heading names no month or day is none of the feed's groups: the column's "Details" section
 * beside the "History" one is drawn alike, its field rows no entries (`namesFeedGroup`: year-header.ts).
 */
export function groupsBeside(
  group: Element,
  holders: ReadonlySet<Element>,
  namesFeedGroup: (heading: string) => boolean,
): Element[] {
  const heading = openingHeading(group);
  const around = group.parentElement;
  if (!heading || !around) return [];
  return Array.from(around.children).filter(
    (other) =>
      other !== group &&
      other.tagName === group.tagName &&
      !holders.has(other) &&
      !hiddenByPage(other) &&
      isFeedGroupHeading(openingHeading(other), heading.tagName, namesFeedGroup),
  );
}

/** A heading of the tag the items' group opens with, naming a month or day. */
function isFeedGroupHeading(
  heading: Element | undefined,
  tagName: string,
  namesFeedGroup: (heading: string) => boolean,
): boolean {
  return heading?.tagName === tagName && namesFeedGroup(visibleText(heading));
}

/** The group's first shown child, where it is a heading. */
function openingHeading(group: Element): Element | undefined {
  const first = Array.from(group.children).find((child) => !hiddenByPage(child));
  return first?.matches(HEADING) ? first : undefined;
}
