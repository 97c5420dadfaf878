/**
 * HubSpot's older timeline card (crm-pages.md: `[data-selenium-test="timeline-card"]`, its title
 * `[data-selenium-test="timeline-editable-title"]`) may show that title on the same line as its
 * date and nothing else there: HubSpot names a logged call or meeting after its contact ("Call with
 * Ivo Brandt"). The header line without its title is then empty, so the title says what the item
 * is. A title a rep wrote names anything ("Quarterly meeting recap"), and a record event is never
 * read from a title.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, readHubSpot, timeline } from './contact-record';

function olderCard(id: string, title: string, when: string, body: string): string {
  return [
    '<div data-selenium-test="timeline-card">',
    `<div><span data-selenium-test="timeline-editable-title">${title}</span> <span>${when}</span></div>`,
    `<div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"><button>Actions</button></div>`,
    `<div>${body}</div>`,
    '</div>',
  ].join('');
}

function read(...cards: string[]) {
  const reading = readHubSpot(contactRecord({ name: 'Ivo Brandt', middle: timeline(cards.join('')) }));
  return {
    byId: Object.fromEntries(reading.activities.map((a, at) => [a.sourceId, { ...a, at }])),
    typeReported: (at: number) => reading.notRead.some((n) => n.field === `activities[${at}].type`),
  };
}

describe('an older card whose title sits beside its date', () => {
  it('is the call or meeting its title names, with its outcome', () => {
    const { byId } = read(
      olderCard('3101', 'Call with Ivo Brandt', 'Nov 12, 2026 at 4:30 PM', 'Outcome: Left voicemail'),
      olderCard('3102', 'Meeting with Ivo Brandt', 'Nov 5, 2026 at 11:00 AM', 'Outcome: Completed'),
    );
    expect(byId['3101']).toMatchObject({ type: 'call', outcome: 'voicemail', timestamp: '2026-11-12T16:30:00.000Z' });
    expect(byId['3102']).toMatchObject({ type: 'meeting', outcome: 'held', timestamp: '2026-11-05T11:00:00.000Z' });
  });

  it('is reported, not read, when its title only mentions a kind of item further on', () => {
    const { byId, typeReported } = read(
      olderCard('3103', 'Quarterly meeting recap', 'Nov 9, 2026 at 2:00 PM', 'Shared the slides'),
    );
    const recap = byId['3103'];
    expect(recap?.type).not.toBe('meeting');
    expect(typeReported(recap?.at ?? -1)).toBe(true);
  });

  it('is never a record event because of its title’s words', () => {
    const { byId, typeReported } = read(
      olderCard('3104', 'Email bounced, called from the desk line', 'Nov 8, 2026 at 9:00 AM', 'Outcome: Busy'),
    );
    expect(typeReported(byId['3104']?.at ?? -1)).toBe(true);
  });
});
