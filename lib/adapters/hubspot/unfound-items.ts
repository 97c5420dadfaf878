import { hidesItself } from '../dom';
import { saidLeaves } from './item-text';
import { sameShape } from './undated-siblings';

/**
 * The timeline shows entries though no item was found in it: two or more blocks of the same shape
 * side by side, each saying two things or more (a header and its time, a body). Items in a markup
 * whose test ids changed (crm-evidence-2.md: test ids churn) are found by their dates
 * (find-items.ts); where those are unreadable too ("3時間前") no path finds them, and the reading
 * must say so rather than count 0. An empty timeline says so in one sentence ("No activity yet"),
 * and filter tabs are controls' labels (item-text.ts): neither is such a block.
 */
export function showsUnfoundItems(timeline: Element): boolean {
  for (const el of [timeline, ...Array.from(timeline.querySelectorAll('*'))]) {
    if (el.children.length < 2 || hidesItself(el)) continue;
    const blocks = Array.from(el.children).filter((child) => !hidesItself(child) && saidLeaves(child).length >= 2);
    if (blocks.some((block, i) => blocks.slice(i + 1).some((other) => sameShape(block, other)))) return true;
  }
  return false;
}
