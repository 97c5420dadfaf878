import { fold } from '../../locale/fold';
import { ariaName, textOf } from '../dom';
import { remembered } from '../reading-memo';
import { HEADING, textBefore } from './group-heading';
import type { HubSpotWords } from './words/types';

/** A card's heading: a heading element, or the collapse toggle a card is headed by ("Deals (1)" drawn as a button). */
export const CARD_HEADING = `${HEADING}, button[aria-expanded], [role="button"][aria-expanded]`;

/** Parts a page names for assistive technology: a region, an aside, a labelled section or group. */
const NAMED_PART =
  '[role="region"], [role="complementary"], [role="group"], aside[aria-label], aside[aria-labelledby], section[aria-label], section[aria-labelledby]';

/** Longer text is no card's heading. */
const MAX_HEADING = 40;

/**
 * The date line stands in a card of associated records: the right sidebar's deal, company and
 * ticket cards (crm-evidence-2.md), and the same cards on the Overview tab, each showing another
 * record's name and properties ("Close date: Dec 15, 2026"), never an activity. Known by the
 * nearest heading over the line naming such records ("Deals (1)", "Unternehmen"), or a region
 * around it named so: no class name needed. Any other heading nearer the line ("November 2026",
 * "Recent activities", an item's own toggle) settles that it is in no such card, whatever heading
 * stands further up.
 */
export function inAssociationCard(date: Element, root: Element, words: readonly HubSpotWords[]): boolean {
  if (associationParts(root, words).some((part) => part.contains(date))) return true;
  for (let node: Element | null = date; node && node !== root; node = node.parentElement) {
    const heading = headingBefore(node);
    if (heading !== undefined) return namesAssociation(heading, words);
  }
  return false;
}

/**
 * The text of the heading nearest before `node` among its siblings ("Deals (1)" before a card's
 * body, "November 2026" before a month's items), past the rows or items between. Once per element
 * and reading: each item asks past the one before it, whose answer is then known.
 */
function headingBefore(node: Element): string | undefined {
  return remembered('card-heading-before', node, () => {
    const before = textBefore(node);
    return before ? (headingOpening(before) ?? headingBefore(before)) : undefined;
  });
}

/** The record's parts named after associated records, found once per reading. */
function associationParts(root: Element, words: readonly HubSpotWords[]): Element[] {
  return remembered('association-parts', root, () =>
    Array.from(root.querySelectorAll(NAMED_PART)).filter((part) => namesAssociation(ariaName(part), words)),
  );
}

/**
 * The text of the heading that opens `block` (the block itself, or a header row's heading); a long
 * one (an item's own toggle around its whole preview) is a heading too, and names no association.
 */
function headingOpening(block: Element): string | undefined {
  const heading = block.matches(CARD_HEADING) ? block : block.querySelector(CARD_HEADING);
  if (!heading) return undefined;
  const text = textOf(heading);
  if (text.length > MAX_HEADING) return text;
  return text && textOf(block).startsWith(text) ? text : undefined;
}

/** "Deals (1)", "Companies": the whole text names records of an association, its count left off. */
function namesAssociation(text: string, words: readonly HubSpotWords[]): boolean {
  if (!text || text.length > MAX_HEADING) return false;
  const name = fold(text)
    .replace(/\s*\(\d+\)\s*$/, '')
    .trim();
  return words.some((w) => w.associations.test(name));
}
