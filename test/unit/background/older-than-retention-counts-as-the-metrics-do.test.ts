import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import type { RecordView } from '../../../lib/schema/view-model';
import { freshDb } from '../db/world-readings';

/**
 * A page whose only touch is older than the days Touchline keeps gives the verdict the same page
 * gives with everything kept: only what the metrics count is a touch (metrics.md: completed tasks
 * where the setting counts them, automated touches "left out of every touch figure" where it leaves
 * them out, a cancelled meeting never), and a deal's contacts touched within the follow-up limit had
 * recent activity ("Deal without recent activity: no touch on any of the deal's contacts for more
 * than the follow-up limit"). Clock 20 Nov 2026 15:00 UTC, follow-up limit 14 (60 for the deal).
 */
const NOW = new Date('2026-11-20T15:00:00Z');
const SIXTY_DAYS_AGO = '2026-09-21T15:00:00.000Z';
const FORTY_DAYS_AGO = '2026-10-11T15:00:00.000Z';
const TENANT = '8812003';

async function viewOf(kind: 'contact' | 'deal', item: ActivityReading, change: Partial<Settings>): Promise<RecordView> {
  const settings = { ...defaultSettings('UTC'), followUpDays: 14, ...change };
  const service = createService({ db: freshDb(), now: () => NOW, settings: async () => settings });
  const record =
    kind === 'contact'
      ? { name: 'Kai Brandt' }
      : {
          name: 'Dock expansion',
          stage: 'Proposal',
          createdAt: '2026-08-12T15:00:00.000Z',
          stageHistory: [{ stage: 'Proposal', enteredAt: '2026-10-01T15:00:00.000Z' }],
          contacts: [{ id: '611', name: 'Kai Brandt' }],
        };
  const answer = await service.readingSaved({
    crm: 'hubspot',
    tenant: TENANT,
    kind,
    recordId: kind === 'contact' ? '611' : '9401',
    status: 'read',
    record,
    activities: [item],
    crmFigures: {},
    notRead: [],
  });
  if (!answer.ok || answer.status !== 'read') throw new Error(JSON.stringify(answer));
  return answer.view;
}

async function goneCold(item: ActivityReading, change: Partial<Settings>): Promise<boolean> {
  const view = await viewOf('contact', item, change);
  if (view.kind !== 'contact') throw new Error('not a contact view');
  return view.cadence.goneCold;
}

const done = { direction: 'outbound', timePrecision: 'minute', automated: false, owner: 'Dana Ruiz' } as const;
const completedTask: ActivityReading = {
  ...done,
  type: 'task',
  timestamp: SIXTY_DAYS_AGO,
  title: 'Call Kai',
  planned: false,
};
const sequenceEmail: ActivityReading = {
  ...done,
  type: 'email',
  channel: 'email',
  timestamp: SIXTY_DAYS_AGO,
  title: 'Quick question, Kai',
  automated: true,
};
const cancelledMeeting: ActivityReading = {
  ...done,
  type: 'meeting',
  channel: 'meeting',
  timestamp: SIXTY_DAYS_AGO,
  title: 'Product demo',
  outcome: 'cancelled',
};

describe('a page showing only activity older than what Touchline keeps', () => {
  it('a task completed 60 days ago, tasks counted: gone cold at retention 30 as at 400', async () => {
    expect(await goneCold(completedTask, { countCompletedTasks: true, retentionDays: 400 })).toBe(true);
    expect(await goneCold(completedTask, { countCompletedTasks: true, retentionDays: 30 })).toBe(true);
  });

  it('a lone sequence email 60 days ago, automated touches left out: not cold at retention 30 as at 400', async () => {
    expect(await goneCold(sequenceEmail, { countAutomated: false, retentionDays: 400 })).toBe(false);
    expect(await goneCold(sequenceEmail, { countAutomated: false, retentionDays: 30 })).toBe(false);
  });

  it('a meeting cancelled 60 days ago is no touch: not cold at retention 30 as at 400', async () => {
    expect(await goneCold(cancelledMeeting, { retentionDays: 400 })).toBe(false);
    expect(await goneCold(cancelledMeeting, { retentionDays: 30 })).toBe(false);
  });

  it('a deal whose contact had a connected call 40 days ago, follow-up limit 60: recent activity at retention 30 as at 400', async () => {
    const call: ActivityReading = {
      ...done,
      type: 'call',
      channel: 'call',
      timestamp: FORTY_DAYS_AGO,
      title: 'Call with Kai Brandt',
      outcome: 'connected',
      sourceId: '77001',
      contactIds: ['611'],
    };
    for (const retentionDays of [400, 30]) {
      const view = await viewOf('deal', call, { followUpDays: 60, retentionDays });
      expect([retentionDays, view.kind === 'deal' && view.noRecentActivity]).toEqual([retentionDays, false]);
    }
  });
});
