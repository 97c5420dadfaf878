/**
 * What the other browser learnt of a call this one also holds, brought by its backup (rep in Los
 * Angeles, two browsers; metrics.md "Duplicate": the merged touch keeps the most informative
 * fields; decisions.md "Backups": an older copy never overwrites a newer one).
 *
 * 1. Tue 17 Nov the desktop reads Ana's page: a call on Mon 16 Nov, date alone, direction and
 *    outcome not shown. The laptop restores the desktop's backup. Thu 19 Nov the laptop reads Ana's
 *    page: the call at 10:30 PT, outbound, connected. Fri 20 Nov 06:00 PT the desktop reads Ana's
 *    page again: only an email of Thu 19 Nov is listed (the call is below what the page loaded).
 *    The desktop then imports the laptop's backup. Its own copy of the call knows nothing the
 *    laptop's lacks, so by hand it takes the laptop's: outbound, Mon 16 Nov 10:30 PT (18:30 UTC),
 *    connected: 1 of 1 connected on Ana. The desktop read Ana last (Friday), so nothing it knows
 *    is replaced: a call it saw "no answer" on Friday where the laptop saw "connected" on Thursday
 *    stays no answer: 0 of 1.
 * 2. Tue 17 Nov the desktop reads the call as "no answer"; the laptop, restored from it, reads Ana's
 *    page on Thu 19 Nov, when the CRM shows it connected (the rep fixed the disposition). The
 *    laptop's copy is the later sighting (it read Ana after the desktop last did): 1 of 1 connected
 *    on the desktop after the import, as on the laptop.
 * 3. The desktop imported a HubSpot calls export with no outcome for call 88442; the laptop,
 *    restored from it, imported a newer export showing it Connected. After the desktop imports
 *    the laptop's backup: 1 of 1 connected, as on the laptop.
 */
import { describe, expect, it } from 'vitest';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { importText } from '../csv-import/import-fixture';
import { ANA, anaKey, call, connectRateOn, contactPage } from '../db/hand-pages';
import { contactKey, freshDb, TENANT } from '../db/world-readings';
import { carry, packsAndRows, save } from './two-browsers/world';

const TUE = new Date('2026-11-17T17:00:00Z');
const TUE_LATER = new Date('2026-11-17T18:00:00Z');
const THU = new Date('2026-11-19T17:00:00Z');
const FRI_EARLY = new Date('2026-11-20T14:00:00Z');
const FRI = new Date('2026-11-20T14:30:00Z');
const KEY = `hubspot:${TENANT}:activity:call-6120`;
const email: ActivityReading = {
  ...call('2026-11-19T16:00:00.000Z'),
  type: 'email',
  channel: 'email',
  title: 'Renewal quote',
};
const callShown = (extra: Partial<ActivityReading>) =>
  call('2026-11-16T18:30:00.000Z', { sourceId: 'call-6120', ...extra });
const dateOnly = callShown({ timestamp: '2026-11-16T08:00:00.000Z', timePrecision: 'day', direction: 'unknown' });

const rate = async (db: TouchlineDb) => {
  const { numerator, denominator } = await connectRateOn(db, anaKey);
  return `${numerator} of ${denominator}`;
};
const storedCall = async (db: TouchlineDb) => {
  const row = await db.get('activities', KEY);
  return (
    row && {
      direction: row.direction,
      timestamp: row.timestamp,
      timePrecision: row.timePrecision,
      outcome: row.outcome,
    }
  );
};

describe('a call this browser holds with less detail than the other browser’s copy', () => {
  it('takes the direction, time of day and outcome its own copy lacks', async () => {
    const desktop = await freshDb();
    await save(desktop, contactPage(ANA, [dateOnly]), TUE);
    const laptop = await freshDb();
    await carry(desktop, laptop, TUE_LATER);
    await save(laptop, contactPage(ANA, [callShown({ outcome: 'connected' })]), THU);
    await save(desktop, contactPage(ANA, [email]), FRI_EARLY);
    expect(await rate(desktop)).toBe('0 of 1');

    await carry(laptop, desktop, FRI);

    expect(await storedCall(desktop)).toEqual({
      direction: 'outbound',
      timestamp: '2026-11-16T18:30:00.000Z',
      timePrecision: 'minute',
      outcome: 'connected',
    });
    expect(await rate(desktop)).toBe('1 of 1');
    const { stored, expected } = await packsAndRows(desktop);
    expect(stored).toEqual(expected);
  });

  it('keeps an outcome it read after the other browser last read the page', async () => {
    const desktop = await freshDb();
    await save(desktop, contactPage(ANA, [callShown({})]), TUE);
    const laptop = await freshDb();
    await carry(desktop, laptop, TUE_LATER);
    await save(laptop, contactPage(ANA, [callShown({ outcome: 'connected' })]), THU);
    await save(desktop, contactPage(ANA, [callShown({ outcome: 'no-answer' })]), FRI_EARLY);

    await carry(laptop, desktop, FRI);

    expect((await storedCall(desktop))?.outcome).toBe('no-answer');
    expect(await rate(desktop)).toBe('0 of 1');
  });
});

describe('an exported call the other browser imported again with its outcome', () => {
  const HEAD =
    'Record ID,Call title,Activity date,Activity assigned to,Call direction,Call outcome,Call notes,Associated Contact,Associated Contact IDs,Associated Deal,Associated Deal IDs\n';
  // A HubSpot export names contacts by their numeric id.
  const row = (outcome: string) =>
    `88442,Renewal check-in,2026-11-13 14:05,Dana Reyes,Outbound,${outcome},,Ben Hale,4471,,\n`;
  const ben = contactKey(4471);
  const rate = async (db: TouchlineDb) => {
    const { numerator, denominator } = await connectRateOn(db, ben);
    return `${numerator} of ${denominator}`;
  };

  it('takes the outcome its own copy lacks', async () => {
    const desktop = await freshDb();
    await save(desktop, contactPage('4471', []), TUE);
    await importText(desktop, 'hubspot', TENANT, HEAD + row(''));
    expect(await rate(desktop)).toBe('0 of 1');
    const laptop = await freshDb();
    await carry(desktop, laptop, TUE_LATER);
    await importText(laptop, 'hubspot', TENANT, HEAD + row('Connected'));
    expect(await rate(laptop)).toBe('1 of 1');

    await carry(laptop, desktop, FRI);

    expect(await rate(desktop)).toBe('1 of 1');
  });
});
