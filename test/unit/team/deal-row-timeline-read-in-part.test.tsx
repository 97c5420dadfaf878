// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { dealReadSchema, type NotRead } from '../../../lib/schema/read-result';
import { CLOCK, freshDb } from '../csv-import/import-fixture';
import { dealRowShown } from './deal-row-shown';

/**
 * metrics.md, "Deal without recent activity: no touch on any of the deal's contacts for more than
 * the follow-up limit", and "Multi-threading: the number of the deal's contacts with a touch in
 * the period". A Pipedrive deal page read with its History feed filtered (crm-evidence-2.md:
 * filter chips `filter-button-*` with `aria-pressed`; the "Notes" chip left pressed hides calls
 * and mail): the reading says `notRead: activities` with no `part: 'older'`, so a newer touch of
 * any date may be hidden. The deal's panel says so beside the last touch (COLD_READ_IN_PART) and
 * under the contacts worked, whose 0 it gives as not known. The team page's deal row showed
 * "40 days ago" and "0 of 2" as facts: a manager reads a neglected deal the rep called yesterday.
 * Now the row says what the panel says, and says it no more once a later reading read the history whole.
 *
 * By hand: the only touch read is a call on 2026-10-11 10:00 Berlin (08:00Z); now
 * 2026-11-20 15:00Z → 40 days; no touch in the last 30 days among what was read.
 */
const KEY = 'pipedrive:acme:deal:812';
const FILTERED: NotRead = {
  field: 'activities',
  reason: 'The history is filtered to Notes: calls, mail and other items are not shown.',
};
const CALL = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-10-11T08:00:00.000Z',
  timePrecision: 'minute',
  title: 'Renewal terms',
  owner: 'Dana Reyes',
  automated: false,
  outcome: 'connected',
  contactIds: ['301'],
} as const;

function harborPage(activities: readonly (typeof CALL)[], notRead: NotRead[]) {
  return dealReadSchema.parse({
    crm: 'pipedrive',
    tenant: 'acme',
    kind: 'deal',
    recordId: '812',
    status: 'read',
    record: {
      name: 'Harbor Freight renewal',
      owner: 'Dana Reyes',
      pipeline: 'Renewals',
      stage: 'Negotiation',
      stageHistory: [{ stage: 'Negotiation', enteredAt: '2026-11-10T09:00:00.000Z' }],
      contacts: [
        { id: '301', name: 'Lena Ortiz' },
        { id: '302', name: 'Marco Diaz' },
      ],
    },
    activities,
    crmFigures: {},
    notRead,
  });
}

function cell(container: Element, metric: string): Element {
  const found = container.querySelector(`[data-metric="${metric}"]`);
  if (!found) throw new Error(`no ${metric}`);
  return found;
}

/** The words the cell shows, the metric and its caveat. */
function cellText(container: Element, metric: string): string {
  return cell(container, metric).closest('td')?.textContent ?? '';
}

describe('team page: a deal row from a deal history read with a filter on', () => {
  it('says the last touch may miss a newer one, as the panel does, with its day count kept', async () => {
    const db = await freshDb();
    await saveReading(db, harborPage([CALL], [FILTERED]), CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
    const { row, container } = await dealRowShown(db, KEY);
    expect(row.daysSinceTouch).toBe(40);
    expect(cell(container, 'days-since-last-touch').getAttribute('data-value')).toBe('40');
    expect(cellText(container, 'days-since-last-touch')).toBe(
      '40 days agotimeline read in part: may miss a newer touch',
    );
  });

  it('gives no confident 0 contacts worked: one may have been worked in the part not read', async () => {
    const db = await freshDb();
    await saveReading(db, harborPage([CALL], [FILTERED]), CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
    const { container } = await dealRowShown(db, KEY);
    const worked = cell(container, 'contacts-touched');
    expect([worked.getAttribute('data-value'), worked.getAttribute('data-reason')]).toEqual([
      '',
      'activities-not-read',
    ]);
    expect(cellText(container, 'contacts-touched')).toBe(
      'not known of 2timeline read in part: may miss a contact worked',
    );
  });

  it('says "none in what was read", never "never", when the filter left no touch to read', async () => {
    const db = await freshDb();
    await saveReading(db, harborPage([], [FILTERED]), CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
    const { row, container } = await dealRowShown(db, KEY);
    expect(row.daysSinceTouch).toBeNull();
    expect(cell(container, 'days-since-last-touch').getAttribute('data-reason')).toBe('activities-not-read');
    expect(cellText(container, 'days-since-last-touch')).toBe(
      'none in what was read; touches may be in the part not read',
    );
  });

  it('states the figures bare again once a later reading read the history whole', async () => {
    const db = await freshDb();
    await saveReading(
      db,
      harborPage([CALL], [FILTERED]),
      new Date('2026-11-19T09:00:00Z'),
      CLOCK.timeZone,
      CLOCK.timeZone,
    );
    await saveReading(db, harborPage([CALL], []), CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
    const { row, container } = await dealRowShown(db, KEY);
    expect(row.timelineReadInPart).toBeUndefined();
    expect(container.textContent).not.toMatch(/read in part/);
    expect(cell(container, 'contacts-touched').getAttribute('data-value')).toBe('0');
  });
});
