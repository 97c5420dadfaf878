import { allVisible, follows, isHidden, textOf } from '../dom';
import { SELECTORS } from './selectors';
import { isWord, startsWithWord } from './text-match';
import type { Wording } from './wording';

/** A spinner inside a status line, by its role or a class part in any case (`cui5-spinner`). */
const SPINNER = '[role="progressbar"], [class*="spinner" i]';

/** What no feed holds: the sidebar and its field rows, navigation, the record's title. */
const OUTSIDE_FEED = `aside, [role="complementary"], nav, ${SELECTORS.fieldName}, ${SELECTORS.title.join(', ')}`;

/**
 * A spinner or a "Loading…" status line below the feed's items, told by its role where no
 * skeleton class shows, or by its whole text where it has no role either (an infinite feed
 * fetching its next page: the shown items are not the whole history). Only in the feed: below an
 * item, in none, and in no element it shares with the sidebar or the record's title, since a
 * spinner may load any widget (a sidebar card, the header's figures) and says nothing about the
 * feed there. A status line counts only when it says it is loading or holds a spinner: the same
 * role carries "Activity saved".
 */
export function loaderBelowItems(view: Element, items: Element[], words: Wording): boolean {
  return (
    allVisible(view, SELECTORS.feedLoader).some(
      (loader) => inFeedBelowItems(loader, items) && saysLoading(loader, words),
    ) || loadingLines(view, words).some((line) => inFeedBelowItems(line, items))
  );
}

/**
 * Lines whose whole text is a loading word ("Wird geladen…", "Loading..."), drawn with no role:
 * many feeds draw their "loading more" row as an icon and the words, and roles and classes go
 * where the words stay (crm-evidence-2.md). Only the whole text: "Loading dock tour" is a subject.
 */
function loadingLines(view: Element, words: Wording): Element[] {
  const lines: Element[] = [];
  const walker = view.ownerDocument.createTreeWalker(view, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const line = node.parentElement;
    if (line && isLoadingText(textOf(line), words) && !isHidden(line)) lines.push(line);
  }
  return lines;
}

/**
 * The loading words alone, an ellipsis or dots after them, or opening a short line that ends in
 * one ("Loading more activities…", "Chargement des activités…"): a status still running. Without
 * the ellipsis such a line is a subject ("Loading dock tour").
 */
function isLoadingText(text: string, words: Wording): boolean {
  const bare = text.replace(/(?:…|\.)+$/, '');
  if (isWord(bare, words.loading)) return true;
  return bare !== text && bare.trim().split(/\s+/).length <= 5 && startsWithWord(bare, words.loading);
}

/**
 * The element stands in the feed below one of its items: after an item, inside none, and in no
 * element it shares with that item that also holds the sidebar or the record's title. A widget
 * beside the feed ("Smart Docs") loads on its own, with its own spinner or skeleton rows.
 */
export function inFeedBelowItems(el: Element, items: readonly Element[]): boolean {
  const above = items.filter((item) => follows(el, item)).pop();
  if (!above || items.some((item) => item.contains(el))) return false;
  return !sharedWith(el, above).querySelector(OUTSIDE_FEED);
}

/** The smallest element holding both. */
function sharedWith(a: Element, b: Element): Element {
  let around: Element = b;
  while (!around.contains(a) && around.parentElement) around = around.parentElement;
  return around;
}

function saysLoading(loader: Element, words: Wording): boolean {
  if (loader.matches('[role="progressbar"]')) return true;
  const name = textOf(loader) || loader.getAttribute('aria-label') || '';
  return startsWithWord(name, words.loading) || loader.querySelector(SPINNER) !== null;
}
