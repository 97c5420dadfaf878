import { describe, expect, it } from 'vitest';
import { item, timeline } from './contact-page';
import { dealPage, field, readDeal } from './opportunity-page';

/**
 * A summary sentence may count people it does not name (crm-evidence-2.md: "You had a Task with X
 * and 2 others"). On a deal the meeting then carries only the contact it links; the others may be
 * the deal's other contacts, so "no touches" for them would be a guess stated as a fact.
 * contracts.md: a deal touch has a contact only where the page names one; what is not read is
 * reported. Pages by hand: an Opportunity whose one past Event is "with Max Young and 1 other".
 */
const meeting = (summary: string) =>
  item({
    token: 'Event',
    icon: 'event',
    iconTitle: 'Event',
    subject: 'Pilot review',
    id: '00U5g00000DpQM8EAN',
    date: '2:00 PM | Nov 12',
    summary,
  });
const read = (summary: string) =>
  readDeal(
    dealPage({
      fields: field('Opportunity Name', 'Contoso — Fleet pilot') + field('Stage', 'Needs Analysis'),
      timeline: timeline('', [{ heading: 'This Month', items: meeting(summary) }]),
    }),
  );
const MAX = '<a href="/lightning/r/Contact/0035g00000MaXyZAAR/view">Max Young</a>';

describe('a deal’s meeting whose sentence counts people it does not name', () => {
  it.each([
    ['1 other', 'one more person'],
    ['2 others', '2 more people'],
  ])('reports its contacts as not all read ("and %s")', (tail, people) => {
    const r = read(`You had an Event with ${MAX} and ${tail}`);
    expect(r.activities.find((a) => a.type === 'meeting')?.contactIds).toEqual(['0035g00000MaXyZAAR']);
    expect(r.notRead).toContainEqual({
      field: 'contacts of "Pilot review"',
      reason: `its sentence counts ${people} without naming them: "You had an Event with Max Young and ${tail}"`,
    });
  });

  it('guard: a sentence naming everyone it counts reports nothing of its contacts', () => {
    const r = read(`You had an Event with ${MAX}`);
    expect(r.notRead.filter((n) => n.field.startsWith('contacts of'))).toEqual([]);
  });
});
