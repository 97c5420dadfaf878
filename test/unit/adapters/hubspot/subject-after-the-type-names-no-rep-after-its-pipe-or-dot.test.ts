// @vitest-environment happy-dom
/**
 * Review "hostile". People write subjects "Company | Topic" ("Email - Quote 4411 | Northwind
 * Logistics", "Meeting - Northwind | Weekly Sync"). The words after the "|" were read as who did the
 * item, the way a collapsed preview ends with its rep ("Left voicemail · Alex Morgan"): the team
 * page showed reps "Northwind Logistics" and "Weekly Sync" (contracts.md: one row per rep "as the
 * CRM shows it"). A name after a "|", or after a dot within a subject, is part of the subject; the
 * item's own sender line still names its rep.
 */
import { describe, expect, it } from 'vitest';
import { headerOwner } from '../../../../lib/adapters/hubspot/item-owner';
import { en } from '../../../../lib/adapters/hubspot/words/en';
import { contactPage, previewItem, readContact } from './contact-page';
import { property } from './deal-page';

const sentByAlex = '<p>from Alex Morgan to Lena Vogt</p>';

const owners = (...items: { header: string; body?: string }[]) =>
  readContact(
    contactPage({
      sidebar: property('Contact owner', 'Alex Morgan'),
      feed: items.map((item, i) => previewItem({ ...item, date: `Nov ${17 - i}, 2026 at 9:00 AM` })).join('\n'),
    }),
  ).activities.map((a) => a.owner);

describe('HubSpot: the words after a "|" or a dot in a subject name no rep', () => {
  it('"Email - Quote 4411 | Northwind Logistics" sent by Alex Morgan is his, not "Northwind Logistics"\'s', () => {
    expect(owners({ header: 'Email - Quote 4411 | Northwind Logistics', body: sentByAlex })).toEqual(['Alex Morgan']);
  });

  it('"Meeting - Northwind · Weekly Sync": the dot stands in the subject, "Weekly Sync" is no one', () => {
    expect(owners({ header: 'Meeting - Northwind · Weekly Sync', body: sentByAlex })).toEqual(['Alex Morgan']);
  });

  it('a header line that is a subject alone ("Quote 4411 | Northwind Logistics") names no one', () => {
    const wording = { words: [en], contactNames: ['Lena Vogt'], shown: [] };
    expect(headerOwner('Quote 4411 | Northwind Logistics', { direction: 'outbound' }, wording)).toBeUndefined();
  });

  it('(control) a collapsed preview "Left voicemail · Casey Nguyen" is still Casey Nguyen\'s call', () => {
    expect(owners({ header: 'Left voicemail · Casey Nguyen' })).toEqual(['Casey Nguyen']);
  });
});
