import { describe, expect, it } from 'vitest';
import type { CrmFigures } from '../../../../lib/schema/crm-figures';
import { edited, fixturePage, type Reading, readPage } from '../page-variation';

/**
 * Pipedrive may print a day without its year ("Dec 5", "Tue, Jan 12", "Di., 12. Jan."): no source
 * shows which dates it shortens (crm-evidence-2.md), so the saved pages' dates are shortened here.
 * The fixtures' clock is Friday 20 November 2026, 15:00 UTC.
 */
const english = fixturePage('pipedrive', 'person-hashed');
const german = fixturePage('pipedrive', 'person-hashed-de');

/** The planned "Follow-up call about Q1 volumes" (in Focus, not done) dated as given. */
function plannedCall(date: string, page = english, shown = 'November 24, 2026 at 10:00 AM') {
  const reading = readPage(edited(page.html, [shown, date]), page.url);
  return { call: reading.activities.find((a) => a.sourceId === 'activity:91204'), notRead: reading.notRead };
}

function figuresOf(html: string): CrmFigures {
  return (readPage(html, english.url) as Reading & { crmFigures: CrmFigures }).crmFigures;
}

describe('a planned Pipedrive activity printed without a year', () => {
  it.each([
    ['Dec 5 at 10:00 AM', '2026-12-05T10:00:00.000Z'], // in two weeks, not last December
    ['Jan 8 at 10:00 AM', '2027-01-08T10:00:00.000Z'], // next January
    ['Nov 3 at 10:00 AM', '2026-11-03T10:00:00.000Z'], // overdue: left open since early November
  ])('"%s" is on %s', (date, iso) => {
    expect(plannedCall(date).call).toMatchObject({ planned: true, timestamp: iso, dateText: date });
  });

  it('takes the year whose calendar has the printed weekday on that day', () => {
    // 12 January is a Sunday in 2025, a Monday in 2026 and a Tuesday in 2027.
    expect(plannedCall('Tue, Jan 12 at 10:00 AM').call?.timestamp).toBe('2027-01-12T10:00:00.000Z');
    // The weekday wins over looking ahead: a Monday 12 January is one left open since January.
    expect(plannedCall('Mon, Jan 12 at 10:00 AM').call?.timestamp).toBe('2026-01-12T10:00:00.000Z');
  });

  it('reads a German weekday and date the same way', () => {
    const { call } = plannedCall('Di., 12. Jan. um 10:00', german, '24. November 2026 um 10:00');
    expect(call?.timestamp).toBe('2027-01-12T10:00:00.000Z');
  });

  it('keeps a weekday that no nearby year gives the day as text, and says so', () => {
    const { call, notRead } = plannedCall('Wed, Jan 12 at 10:00 AM');
    expect(call).toMatchObject({ dateText: 'Wed, Jan 12 at 10:00 AM' });
    expect(call).not.toHaveProperty('timestamp');
    expect(notRead).toContainEqual({ field: 'activities.timestamp', reason: expect.stringContaining('Wed, Jan 12') });
  });
});

describe('a done Pipedrive activity printed without a year', () => {
  it('keeps the latest such day not after now', () => {
    const page = edited(english.html, ['November 17, 2026 at 3:10 PM', 'Dec 5 at 3:10 PM']);
    const call = readPage(page, english.url).activities.find((a) => a.sourceId === 'activity:91188');
    expect(call).toMatchObject({ timestamp: '2025-12-05T15:10:00.000Z' });
    expect(call).not.toHaveProperty('planned');
  });
});

describe('the "Next activity date" field printed without a year', () => {
  const next = 'November 24, 2026</div>';

  it('looks ahead, as the planned activity it names does', () => {
    expect(figuresOf(edited(english.html, [next, 'Dec 5</div>'])).nextActivity).toBe('2026-12-05T00:00:00.000Z');
    expect(figuresOf(edited(english.html, [next, 'Jan 8</div>'])).nextActivity).toBe('2027-01-08T00:00:00.000Z');
  });

  it('takes the year of its printed weekday', () => {
    expect(figuresOf(edited(english.html, [next, 'Tue, Jan 12</div>'])).nextActivity).toBe('2027-01-12T00:00:00.000Z');
  });

  it('leaves "Last activity date" in the past', () => {
    const page = edited(english.html, ['November 17, 2026</div>', 'Dec 5</div>']);
    expect(figuresOf(page).lastActivity).toBe('2025-12-05T00:00:00.000Z');
  });
});
