/**
 * A deal read while open stores its expected close date as its close date. Once a reading says the
 * deal is won and gives no close date (the Pipedrive reader leaves it unset where the page shows
 * only the expected close date: adapters/pipedrive/close-date.ts), the stored expected close date
 * used to survive the save, and a closed deal's days in its stage stopped on that planned day
 * (metrics/closed-stage-time.ts). A close date a reading merely did not show (another layout, a
 * section not drawn yet) still keeps the stored one.
 */
import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { expectedCloseNote } from '../../../lib/schema/expected-close-reason';
import { dealReadSchema, type NotRead } from '../../../lib/schema/read-result';
import { edited } from '../adapters/page-variation';
import { asDeal, extension, readFixture } from '../page-to-panel/chain';
import { freshDb, ZONE } from './world-readings';

const KEY = 'pipedrive:acme:deal:77';
const DAY = 86_400_000;
const MONDAY = new Date('2026-11-16T10:00:00Z');
const later = (days: number) => new Date(MONDAY.getTime() + days * DAY);

const ONLY_EXPECTED: NotRead = expectedCloseNote('won', 'December 18, 2026', '2026-12-18');
const NO_WON_TIME: NotRead = { field: 'closeDate', reason: 'the deal is won and the page shows no won time' };
const NOT_FOUND: NotRead = { field: 'closeDate', reason: 'no closeDate found on the page' };

function page(record: { closed?: 'won' | 'lost'; closeDate?: string }, notRead: NotRead[] = []) {
  return dealReadSchema.parse({
    crm: 'pipedrive',
    tenant: 'acme',
    kind: 'deal',
    recordId: '77',
    status: 'read',
    record: { name: 'Renewal', stage: 'Negotiations started', stageHistory: [], contacts: [], ...record },
    activities: [],
    crmFigures: {},
    notRead,
  });
}

async function closeDateAfter(...visits: [ReturnType<typeof page>, Date][]) {
  const db: TouchlineDb = await freshDb();
  for (const [reading, at] of visits) await saveReading(db, reading, at, ZONE);
  const deal = await db.get('deals', KEY);
  return { closed: deal?.closed, closeDate: deal?.closeDate };
}

describe('a stored close date after a reading of the deal won without one', () => {
  it('is dropped where the page shows only the expected close date', async () => {
    expect(
      await closeDateAfter(
        [page({ closeDate: '2026-12-18' }), MONDAY],
        [page({ closed: 'won' }, [ONLY_EXPECTED]), later(2)],
      ),
    ).toEqual({ closed: 'won', closeDate: undefined });
  });

  it('is dropped when it was read while the deal was open, even where the page merely shows none', async () => {
    expect(
      await closeDateAfter(
        [page({ closeDate: '2026-12-18' }), MONDAY],
        [page({ closed: 'won' }, [NOT_FOUND]), later(2)],
      ),
    ).toEqual({ closed: 'won', closeDate: undefined });
    expect(
      await closeDateAfter(
        [page({ closed: 'lost', closeDate: '2026-11-10' }), MONDAY],
        [page({ closed: 'won' }, [NO_WON_TIME]), later(2)],
      ),
    ).toEqual({ closed: 'won', closeDate: undefined });
  });

  it('is dropped when an earlier reading of the won deal took its expected close date for it', async () => {
    // Touchline once read a won Pipedrive deal's expected close date as its close date.
    expect(
      await closeDateAfter(
        [page({ closed: 'won', closeDate: '2026-12-18' }), MONDAY],
        [page({ closed: 'won' }, [ONLY_EXPECTED]), later(2)],
      ),
    ).toEqual({ closed: 'won', closeDate: undefined });
  });

  it('is kept when it is another day than the expected close date this page shows only', async () => {
    // The won time an export or an earlier page gave; this page shows only the expected close date.
    expect(
      await closeDateAfter(
        [page({ closed: 'won', closeDate: '2026-11-18' }), MONDAY],
        [page({ closed: 'won' }, [ONLY_EXPECTED]), later(2)],
      ),
    ).toEqual({ closed: 'won', closeDate: '2026-11-18' });
    expect(
      await closeDateAfter(
        [page({ closed: 'won', closeDate: '2026-11-18' }), MONDAY],
        [page({ closed: 'won' }, [expectedCloseNote('won', 'soon', undefined)]), later(2)],
      ),
    ).toEqual({ closed: 'won', closeDate: '2026-11-18' });
  });

  it('is kept when it was read from the won deal and this page shows no close date at all', async () => {
    expect(
      await closeDateAfter(
        [page({ closed: 'won', closeDate: '2026-11-18' }), MONDAY],
        [page({ closed: 'won' }, [NO_WON_TIME]), later(2)],
        [page({ closed: 'won' }, [NOT_FOUND]), later(3)],
        [page({ closed: 'won' }), later(4)],
      ),
    ).toEqual({ closed: 'won', closeDate: '2026-11-18' });
  });

  it('is kept for a deal still open whose page does not show it (a lost one: lost-deal-stored-close-date.test.ts)', async () => {
    expect(
      await closeDateAfter([page({ closeDate: '2026-12-18' }), MONDAY], [page({}, [NOT_FOUND]), later(2)]),
    ).toEqual({ closed: undefined, closeDate: '2026-12-18' });
  });

  it('is kept when the won reading is older than the stored open one (it only fills gaps)', async () => {
    const after = await closeDateAfter(
      [page({ closeDate: '2026-12-18' }), later(2)],
      [page({ closed: 'won' }, [ONLY_EXPECTED]), MONDAY],
    );
    expect(after.closeDate).toBe('2026-12-18');
  });

  it('gives way to the won time a later reading shows', async () => {
    expect(
      await closeDateAfter(
        [page({ closeDate: '2026-12-18' }), MONDAY],
        [page({ closed: 'won' }, [ONLY_EXPECTED]), later(2)],
        [page({ closed: 'won', closeDate: '2026-11-18' }), later(3)],
      ),
    ).toEqual({ closed: 'won', closeDate: '2026-11-18' });
  });
});

describe('the Pipedrive deal page read open, then won showing only its expected close date', () => {
  const WON_BADGE: [string, string] = [
    '<button type="button" class="cui5-button cui5-button--positive">Won</button><button type="button" class="cui5-button cui5-button--negative">Lost</button>',
    '<span class="cui5-badge cui5-badge--positive">Won</span>',
  ];

  it('shows no days in the stage, for want of the day it was won (not up to its expected close date)', async () => {
    const touchline = extension();
    const open = asDeal(await touchline.open('pipedrive', 'deal-hashed'));
    expect(open.closed).toBeUndefined();
    const won = asDeal(await touchline.open('pipedrive', 'deal-hashed', (html) => edited(html, WON_BADGE)));
    expect(won.closed).toBe('won');
    expect(won.daysInStage).toBeNull();
    expect(won.daysInStageReason).toBe('close-not-read');
  });

  it('drops the expected close date an earlier version stored as the won deal’s close date', async () => {
    const touchline = extension();
    const read = readFixture('pipedrive', 'deal-hashed', touchline.clock.now, 'UTC');
    if (read.status !== 'read' || read.kind !== 'deal') throw new Error('the fixture is a deal page');
    // What Touchline once read on the won page: its expected close date as the close date.
    const before = asDeal(await touchline.save({ ...read, record: { ...read.record, closed: 'won' } }));
    expect(before.daysInStage).toBe(3);
    const won = asDeal(await touchline.open('pipedrive', 'deal-hashed', (html) => edited(html, WON_BADGE)));
    expect(won.daysInStage).toBeNull();
    expect(won.daysInStageReason).toBe('close-not-read');
  });
});
