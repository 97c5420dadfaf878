import { follows, textOf } from '../dom';

/** A control's own label ("Details", "Pin", "Actions") says what it does, not what the record holds. */
const CONTROL = 'button, [role="button"]';

/**
 * The elements whose text is part of what `el` says: leaves with text, except the label of a
 * control inside `el` that holds nothing more (a property row's "Details" button, an item's
 * "Pin"). A control that wraps a whole item (HubSpot's collapsible preview toggle) holds more
 * than a label: its text counts.
 */
export function saidLeaves(el: Element): Element[] {
  const labels = new Set<Element>();
  for (const control of Array.from(el.querySelectorAll(CONTROL))) {
    const own = leavesOf(control);
    if (own.length === 1 && own[0]) labels.add(own[0]);
  }
  return leavesOf(el).filter((leaf) => leaf !== el && !labels.has(leaf));
}

/** Elements with text and no child elements: `el` itself when it is one ("<button>Details</button>"). */
function leavesOf(el: Element): Element[] {
  return [el, ...Array.from(el.querySelectorAll('*'))].filter((node) => node.children.length === 0 && textOf(node));
}

/**
 * A property row is a label and its value, all on one line (a "Details" button beside them):
 * "Last Meeting Booked | Nov 12, 2026 5:00 PM". A timeline item says more than its date line
 * ("Logged call | Nov 18, 2026"): a subject, who did what, a body, in a block beside that line.
 * So `item` is one when its other texts do not all meet the date at one and the same element.
 */
export function saysMoreThanItsDateLine(item: Element, date: Element): boolean {
  const meetings = new Set<Element>();
  for (const leaf of saidLeaves(item)) {
    if (date.contains(leaf)) continue;
    let meeting = date;
    while (meeting !== item && !meeting.contains(leaf) && meeting.parentElement) meeting = meeting.parentElement;
    meetings.add(meeting);
    if (meetings.size > 1) return true;
  }
  return false;
}

/** What an item says before its date line (its type, who) and after it (a subject, a sentence). */
export interface AroundDate {
  before: string[];
  after: string[];
}

/**
 * The texts on either side of the date line, controls' labels left out. An item on one line says
 * its type, date and subject side by side ("Email | Nov 3, 2026 | Re: pricing"); a property row's
 * value ends its line, nothing said after it but a control ("Last Meeting Booked | Nov 12, 2026 |
 * Details").
 */
export function textsAroundDate(item: Element, date: Element): AroundDate {
  const around: AroundDate = { before: [], after: [] };
  for (const leaf of saidLeaves(item))
    if (!date.contains(leaf)) (follows(leaf, date) ? around.after : around.before).push(textOf(leaf));
  return around;
}
