import type { NotRead } from '../../schema/read-result';
import { parsePageDate } from '../dates';
import { firstVisible, textOf, valueByLabel } from '../dom';
import type { PageClock } from '../types';
import { isDayFirst } from './locale';
import { type FieldSpec, SELECTORS } from './selectors';

/**
 * A sidebar field's text: by its field key attribute first, then by the label shown beside it.
 * Pipedrive's empty fields show placeholders ("—", "Add value"), which count as no value.
 */
export function fieldText(view: Element, spec: FieldSpec): string | undefined {
  const row = firstVisible(view, SELECTORS.fieldByKey(spec.key));
  if (row) {
    const value = textOf(firstVisible(row, SELECTORS.fieldValue) ?? row.lastElementChild ?? row);
    const cleaned = clean(value === textOf(row) ? stripLabel(value, spec) : value);
    if (cleaned) return cleaned;
  }
  return clean(valueByLabel(view, spec.labels));
}

/** A date field as ISO UTC; a date the page shows but cannot be parsed is reported in notRead. */
export function fieldDate(
  view: Element,
  spec: FieldSpec,
  clock: PageClock,
  field: string,
  notRead: NotRead[],
): string | undefined {
  const text = fieldText(view, spec);
  if (!text) return undefined;
  const dayFirst = isDayFirst(view);
  const iso = parsePageDate(text, clock, dayFirst) ?? parsePageDate(text.split(' · ')[0] ?? '', clock, dayFirst);
  if (!iso) notRead.push({ field, reason: `could not parse the date "${text}"` });
  return iso;
}

function stripLabel(text: string, spec: FieldSpec): string {
  for (const label of spec.labels)
    if (text.toLowerCase().startsWith(label.toLowerCase())) return text.slice(label.length);
  return text;
}

function clean(value: string | undefined): string | undefined {
  const v = value?.replace(/^[:\s]+/, '').trim();
  if (!v || /^(—|-|–|add value|none|not set)$/i.test(v)) return undefined;
  return v;
}

/** Email and phone rows show a type after the value ("jo@x.com Work"): keep the value only. */
export function withoutKindSuffix(value: string | undefined): string | undefined {
  return value?.replace(/\s*\(?\b(work|home|mobile|other|main)\)?$/i, '').trim() || undefined;
}
