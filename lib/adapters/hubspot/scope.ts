import { hidesItself, isHidden, textOf } from '../dom';
import { remembered } from '../reading-memo';
import { isOverRecord, overRecord } from './other-record-layer';
import { titleByName, viewAround } from './record-title';
import { HEADER, LAYOUT, LOADING, TIMELINE, TIMELINE_LOADING_MORE } from './selectors';
import { nameFromTabTitle } from './tab-title';
import { spinnerBelowItems } from './timeline-spinner';

/** The record the user is looking at: its title element and the container that holds its panes. */
export interface RecordScope {
  root: Element;
  title: Element | null;
  /** The name a modal layer shows where the page itself shows no record (a preview over a list). */
  onlyInLayer?: string;
}

const TAB_PANEL = '[role="tabpanel"], [data-test-id^="tab-"][data-test-id$="-content"]';
const PANES = [LAYOUT.middlePane, TIMELINE.container, TIMELINE.card, TIMELINE.cardFallback].join(', ');

/**
 * HubSpot (React) keeps hidden tabs of the record in the DOM, and an earlier record may linger
 * hidden after a client-side route change. The shown record is the one whose title is visible;
 * its root is the nearest ancestor of that title that also holds the middle pane or timeline.
 * Found once per reading: the reader and the properties' area (own-properties.ts) both ask.
 */
export function findRecordScope(doc: Document): RecordScope {
  return remembered('record-scope', doc, () => scopeOf(doc));
}

function scopeOf(doc: Document): RecordScope {
  const body = doc.body ?? doc.documentElement;
  const title = visibleTitle(doc);
  if (!title) {
    // A preview drawn over the page left (the list) is not the record the address names (other-record-layer.ts).
    const layered = Array.from(doc.querySelectorAll(HEADER.title)).find(
      (el) => overRecord(el) && !isHidden(el) && textOf(el),
    );
    if (layered) return { root: body, title: null, onlyInLayer: textOf(layered) };
    return scopeByName(doc) ?? { root: visibleSidebarRoot(doc) ?? body, title: null };
  }
  for (let node = title.parentElement; node; node = node.parentElement) {
    if (node.querySelector(PANES)) return { root: node, title };
  }
  return { root: body, title };
}

/** Without test ids: the tab title's name where the page shows it, and the view around it. */
function scopeByName(doc: Document): RecordScope | null {
  const name = nameFromTabTitle(doc);
  const title = name ? titleByName(doc, name) : null;
  const root = title ? viewAround(title) : null;
  return title && root ? { root, title } : null;
}

/**
 * The header title by test id, outside layers over the record (another record's preview). Two visible titles
 * naming different records (one hidden by a class Touchline cannot know) are settled by the tab
 * title, else left to the path by name.
 */
function visibleTitle(doc: Document): Element | null {
  const shown = Array.from(doc.querySelectorAll(HEADER.title)).filter(
    (el) => !isHidden(el) && textOf(el) && !overRecord(el),
  );
  const names = new Set(shown.map(textOf));
  if (names.size > 1) return shown.find((el) => textOf(el) === nameFromTabTitle(doc)) ?? null;
  if (shown[0]) return shown[0];
  for (const sidebar of Array.from(doc.querySelectorAll(LAYOUT.leftSidebar))) {
    if (isHidden(sidebar) || overRecord(sidebar)) continue;
    const heading = sidebar.querySelector(HEADER.titleFallback);
    if (heading?.textContent?.trim()) return heading;
  }
  return null;
}

function visibleSidebarRoot(doc: Document): Element | null {
  const pane = Array.from(doc.querySelectorAll(LAYOUT.middlePane)).find((el) => !isHidden(el));
  return pane?.parentElement ?? null;
}

/**
 * Shown as part of the record: nothing between the element and the record root hides it, except
 * a tab panel (a hidden tab of the same record still holds that record's data), and it is not in
 * a layer drawn over the record (another record's preview, other-record-layer.ts).
 */
export function inRecord(el: Element, root: Element): boolean {
  if (!root.contains(el)) return false;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (hidesItself(node) && !node.matches(TAB_PANEL)) return false;
    if (isOverRecord(node)) return false;
  }
  return true;
}

/** Record elements matching `selector`, hidden tabs included, other hidden parts excluded. */
export function recordElements(root: Element, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => inRecord(el, root));
}

/** The timeline shows items and says more are loading (TIMELINE_LOADING_MORE, timeline-spinner.ts). */
export function timelineLoadingMore(root: Element): boolean {
  const shown = (el: Element) => !isHidden(el);
  if (recordElements(root, TIMELINE_LOADING_MORE.state).some(shown)) return true;
  return recordElements(root, TIMELINE.container).some(
    (timeline) =>
      timeline.matches(TIMELINE_LOADING_MORE.busy) ||
      Array.from(timeline.querySelectorAll(TIMELINE_LOADING_MORE.placeholder)).some(shown) ||
      spinnerBelowItems(timeline) !== undefined,
  );
}

/**
 * Placeholders shown while the record or its timeline has not arrived (skeletons, busy regions,
 * a timeline's loading indicator without its test id: timeline-spinner.ts).
 */
export function showsPlaceholders(root: Element): boolean {
  return (
    Array.from(root.querySelectorAll(LOADING)).some((el) => !isHidden(el)) ||
    recordElements(root, TIMELINE.container).some((timeline) => spinnerBelowItems(timeline) !== undefined)
  );
}
