import { monthNumber } from '../../locale/calendar-names';
import { fold } from '../../locale/fold';
import { textOf } from '../dom';
import { remembered } from '../reading-memo';
import { saidLeaves } from './item-text';
import type { HubSpotWords } from './words/types';

export const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Longer text is a sentence or an item, never a group's heading. */
const MAX_GROUP_HEADING = 40;
const YEAR = /^(?:19|20)\d{2}$/;
/** Words a month heading may hold beside its month and year ("noviembre de 2026"). */
const JOINERS = new Set(['de', 'del', 'of']);

/**
 * A heading of the timeline's groups (crm-evidence-2.md: HubSpot groups items by month under
 * "November 2026", planned ones under "Upcoming"): a month and its year in any of Touchline's
 * languages, or the page's wording of the upcoming and overdue groups. No sidebar card, property
 * or record section is headed so ("About this contact", "Deals (1)").
 */
export function namesGroup(text: string, words: readonly HubSpotWords[]): boolean {
  const folded = fold(text).trim();
  if (!folded || folded.length > MAX_GROUP_HEADING) return false;
  if (words.some((w) => w.upcoming.test(folded))) return true;
  const tokens = folded.split(/[\s,.]+/).filter(Boolean);
  const years = tokens.filter((t) => YEAR.test(t));
  const months = tokens.filter((t) => monthNumber(t) !== undefined);
  return (
    years.length === 1 &&
    months.length === 1 &&
    tokens.every((t) => YEAR.test(t) || monthNumber(t) !== undefined || JOINERS.has(t))
  );
}

/**
 * The text a block shows as a heading: its own, or that of the heading it holds with nothing more
 * than controls beside it (a group's header row: "November 2026" and a "Collapse" button).
 */
export function headingText(block: Element): string {
  if (block.matches(HEADING)) return textOf(block);
  const inside = Array.from(block.querySelectorAll(HEADING));
  const said = saidLeaves(block).map(textOf).join(' ');
  const only = inside.length === 1 && inside[0] && textOf(inside[0]) === said ? inside[0] : null;
  return only ? textOf(only) : textOf(block);
}

/**
 * `el` opens a group of the timeline: the nearest text before it (a previous sibling's, else one
 * of an ancestor's, up to `root`) is a group's heading. An item after another entry is not.
 */
export function headedByGroup(el: Element, root: Element, words: readonly HubSpotWords[]): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const before = textBefore(node);
    if (before) return isGroupHeading(before, words);
  }
  return false;
}

/**
 * `el` is in a group of the timeline: it, or a block around it below `root`, opens one (a month's
 * list holds the month's items after its first).
 */
export function inGroup(el: Element, root: Element, words: readonly HubSpotWords[]): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const before = textBefore(node);
    if (before && isGroupHeading(before, words)) return true;
  }
  return false;
}

/** The block opens with a group's heading: its first child showing text names a group ("Upcoming"). */
export function opensGroup(block: Element, words: readonly HubSpotWords[]): boolean {
  const first = Array.from(block.children).find((child) => textOf(child) !== '');
  return first !== undefined && first !== block.lastElementChild && isGroupHeading(first, words);
}

/**
 * Asked of every item's surroundings: once per block and reading (reading-memo.ts), or a month of
 * many items would look at the month before it once per item.
 */
function isGroupHeading(block: Element, words: readonly HubSpotWords[]): boolean {
  return remembered('group-heading', block, () => {
    // A header row may add a control's label to its heading; a longer block is no heading at all.
    const text = textOf(block);
    return text.length <= MAX_GROUP_HEADING * 2 && namesGroup(headingText(block), words);
  });
}

/** The nearest previous sibling showing text. */
export function textBefore(node: Element): Element | null {
  for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling)
    if (remembered('shows-text', sib, () => textOf(sib) !== '')) return sib;
  return null;
}
