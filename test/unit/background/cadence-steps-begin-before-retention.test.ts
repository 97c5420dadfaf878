/**
 * Review s59 (settings): a retention shorter than a cadence renumbered its steps. metrics.md,
 * Cadence: the cadence starts at the first outbound touch after a silence longer than the
 * follow-up limit, and "the n-th [outbound touch] is step n". Retention applies on read, so the
 * first steps are not stored, yet the page just read shows them.
 *
 * By hand: enterprise cadence 0 email, 3 call, 7 social, 10 email, 14 call, 21 email, 28 meeting
 * (business days), zone Los Angeles, now Fri 20 Nov 2026 07:00. Steps 1–6 done on time: Mon 12 Oct
 * email, Thu 15 Oct call, Wed 21 Oct social, Mon 26 Oct email, Fri 30 Oct call, Tue 10 Nov email.
 * Next: step 7, a meeting, 7 business days after 10 Nov = Thu 19 Nov (overdue), no gaps. At retention
 * 30 only steps 5 and 6 are kept; counted from them alone, "call due 16 Nov" and two gaps.
 */
import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { openTouchlineDb } from '../../../lib/db/open';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import type { ContactView, RecordView } from '../../../lib/schema/view-model';

const NOW = new Date('2026-11-20T15:00:00Z');
const TENANT = '8812003';
const step = (type: 'email' | 'call' | 'social', at: string, id: string): ActivityReading => ({
  type,
  channel: type,
  direction: 'outbound',
  timestamp: at,
  timePrecision: 'minute',
  title: `Step ${id}`,
  automated: false,
  owner: 'Dana Ruiz',
  sourceId: `8800${id}`,
  ...(type === 'call' ? { outcome: 'no-answer' as const } : {}),
});
const reading = contactReadSchema.parse({
  crm: 'hubspot',
  tenant: TENANT,
  kind: 'contact',
  recordId: '701',
  status: 'read',
  record: { name: 'Yara Quist' },
  activities: [
    step('email', '2026-10-12T17:00:00.000Z', '1'),
    step('call', '2026-10-15T17:00:00.000Z', '2'),
    step('social', '2026-10-21T17:00:00.000Z', '3'),
    step('email', '2026-10-26T17:00:00.000Z', '4'),
    step('call', '2026-10-30T17:00:00.000Z', '5'),
    step('email', '2026-11-10T18:00:00.000Z', '6'),
  ],
  crmFigures: {},
  notRead: [],
});

function service(retentionDays: number) {
  const settings = { ...defaultSettings('America/Los_Angeles'), motion: 'enterprise' as const, retentionDays };
  const db = openTouchlineDb(`cadence-retention-${Math.random().toString(36).slice(2)}`);
  return createService({ db, now: () => NOW, settings: async () => settings });
}

function cadenceOf(answer: unknown) {
  const view = (answer as { view?: RecordView }).view as ContactView;
  return view.cadence;
}

describe('an enterprise cadence done on time, longer than retention', () => {
  it.each([400, 30])('at retention %i: step 7, a meeting, due Thu 19 Nov, and no gaps', async (retentionDays) => {
    const c = cadenceOf(await service(retentionDays).readingSaved(reading));
    expect(c.nextDue).toMatchObject({ date: '2026-11-19', channel: 'meeting', step: 7, overdue: true });
    expect(c.gaps).toEqual([]);
  });

  it('at retention 30, a meeting logged after the reading is step 7, and the cadence is counted from step 1 still', async () => {
    const s = service(30);
    await s.readingSaved(reading);
    const logged = await s.logTouch({
      recordKey: `hubspot:${TENANT}:contact:701`,
      channel: 'meeting',
      outcome: 'held',
    });
    const c = cadenceOf(logged);
    // The meeting held today is step 7, the last: from then on only the follow-up limit (14 days) applies.
    expect(c.nextDue).toMatchObject({ date: '2026-12-04', kind: 'follow-up' });
    expect(c.gaps).toEqual([]);
  });
});
