import type { NotRead } from '../../schema/read-result';
import type { ContactFields } from '../../schema/record';
import { parsePageDate } from '../dates';
import type { PageClock } from '../types';
import { fieldValue } from './fields';

/** Contact and Lead fields by their standard labels (Salesforce's default page layouts). */
export function readContactFields(view: Element, name: string, clock: PageClock, notRead: NotRead[]): ContactFields {
  const record: ContactFields = { name };
  const fields: [keyof Omit<ContactFields, 'name' | 'createdAt'>, string[]][] = [
    ['email', ['Email']],
    ['phone', ['Phone', 'Mobile', 'Mobile Phone']],
    ['company', ['Account Name', 'Company']],
    ['owner', ['Contact Owner', 'Lead Owner', 'Owner']],
  ];
  for (const [key, labels] of fields) {
    const value = fieldValue(view, labels);
    if (value) record[key] = value;
    else notRead.push({ field: key, reason: `no "${labels[0]}" field on the page` });
  }
  const createdAt = createdAtOf(view, clock);
  if (createdAt) record.createdAt = createdAt;
  else notRead.push({ field: 'createdAt', reason: 'no readable "Created By" field on the page' });
  return record;
}

/** System information shows "Created By: Alex Morgan, 8/23/2026, 9:00 AM". */
export function createdAtOf(view: Element, clock: PageClock): string | undefined {
  const text = fieldValue(view, ['Created By', 'Created Date', 'Created']);
  if (!text) return undefined;
  const parts = text.split(',').map((p) => p.trim());
  for (let i = 0; i < parts.length; i++) {
    const read = parsePageDate(parts.slice(i).join(', '), clock);
    if (read) return read;
  }
  return undefined;
}
