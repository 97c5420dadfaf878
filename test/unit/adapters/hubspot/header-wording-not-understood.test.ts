/**
 * A header the page's word table does not know used to fall back to
 * `system` silently: on a German page tagged lang="en-US", "Anruf - Verbunden getätigt von Alex
 * Morgan" stopped being a touch and nothing said so. Such a header is now reported as a type not
 * read; a system item the table does know (a stage move, "Alex Morgan created this contact") is not.
 */
import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import type { ReadOk, ReadResult } from '../../../../lib/schema/read-result';
import { readFixture } from './read-page';

function read(result: ReadResult): ReadOk {
  if (result.status !== 'read') throw new Error(`not read: ${result.status}`);
  return result;
}

describe('HubSpot: a German page tagged lang="en-US"', () => {
  const reading = read(
    readFixture('contact-preview-feed-de', (doc) => doc.documentElement.setAttribute('lang', 'en-US')),
  );

  it('keeps "Anruf - Verbunden" a call, or says its type was not read', () => {
    const index = reading.activities.findIndex((a) => a.title === 'Quarterly check-in');
    const typeReported = reading.notRead.some((n) => n.field === `activities[${index}].type`);
    expect(reading.activities[index]?.type === 'call' || typeReported).toBe(true);
  });
});

describe('HubSpot: system items the word table knows are not reported', () => {
  it.each(['contact-long-timeline', 'deal-stage-history', 'deal-highlight-stage-de', 'demo-contact-busiest'])(
    '%s reports no type',
    (name) => {
      expect(read(readFixture(name)).notRead.filter((n) => n.field.endsWith('.type'))).toEqual([]);
    },
  );
});

describe('HubSpot: record events named as HubSpot names them are system items, not unread types', () => {
  it.each([
    'Lead status updated',
    'Form submission: Contact us',
    'Lifecycle stage changed to Customer',
    'Ticket created',
    'Ad interaction',
    'Registered for Spring webinar',
    'Visited 3 pages',
  ])('"%s"', (header) => {
    const result = classifyActivity(header);
    expect(result.type).toBe('system');
    expect(result.unread ?? []).toEqual([]);
  });

  it('still reports a header that names nothing the table knows', () => {
    expect(classifyActivity('Anruf - Verbunden getätigt von Alex Morgan').unread?.[0]?.field).toBe('type');
  });
});
