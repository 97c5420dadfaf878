import { describe, expect, it } from 'vitest';
import { dealFromReading } from '../../../lib/db/page-records';
import type { ReadOk } from '../../../lib/schema/read-result';
import type { Deal, DealFields } from '../../../lib/schema/record';

/**
 * A deal whose page could not show its outcome (a HubSpot portal in Korean: no closed-stage words
 * for the language) is marked on the stored deal, so that the deal view, built from the stored
 * deal, knows it may be closed (lib/schema/record.ts outcomeNotReadIn). The mark goes when a
 * newest reading reads the outcome, and an older reading does not set it. Before, nothing of the
 * reading's notRead was kept: the stored deal looked open.
 */
const KEY = 'hubspot:7781234:deal:90211';
const FIRST = new Date('2026-10-01T09:00:00Z');
const LATER = new Date('2026-10-21T09:00:00Z');
const EARLIER = new Date('2026-09-20T09:00:00Z');
const KOREAN_REASON =
  'the page is in "ko", a language Touchline has no closed-stage words for: whether "성사됨" is a won, lost or open stage is not read';

function reading(record: Partial<DealFields>, notRead: ReadOk['notRead'] = []): Extract<ReadOk, { kind: 'deal' }> {
  return {
    status: 'read',
    crm: 'hubspot',
    tenant: '7781234',
    kind: 'deal',
    recordId: '90211',
    activities: [],
    crmFigures: {},
    notRead,
    record: { name: 'Initech renewal', stageHistory: [], contacts: [], ...record },
  };
}

const korean = reading({ stage: '성사됨' }, [{ field: 'record.closed', reason: KOREAN_REASON }]);
const marked = (): Deal => dealFromReading(korean, KEY, undefined, FIRST);

describe('a deal whose outcome the page could not show', () => {
  it('is marked with the stage whose outcome was not read', () => {
    expect(marked().outcomeNotReadIn).toBe('성사됨');
    // Salesforce reports the field without the record. prefix.
    const salesforce = reading({ stage: 'Geschlossen' }, [{ field: 'closed', reason: 'not read' }]);
    expect(dealFromReading(salesforce, KEY, undefined, FIRST).outcomeNotReadIn).toBe('Geschlossen');
  });

  it('is not marked when the stored deal has an outcome, which it keeps', () => {
    const won = dealFromReading(reading({ stage: 'Closed won', closed: 'won' }), KEY, undefined, EARLIER);
    const after = dealFromReading(korean, KEY, won, FIRST);
    expect(after.closed).toBe('won');
    expect(after.outcomeNotReadIn).toBeUndefined();
  });

  it('loses the mark when a newer reading reads an open stage or a closed one', () => {
    const open = dealFromReading(reading({ stage: 'Appointment scheduled' }), KEY, marked(), LATER);
    expect(open.outcomeNotReadIn).toBeUndefined();
    const won = dealFromReading(reading({ stage: 'Closed won', closed: 'won' }), KEY, marked(), LATER);
    expect([won.closed, won.outcomeNotReadIn]).toEqual(['won', undefined]);
  });

  it('keeps the mark when a newer reading shows no stage, and moves it with a stage not read either', () => {
    const noStage = reading({}, [{ field: 'record.stage', reason: 'no stage selector or "Deal stage" property' }]);
    expect(dealFromReading(noStage, KEY, marked(), LATER).outcomeNotReadIn).toBe('성사됨');
    const moved = reading({ stage: '계약 체결' }, [{ field: 'record.closed', reason: 'not read' }]);
    expect(dealFromReading(moved, KEY, marked(), LATER).outcomeNotReadIn).toBe('계약 체결');
  });

  it('is not set by a reading older than the stored one', () => {
    const open = dealFromReading(reading({ stage: 'Appointment scheduled' }), KEY, undefined, FIRST);
    expect(dealFromReading(korean, KEY, open, EARLIER).outcomeNotReadIn).toBeUndefined();
  });
});
