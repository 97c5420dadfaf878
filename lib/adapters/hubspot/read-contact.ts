import type { NotRead } from '../../schema/read-result';
import type { ContactFields } from '../../schema/record';
import { contactEmail } from './contact-email';
import { hubSpotOwner } from './owner-shown';
import { parseHubSpotDate } from './page-date';
import { propertyValue } from './properties';
import type { ReadingContext } from './reading-context';
import { en } from './words/en';
import { labelsOf } from './words/index';

/** Contact properties by their HubSpot labels (crm-pages.md: label / value pairs in the left sidebar). */
const FIELDS = { email: 'email', phone: 'phone', company: 'company', owner: 'contactOwner' } as const;

export function readContact(root: Element, name: string, context: ReadingContext, notRead: NotRead[]): ContactFields {
  const record: ContactFields = { name };
  for (const field of ['email', 'phone', 'company', 'owner'] as const) {
    const shown =
      field === 'email'
        ? contactEmail(root, context)
        : propertyValue(root, labelsOf(context.words, FIELDS[field]), context.labels);
    const value = field === 'owner' ? hubSpotOwner(shown, context.words) : shown;
    if (value) record[field] = value;
    else notRead.push({ field: `record.${field}`, reason: `no "${en.labels[FIELDS[field]][0]}" property on the page` });
  }
  const created = propertyValue(root, labelsOf(context.words, 'createDate'), context.labels);
  const createdAt = created ? parseHubSpotDate(created, context.clock, context.locale) : undefined;
  if (createdAt) record.createdAt = createdAt;
  else
    notRead.push({
      field: 'record.createdAt',
      reason: created ? `unreadable date "${created}"` : 'no "Create date" property on the page',
    });
  return record;
}
