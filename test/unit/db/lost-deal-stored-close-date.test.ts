/**
 * A deal read while open stores its expected close date as its close date. A lost Pipedrive deal's
 * page that shows no day it was lost ("Lost time", "Deal closed on", the feed's "Deal lost") now
 * gives no close date, and says its page shows only the expected close date
 * (adapters/pipedrive/close-date.ts). The save kept the stored plan all the same, so the lost deal's
 * days in its stage still stopped on its expected close date (metrics/closed-stage-time.ts), as a
 * won deal's once did (won-deal-stored-close-date.test.ts). A day it was lost read earlier stays.
 */
import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { expectedCloseNote } from '../../../lib/schema/expected-close-reason';
import { dealReadSchema, type NotRead } from '../../../lib/schema/read-result';
import { edited } from '../adapters/page-variation';
import { asDeal, extension } from '../page-to-panel/chain';
import { freshDb, ZONE } from './world-readings';

const KEY = 'pipedrive:acme:deal:77';
const DAY = 86_400_000;
const MONDAY = new Date('2026-11-16T10:00:00Z');
const later = (days: number) => new Date(MONDAY.getTime() + days * DAY);

const ONLY_EXPECTED: NotRead = expectedCloseNote('lost', 'December 18, 2026', '2026-12-18');
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

describe('a stored close date after a reading of the deal lost without one', () => {
  it('is dropped where it was stored while the deal was open and the page shows only that expected close date', async () => {
    expect(
      await closeDateAfter(
        [page({ closeDate: '2026-12-18' }), MONDAY],
        [page({ closed: 'lost' }, [ONLY_EXPECTED]), later(2)],
      ),
    ).toEqual({ closed: 'lost', closeDate: undefined });
  });

  it('is dropped where it was stored while the deal was open, even where the page merely shows none', async () => {
    expect(
      await closeDateAfter(
        [page({ closeDate: '2026-12-18' }), MONDAY],
        [page({ closed: 'lost' }, [NOT_FOUND]), later(2)],
      ),
    ).toEqual({ closed: 'lost', closeDate: undefined });
  });

  it('is dropped when an earlier reading of the lost deal took its expected close date for it', async () => {
    // Touchline once read a lost Pipedrive deal's expected close date as its close date.
    expect(
      await closeDateAfter(
        [page({ closed: 'lost', closeDate: '2026-12-18' }), MONDAY],
        [page({ closed: 'lost' }, [ONLY_EXPECTED]), later(2)],
      ),
    ).toEqual({ closed: 'lost', closeDate: undefined });
  });

  it('is dropped when an earlier reading took a year-less expected close date for a past one', async () => {
    // "December 18" on the lost deal, read on 16 Nov 2026 as past before 0.7.36: 18 Dec 2025.
    const yearless = expectedCloseNote('lost', 'December 18', '2026-12-18');
    expect(
      await closeDateAfter(
        [page({ closed: 'lost', closeDate: '2025-12-18' }), MONDAY],
        [page({ closed: 'lost' }, [yearless]), later(2)],
      ),
    ).toEqual({ closed: 'lost', closeDate: undefined });
  });

  it('is kept a year before the expected close date where the page shows that date with its year', async () => {
    expect(
      await closeDateAfter(
        [page({ closed: 'lost', closeDate: '2025-12-18' }), MONDAY],
        [page({ closed: 'lost' }, [ONLY_EXPECTED]), later(2)],
      ),
    ).toEqual({ closed: 'lost', closeDate: '2025-12-18' });
  });

  it('is kept when it was read from the lost deal and is another day than the expected one, or the page shows none', async () => {
    // The lost time an export or an earlier page gave.
    expect(
      await closeDateAfter(
        [page({ closed: 'lost', closeDate: '2026-11-10' }), MONDAY],
        [page({ closed: 'lost' }, [ONLY_EXPECTED]), later(2)],
        [page({ closed: 'lost' }, [NOT_FOUND]), later(3)],
        [page({ closed: 'lost' }), later(4)],
      ),
    ).toEqual({ closed: 'lost', closeDate: '2026-11-10' });
  });

  it('gives way to the lost time a reading shows', async () => {
    expect(
      await closeDateAfter(
        [page({ closeDate: '2026-12-18' }), MONDAY],
        [page({ closed: 'lost', closeDate: '2026-11-10' }), later(2)],
      ),
    ).toEqual({ closed: 'lost', closeDate: '2026-11-10' });
  });
});

describe('the Pipedrive deal page read open, then lost showing only its expected close date', () => {
  const LOST_BADGE: [string, string] = [
    '<button type="button" class="cui5-button cui5-button--positive">Won</button><button type="button" class="cui5-button cui5-button--negative">Lost</button>',
    '<span class="cui5-badge cui5-badge--negative">Lost</span>',
  ];

  it('shows no days in the stage, for want of the day it was lost (not up to its expected close date)', async () => {
    const touchline = extension();
    const open = asDeal(await touchline.open('pipedrive', 'deal-hashed'));
    expect(open.closed).toBeUndefined();
    expect(open.daysInStage).toBe(3);
    const lost = asDeal(await touchline.open('pipedrive', 'deal-hashed', (html) => edited(html, LOST_BADGE)));
    expect(lost.closed).toBe('lost');
    expect(lost.daysInStage).toBeNull();
    expect(lost.daysInStageReason).toBe('close-not-read');
  });
});
