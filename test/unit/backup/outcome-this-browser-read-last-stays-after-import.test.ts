/**
 * The file's cache read the contact later, but its copy of the call is the older one (the
 * call was below what the page loaded on that later reading). decisions.md "Backups": "an older
 * copy never overwrites a newer". Worked by hand:
 * Tue 17 desktop reads Ana: call, no answer. Laptop restores desktop's backup (call: no answer).
 * Thu 19 desktop reads Ana: the CRM now shows the call connected (rep fixed the disposition).
 * Fri 20 early the laptop reads Ana: only an email of Thu is listed (call below what loaded);
 * laptop's call is still the Tuesday copy, "no answer".
 * Fri 20 desktop imports the laptop's backup. The newest sighting of the call is the desktop's
 * Thursday one: connected. Connect rate on Ana: 1 of 1.
 */
import { describe, expect, it } from 'vitest';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { carry, save } from '../backup/two-browsers/world';
import { ANA, anaKey, call, connectRateOn, contactPage } from '../db/hand-pages';
import { freshDb } from '../db/world-readings';

const TUE = new Date('2026-11-17T17:00:00Z');
const TUE_LATER = new Date('2026-11-17T18:00:00Z');
const THU = new Date('2026-11-19T17:00:00Z');
const FRI_EARLY = new Date('2026-11-20T14:00:00Z');
const FRI = new Date('2026-11-20T14:30:00Z');
const email: ActivityReading = {
  ...call('2026-11-19T16:00:00.000Z'),
  type: 'email',
  channel: 'email',
  title: 'Renewal quote',
};
const callShown = (extra: Partial<ActivityReading>) =>
  call('2026-11-16T18:30:00.000Z', { sourceId: 'call-6120', ...extra });
const rate = async (db: TouchlineDb) => {
  const { numerator, denominator } = await connectRateOn(db, anaKey);
  return `${numerator} of ${denominator}`;
};

describe('regc: an older outcome in the file of a cache that read the contact later', () => {
  it('keeps the connected outcome this browser read last (1 of 1)', async () => {
    const desktop = await freshDb();
    await save(desktop, contactPage(ANA, [callShown({ outcome: 'no-answer' })]), TUE);
    const laptop = await freshDb();
    await carry(desktop, laptop, TUE_LATER);
    await save(desktop, contactPage(ANA, [callShown({ outcome: 'connected' })]), THU);
    await save(laptop, contactPage(ANA, [email]), FRI_EARLY);
    expect(await rate(desktop)).toBe('1 of 1');
    expect(await rate(laptop)).toBe('0 of 1');

    await carry(laptop, desktop, FRI);

    expect(await rate(desktop)).toBe('1 of 1');
  });
});

/**
 * The same with a meeting (metrics.md: "Planned items of any type are never touches while the CRM
 * shows them as planned"; a held meeting is a touch). Mon 16 Nov the desktop reads Ana: a meeting
 * on Wed 18 Nov 18:00 UTC, upcoming (planned). Laptop restores the desktop's backup. Thu 19 the
 * desktop reads Ana: the meeting is past, held (planned false). Fri 20 early the laptop reads Ana;
 * only an email of Thu is listed. Fri 20 the desktop imports the laptop's backup. The desktop's
 * Thursday sighting is the newest: the meeting was held, 1 meeting on Ana.
 */
describe('regc: a held meeting and the file of a cache that read the contact later', () => {
  const MON = new Date('2026-11-16T17:00:00Z');
  const MON_LATER = new Date('2026-11-16T18:00:00Z');
  const meeting = (extra: Partial<ActivityReading>): ActivityReading => ({
    ...call('2026-11-18T18:00:00.000Z', { sourceId: 'mtg-311', ...extra }),
    type: 'meeting',
    channel: 'meeting',
    title: 'Renewal review',
    outcome: undefined,
  });
  const meetingsOn = async (db: TouchlineDb) => {
    const { viewOf } = await import('../db/hand-pages');
    return (await viewOf(db, anaKey)).touches.byChannel.meeting ?? 0;
  };
  it('keeps the meeting held (1 meeting)', async () => {
    const desktop = await freshDb();
    await save(desktop, contactPage(ANA, [meeting({ planned: true })]), MON);
    const laptop = await freshDb();
    await carry(desktop, laptop, MON_LATER);
    await save(desktop, contactPage(ANA, [meeting({ planned: false })]), THU);
    await save(laptop, contactPage(ANA, [email]), FRI_EARLY);
    expect(await meetingsOn(desktop)).toBe(1);

    await carry(laptop, desktop, FRI);

    expect(await meetingsOn(desktop)).toBe(1);
  });
});
