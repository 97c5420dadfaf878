import { describe, expect, it } from 'vitest';
import { mergeActivity } from '../../../lib/db/page-activities';
import { readOnPage } from '../../../lib/db/same-day-row';
import type { Activity } from '../../../lib/schema/activity';
import { call, contactKey, dealKey, JORDAN } from '../metrics/builders';

/**
 * The newest sighting of one CRM item on its own page says its outcome, as it says whether it is
 * planned (a rep sets a call's or meeting's outcome back); a known outcome survives an unknown one
 * only between copies from different pages or sources (metrics.md "Duplicate": the merged touch
 * keeps the most informative fields). Jordan's call, HubSpot engagement 88100.
 */
const readThursday = call('2026-11-19T16:30:00.000Z', 'no-answer', { sourceId: '88100' });
const setBack = (extra: Partial<Activity> = {}) => {
  const { outcome: _cleared, ...rest } = readThursday;
  return { ...rest, ...extra } as Activity;
};

describe('an item read again on its own page', () => {
  it('takes the outcome the page shows now, none included', () => {
    expect(mergeActivity(readThursday, setBack(), undefined, true).outcome).toBeUndefined();
    expect(mergeActivity(readThursday, setBack({ outcome: 'unknown' }), undefined, true).outcome).toBe('unknown');
    expect(mergeActivity(readThursday, setBack({ outcome: 'connected' }), undefined, true).outcome).toBe('connected');
  });

  it('keeps the outcome a logged touch gave it, noting that the page now shows none', () => {
    // The rep logged "Connected"; the page showed no outcome then (withUserFields).
    const merged: Activity = { ...setBack({ outcome: 'connected' }), pageOwn: { outcome: 'unknown' } };
    const next = mergeActivity(merged, setBack(), undefined, true);
    expect(next.outcome).toBe('connected');
    expect(next.pageOwn).toEqual({ outcome: 'unknown' });
  });
});

describe('a copy from another page or source that shows no outcome', () => {
  it('never erases a known one', () => {
    expect(mergeActivity(readThursday, setBack()).outcome).toBe('no-answer');
    expect(mergeActivity(readThursday, setBack({ outcome: 'unknown' })).outcome).toBe('no-answer');
  });
});

describe('the page a stored row was read on (readOnPage)', () => {
  const deal = dealKey('7001');
  it('is its contact page while no deal page read it, else the deal pages that did', () => {
    expect(readOnPage(readThursday, JORDAN)).toBe(true);
    const alsoOnDeal = { ...readThursday, dealKeys: [deal] };
    expect(readOnPage(alsoOnDeal, deal)).toBe(true);
    expect(readOnPage(alsoOnDeal, JORDAN)).toBe(false);
    expect(readOnPage(readThursday, contactKey('902'))).toBe(false);
  });

  it('is never a logged touch or an import', () => {
    expect(readOnPage({ ...readThursday, origin: 'import' }, JORDAN)).toBe(false);
    expect(readOnPage({ ...readThursday, origin: 'logged-in-touchline' }, JORDAN)).toBe(false);
  });
});
