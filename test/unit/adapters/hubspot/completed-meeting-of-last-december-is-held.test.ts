// @vitest-environment happy-dom
/**
 * Review s46 hscontact. Read on 3 January 2027, a meeting under the "December 2026" month group,
 * printed "Dec 30 at 10:00 AM" and marked "Completed", is a meeting held four days ago
 * (metrics.md, Meetings: held once marked done). The reader dates yearless meeting days in the
 * current year (page-date.ts readDay, tense 'either' from read-timeline.ts tenseOf) whatever the
 * group heading and the outcome say, so the meeting becomes 30 December 2027, planned, its outcome
 * dropped: a held meeting vanishes from the touch count and "meetings held".
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

const outcome = (label: string, value: string) => `<div><span>${label}</span> <span>${value}</span></div>`;

const feeds = {
  'en-US': [
    'January 2027',
    previewEvent('Logged call', 'Jan 2 at 9:40 AM', outcome('Call outcome', 'Connected')),
    'December 2026',
    previewEvent('Meeting - Year-end review', 'Dec 30 at 10:00 AM', outcome('Meeting outcome', 'Completed')),
    previewEvent('Email - Agenda for the review', 'Dec 28 at 4:10 PM', 'to Mara Quist'),
  ],
  'de-DE': [
    'Januar 2027',
    previewEvent('Anruf protokolliert', '2. Jan. um 09:40', outcome('Anrufergebnis', 'Verbunden')),
    'Dezember 2026',
    previewEvent('Meeting - Jahresabschluss', '30. Dez. um 10:00', outcome('Meeting-Ergebnis', 'Abgeschlossen')),
    previewEvent('E-Mail - Agenda', '28. Dez. um 16:10', 'an Mara Quist'),
  ],
} as const;

describe('HubSpot: a completed meeting of last December read in January', () => {
  it.each(Object.entries(feeds))('is dated last December and held (%s)', (lang, [jan, call, dec, meeting, email]) => {
    const html = contactRecord({
      lang,
      properties: property(lang === 'de-DE' ? 'E-Mail' : 'Email', 'mara@quist.example'),
      middle: timeline(groupHeading(jan) + call + groupHeading(dec) + meeting + email),
    });
    const { activities } = readHubSpot(html, { now: '2027-01-03T15:00:00Z' });
    const read = activities.find((a) => a.type === 'meeting');
    expect(read).toBeDefined();
    expect(read?.timestamp).toBe('2026-12-30T10:00:00.000Z');
    expect(read?.planned).toBeUndefined();
    expect(read?.outcome).toBe('held');
  });
});

describe('HubSpot: a meeting of last December printed without its year, read in January', () => {
  const read = (feed: string) =>
    readHubSpot(contactRecord({ properties: property('Email', 'mara@quist.example'), middle: timeline(feed) }), {
      now: '2027-01-03T15:00:00Z',
    }).activities.find((a) => a.type === 'meeting');
  const meeting = (result: string) =>
    previewEvent('Meeting - Year-end review', 'Dec 30 at 10:00 AM', result ? outcome('Meeting outcome', result) : '');

  it('is of the year its month group names, its outcome not shown', () => {
    const found = read(groupHeading('January 2027') + groupHeading('December 2026') + meeting(''));
    expect(found).toMatchObject({ timestamp: '2026-12-30T10:00:00.000Z', outcome: 'unknown' });
    expect(found?.planned).toBeUndefined();
  });

  it('is past when its outcome says it took place, under no month group', () => {
    expect(read(meeting('Completed'))).toMatchObject({ timestamp: '2026-12-30T10:00:00.000Z', outcome: 'held' });
    expect(read(meeting('No show'))).toMatchObject({ timestamp: '2026-12-30T10:00:00.000Z', outcome: 'no-show' });
  });

  it('booked ahead, under no month group and without an outcome, stays this year’s and planned', () => {
    expect(read(meeting(''))).toMatchObject({ timestamp: '2027-12-30T10:00:00.000Z', planned: true });
  });

  it('takes no year from a heading naming another month, or none', () => {
    for (const heading of ['November 2026', 'Renewals 2026'])
      expect(read(groupHeading(heading) + meeting(''))).toMatchObject({
        timestamp: '2027-12-30T10:00:00.000Z',
        planned: true,
      });
  });
});
