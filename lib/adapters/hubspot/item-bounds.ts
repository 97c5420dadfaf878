import { follows, textOf } from '../dom';
import { headsAnItem, opensWithType } from './classify-activity';
import { HEADING, headingText, namesGroup } from './group-heading';
import { saidLeaves } from './item-text';
import type { HubSpotWords } from './words/types';

/**
 * The record's tabs, the page's navigation: around items, before or after them. An expanded item's
 * own tabs stand within its block, beside its header (`wrapsItem`).
 */
const AROUND_ITEMS = 'nav, [role="navigation"], [role="tablist"], [role="banner"]';
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
 * What stops an item's climb at `parent`: `group`, the heading of the timeline's group the item
 * opens; `timeline`, a search box, editor or bar of buttons before it, which only the timeline has
 * around it (its filter bar, the composer); `tabs`, the record's tabs or navigation around it, which the Overview
 * tab's cards stand below too; `section`, a heading before it that names no activity ("Activity",
 * "About this contact", "Deals (1)").
 */
export type ItemBound = 'group' | 'timeline' | 'tabs' | 'section';

/**
 * `parent` is more than one timeline item around `branch` (its child holding the item's date line
 * `date`): it also holds, before a branch saying more than that line, a group's heading ("November
 * 2026", "Upcoming"), which no item holds, or beside a branch that merely wraps the item (see
 * `wrapsItem`) what stands around items (`ItemBound`). Without another date line to stop at, a
 * timeline's only item would otherwise grow into its column and beyond. Inside an item such parts are
 * its own (a subject drawn as a heading above its date line, a body's heading, a task's title field,
 * an expanded call's tabs, a task's "Overdue" badge just before its date): they stand beside the
 * date line itself or the block that brings the item's texts together, never beside a block merely
 * around it.
 */
export function boundsItem(
  parent: Element,
  branch: Element,
  date: Element,
  words: readonly HubSpotWords[],
): ItemBound | undefined {
  const others = Array.from(parent.children).filter((other) => other !== branch);
  const before = others.filter((other) => !follows(other, branch));
  if (saysMoreThanDate(branch, date) && before.some((other) => namesGroup(headingText(other), words))) return 'group';
  if (!wrapsItem(branch, date)) return undefined;
  if (before.some((other) => other.matches(TEXT_FIELD) || other.querySelector(TEXT_FIELD) !== null || isToolbar(other)))
    return 'timeline';
  if (others.some((other) => other.matches(AROUND_ITEMS) || other.querySelector(AROUND_ITEMS) !== null)) return 'tabs';
  return before.some((other) => namesNoActivity(other, words)) ? 'section' : undefined;
}

/** A control that is a button, whatever it is drawn with. */
const BUTTON = 'button, [role="button"]';

/**
 * A bar of buttons and nothing else (a toolbar): the timeline's filter bar without its search box
 * ("Filter activity (1/1)", "All users", "Collapse all"). The Overview's cards below the same tabs
 * each show a heading or a value, not buttons alone.
 */
function isToolbar(block: Element): boolean {
  if (block.matches('[role="toolbar"]')) return true;
  // The record's tabs are drawn as buttons too: they stand above the Overview's cards as well.
  if (block.matches(AROUND_ITEMS) || block.querySelector(AROUND_ITEMS) !== null || block.querySelector('[role="tab"]'))
    return false;
  const buttons = block.matches(BUTTON) ? [] : Array.from(block.querySelectorAll(BUTTON));
  const bare = (text: string) => text.replace(/\s+/g, '');
  return buttons.length >= 2 && bare(textOf(block)) === bare(buttons.map((button) => textOf(button)).join(''));
}

function saysMoreThanDate(branch: Element, date: Element): boolean {
  return saidLeaves(branch).some((leaf) => !date.contains(leaf));
}

/**
 * `branch` says more than its date line, and says it all within one block inside it around that
 * line: a list or group holding the item, or the item in a wrapper, not the item's own block.
 */
function wrapsItem(branch: Element, date: Element): boolean {
  const others = saidLeaves(branch).filter((leaf) => !date.contains(leaf));
  if (others.length === 0) return false;
  let meeting = date;
  while (meeting !== branch && meeting.parentElement && !others.every((leaf) => meeting.contains(leaf)))
    meeting = meeting.parentElement;
  return meeting !== branch;
}

/** A heading that names no activity ("Activity", "Deals (1)"), unlike an item's header ("Logged call"). */
function namesNoActivity(block: Element, words: readonly HubSpotWords[]): boolean {
  if (!block.matches(HEADING) && block.querySelector(HEADING) === null) return false;
  const text = headingText(block);
  return !headsAnItem(text, words) && !opensWithType(text, words);
}
