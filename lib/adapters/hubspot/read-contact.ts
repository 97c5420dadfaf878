import type { NotRead } from '../../schema/read-result';
import type { ContactFields } from '../../schema/record';
import type { PageClock } from '../types';
import { parseHubSpotDate } from './page-date';
import { propertyValue } from './properties';

/** Contact properties by their HubSpot labels (crm-pages.md: label / value pairs in the left sidebar). */
const LABELS = {
  email: ['Email'],
  phone: ['Phone number', 'Phone', 'Mobile phone number'],
  company: ['Company name', 'Company'],
  owner: ['Contact owner', 'Owner'],
  createdAt: ['Create date', 'Created date'],
} as const;

export function readContact(root: Element, name: string, clock: PageClock, notRead: NotRead[]): ContactFields {
  const record: ContactFields = { name };
  for (const field of ['email', 'phone', 'company', 'owner'] as const) {
    const value = propertyValue(root, LABELS[field]);
    if (value) record[field] = value;
    else notRead.push({ field: `record.${field}`, reason: `no "${LABELS[field][0]}" property on the page` });
  }
  const created = propertyValue(root, LABELS.createdAt);
  const createdAt = created ? parseHubSpotDate(created, clock) : undefined;
  if (createdAt) record.createdAt = createdAt;
  else
    notRead.push({
      field: 'record.createdAt',
      reason: created ? `unreadable date "${created}"` : 'no "Create date" property on the page',
    });
  return record;
}
