import type { PageLocale } from '../../locale/page-locale';
import type { NotRead } from '../../schema/read-result';
import type { ContactFields } from '../../schema/record';
import { shownOwner } from '../no-owner';
import type { PageClock } from '../types';
import { fieldDate } from './field-date';
import { fieldValue } from './fields';
import { type LabelKey, labelsOf, type SalesforceWords } from './words';

/** What every reader of one page shares: its clock, locale and word tables, and the record the URL names. */
export interface PageWords {
  clock: PageClock;
  locale: PageLocale;
  words: readonly SalesforceWords[];
  /** The URL's record id: a card about another record in the view holds that record's fields, not these. */
  recordId: string;
}

/** Contact and Lead fields by their standard labels (Salesforce's default page layouts), in the page's language. */
export function readContactFields(view: Element, name: string, page: PageWords, notRead: NotRead[]): ContactFields {
  const record: ContactFields = { name };
  const fields: [keyof Omit<ContactFields, 'name' | 'createdAt'>, LabelKey][] = [
    ['email', 'email'],
    ['phone', 'phone'],
    ['company', 'company'],
    ['owner', 'contactOwner'],
  ];
  for (const [key, labelKey] of fields) {
    const labels = labelsOf(page.words, labelKey);
    const shown = fieldValue(view, labels, page.recordId);
    // An owner field showing "--" or "(No value)" names nobody (lib/adapters/no-owner.ts).
    const value = key === 'owner' ? shownOwner(shown) : shown;
    if (value) record[key] = value;
    else notRead.push({ field: key, reason: `no "${labels[0]}" field on the page` });
  }
  const createdAt = createdAtOf(view, page);
  if (createdAt) record.createdAt = createdAt;
  else notRead.push({ field: 'createdAt', reason: 'no readable "Created By" field on the page' });
  return record;
}

/** System information shows "Created By: Alex Morgan, 8/23/2026, 9:00 AM". */
export function createdAtOf(view: Element, page: PageWords): string | undefined {
  const text = fieldValue(view, labelsOf(page.words, 'created'), page.recordId);
  return text ? fieldDate(text, page)?.timestamp : undefined;
}
