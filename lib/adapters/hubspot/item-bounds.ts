import { follows } from '../dom';
import { headsAnItem, opensWithType } from './classify-activity';
import { HEADING, headingText, namesGroup } from './group-heading';
import type { HubSpotWords } from './words/types';

/** Never part of a timeline item, wherever it stands: the record's tabs, the page's navigation. */
const NEVER_IN_ITEM = 'nav, [role="navigation"], [role="tablist"], [role="banner"]';
/**
 * Where the user types: the timeline's search box, the composer's editor. Checked only before an
 * item's date line: an item's own comment box would come after it.
 */
const TEXT_FIELD = [
  'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"])',
  'textarea',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[role="textbox"]',
  '[role="searchbox"]',
].join(', ');

/**
 * `parent` is more than one timeline item around `branch` (its child holding the item's date line):
 * it also holds, beside that branch, what no item holds: the record's tabs or navigation, or
 * before it a search box or editor (the filter bar, the composer), a group's heading ("November
 * 2026", "Upcoming") or a heading that names no activity ("Activity", "About this contact", "Deals
 * (1)"). An item's own header may be a heading naming its type ("Logged call"). Without another
 * date line to stop at, a timeline's only item would otherwise grow into its column and beyond.
 */
export function boundsItem(parent: Element, branch: Element, words: readonly HubSpotWords[]): boolean {
  for (const other of Array.from(parent.children)) {
    if (other === branch) continue;
    if (other.matches(NEVER_IN_ITEM) || other.querySelector(NEVER_IN_ITEM)) return true;
    if (follows(other, branch)) continue;
    if (other.matches(TEXT_FIELD) || other.querySelector(TEXT_FIELD)) return true;
    if (headsAGroup(other, words)) return true;
  }
  return false;
}

function headsAGroup(block: Element, words: readonly HubSpotWords[]): boolean {
  const heading = block.matches(HEADING) || block.querySelector(HEADING) !== null;
  const text = headingText(block);
  if (namesGroup(text, words)) return true;
  return heading && !headsAnItem(text, words) && !opensWithType(text, words);
}
