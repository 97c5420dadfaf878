import { readPageDate } from '../../locale/page-date';
import type { NotRead } from '../../schema/read-result';
import { allVisible, firstVisible, isColumnHeading, pageText, textOf } from '../dom';
import { inLayers } from '../modal-layer';
import { remembered } from '../reading-memo';
import type { PageClock } from '../types';
import { hiddenByPage, shownTextNodes } from './lines';
import type { PageLanguage } from './page-locale';
import { timelineItems } from './read-timeline';
import { type FieldSpec, SELECTORS } from './selectors';
import { inShownYear, type Tense } from './shown-year';
import { escapeRegExp, isWord } from './text-match';
import { layersOverRecord } from './view';
import type { Wording } from './wording';

/**
 * A sidebar field's text: by its field key attribute first, then by the row whose label part
 * (`field-name`) says the label in the page's language, then by the label shown beside it, outside
 * the feed's items (`feed`). Pipedrive's empty fields show placeholders ("-", "—", "Add value"),
 * which count as no value.
 */
export function fieldText(
  view: Element,
  spec: FieldSpec,
  words: Wording,
  feed: readonly Element[],
): string | undefined {
  const labels = words.labels[spec.label];
  const row = rowsByKey(view).get(spec.key);
  if (row) {
    const value = shownText(firstVisible(row, SELECTORS.fieldValue) ?? row.lastElementChild ?? row);
    const cleaned = clean(value === shownText(row) ? stripLabel(value, labels) : value);
    if (cleaned) return cleaned;
  }
  // A row paired by its test ids whose value is a placeholder is an empty field: nothing else is its value.
  const paired = pairedValue(view, labels, feed);
  return clean(shownText(paired ?? labelledValue(view, labels, feed)));
}

/**
 * The value part of the row whose label part shows one of the labels (crm-evidence-2.md:
 * `field-name` and `fields-list-row-field-components` in the same row), however deep the label's
 * text sits in its part (a tooltip or truncation wrapper). The row is the label part's nearest
 * ancestor holding a value part and no other label part.
 */
function pairedValue(view: Element, labels: readonly string[], feed: readonly Element[]): Element | undefined {
  const over = layersOverRecord(view);
  for (const name of allVisible(view, SELECTORS.fieldName)) {
    if (!isWord(shownText(name), labels) || inFeed(name, feed) || inLayers(name, over)) continue;
    for (let row = name.parentElement, depth = 0; row && row !== view && depth < 3; row = row.parentElement, depth++) {
      if (row.querySelectorAll(SELECTORS.fieldName).length > 1) break;
      const value = firstVisible(row, SELECTORS.fieldRowValue);
      if (value) return value;
    }
  }
  return undefined;
}

/**
 * A date field as ISO UTC, a day shown without its year placed by the field's tense ("Next
 * activity date" is planned, shown-year.ts); a date the page shows but cannot be read, or whose
 * year it leaves open, is reported in notRead.
 */
export function fieldDate(
  view: Element,
  spec: FieldSpec,
  clock: PageClock,
  language: PageLanguage,
  field: string,
  notRead: NotRead[],
  tense: Tense = 'past',
): string | undefined {
  const text = fieldText(view, spec, language.words, timelineItems(view, clock, language));
  if (!text) return undefined;
  for (const shown of [text, text.split(' · ')[0] ?? '']) {
    const read = readPageDate(shown, clock, language.locale);
    if (!read) continue;
    const date = inShownYear(shown, read, clock, language.locale, tense);
    if ('timestamp' in date) return date.timestamp;
    notRead.push({ field, reason: date.reason });
    return undefined;
  }
  notRead.push({ field, reason: `could not parse the date "${text}"` });
  return undefined;
}

/** Controls whose names match field labels ("Email", "Activity" in the composer's tabs): never a field's label. */
const CONTROL = 'button, [role="tab"], [role="tablist"], [role="button"], a';

/**
 * The value element beside a label ("Owner", "Propriétaire :"): the label element's next sibling,
 * else its parent's. Labels are leaf elements, never controls, never a list's column headings
 * (the Leads Inbox list beside a lead: "Organization" is followed by the "Value" heading), and
 * never inside the feed: a changelog row "Stage: Demo → Proposal" names the stage the deal left
 * first. A trailing colon, with or without a space before it, is part of the label's wording in
 * some languages. A drawer over the record shows another record's fields (view.ts, layersOverRecord).
 */
export function labelledValue(root: Element, labels: readonly string[], feed: readonly Element[]): Element | undefined {
  const leaves = leavesByText(root);
  const over = layersOverRecord(root);
  for (const label of labels) {
    for (const el of leaves.get(label.toLowerCase()) ?? []) {
      if (hiddenByPage(el) || el.closest(CONTROL) || isColumnHeading(el) || inFeed(el, feed)) continue;
      if (inLayers(el, over)) continue;
      for (const value of [el.nextElementSibling, el.parentElement?.nextElementSibling])
        if (value && shownText(value)) return value;
    }
  }
  return undefined;
}

function inFeed(el: Element, feed: readonly Element[]): boolean {
  return el.closest(SELECTORS.flowItem) !== null || feed.some((item) => item.contains(el));
}

/** Leaf elements by their text (lower case, without a trailing colon), in page order: built once per reading. */
function leavesByText(root: Element): Map<string, Element[]> {
  return remembered('leaves', root, () => {
    const index = new Map<string, Element[]>();
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.children.length > 0) continue;
      const key = textOf(el).replace(/\s*:$/, '').toLowerCase();
      if (key.length > 60) continue;
      const same = index.get(key);
      if (same) same.push(el);
      else index.set(key, [el]);
    }
    return index;
  });
}

/**
 * A value's text without the parts the page hides: an owner's initials avatar is `aria-hidden`
 * ("CN" beside "Casey Nguyen"), and its text run into the name would make another rep.
 */
function shownText(el: Element | null | undefined): string {
  // Joined as they are: a value split over text nodes ("$" and "48,000") is one text.
  return el ? pageText(shownTextNodes(el).join('')) : '';
}

function stripLabel(text: string, labels: readonly string[]): string {
  for (const label of labels) if (text.toLowerCase().startsWith(label.toLowerCase())) return text.slice(label.length);
  return text;
}

function clean(value: string | undefined): string | undefined {
  const v = value?.replace(/^[:\s]+/, '').trim();
  if (!v || /^(—|-|–|add value|none|not set)$/i.test(v)) return undefined;
  return v;
}

/** Email and phone rows show a kind after the value ("jo@x.com (Work)", "(Arbeit)"): keep the value only. */
export function withoutKindSuffix(value: string | undefined, words: Wording): string | undefined {
  const kinds = words.valueKinds.map(escapeRegExp).join('|');
  return value?.replace(new RegExp(`\\s*\\(?(?<![\\p{L}])(?:${kinds})\\)?$`, 'iu'), '').trim() || undefined;
}

/**
 * The field rows keyed by their `data-test-key`, found in one query per reading rather than one per
 * field; not a drawer's over the record (another record's fields).
 */
function rowsByKey(view: Element): Map<string, Element> {
  return remembered('field-rows', view, () => {
    const rows = new Map<string, Element>();
    const over = layersOverRecord(view);
    for (const row of allVisible(view, SELECTORS.anyFieldKey)) {
      if (inLayers(row, over)) continue;
      const key = row.getAttribute('data-test-key');
      if (key && !rows.has(key)) rows.set(key, row);
    }
    return rows;
  });
}
