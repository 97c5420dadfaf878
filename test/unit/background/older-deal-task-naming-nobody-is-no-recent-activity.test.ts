import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import { freshDb } from '../db/world-readings';

/**
 * a deal page's activity older than retention now clears
 * "no recent activity" when it "counts as a touch" (countsAsTouch) within the follow-up limit. With
 * completed tasks counted, countsAsTouch takes ANY completed task, also one the deal's timeline shows
 * naming nobody — which is no touch with any contact.
 *
 * By hand (metrics.md: "a setting counts tasks completed against a contact as touches"; "Deal without
 * recent activity: no touch on any of the deal's contacts for more than the follow-up limit"):
 * HubSpot deal "Dock expansion" with contact Kai Brandt; its timeline's only item is a task
 * "Prepare the proposal deck" completed 40 days ago, naming no contact. Tasks counted, follow-up
 * limit 60. No contact of the deal was touched: the deal is without recent activity, whatever the
 * retention (400: the task is kept; 30: it is older than kept). Clock 20 Nov 2026 15:00 UTC.
 */
const NOW = new Date('2026-11-20T15:00:00Z');
const FORTY_DAYS_AGO = '2026-10-11T15:00:00.000Z';
const TENANT = '8812003';

async function dealView(item: ActivityReading, change: Partial<Settings>) {
  const settings = { ...defaultSettings('UTC'), ...change };
  const service = createService({ db: freshDb(), now: () => NOW, settings: async () => settings });
  const answer = await service.readingSaved({
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'deal',
    recordId: '9401',
    status: 'read',
    record: {
      name: 'Dock expansion',
      stage: 'Proposal',
      createdAt: '2026-08-12T15:00:00.000Z',
      stageHistory: [{ stage: 'Proposal', enteredAt: '2026-10-01T15:00:00.000Z' }],
      contacts: [{ id: '611', name: 'Kai Brandt' }],
    },
    activities: [item],
    crmFigures: {},
    notRead: [],
  });
  if (!answer.ok || answer.status !== 'read') throw new Error(JSON.stringify(answer));
  return answer.view;
}

const deckTask: ActivityReading = {
  type: 'task',
  direction: 'outbound',
  timePrecision: 'minute',
  automated: false,
  owner: 'Dana Ruiz',
  timestamp: FORTY_DAYS_AGO,
  title: 'Prepare the proposal deck',
  planned: false,
  sourceId: '77002',
};

describe('a deal page whose only item is a completed task naming nobody, tasks counted', () => {
  for (const retentionDays of [400, 30]) {
    it(`is without recent activity (retention ${retentionDays})`, async () => {
      const view = await dealView(deckTask, { countCompletedTasks: true, followUpDays: 60, retentionDays });
      expect(view.kind === 'deal' && view.noRecentActivity).toBe(true);
    });
  }
});
