/**
 * the team page now reads stored rows dated up to a year
 * ahead (so a done call dated by a due day ahead counts at now). Rows dated ahead that the CRM shows
 * as PLANNED are no touches (metrics.md: "Planned items of any type are never touches while the CRM
 * shows them as planned") and lie in no week the page reads; docs/team-view.md: "The basis line
 * counts the activities of every week read".
 *
 * Input: a Salesforce contact page (hand-written reading saved through the background service),
 * clock Fri 2026-11-20 15:00Z, zone UTC: Dana ("You") emailed Mara on Thu 12 Nov (done, past
 * activity), and her Upcoming & Overdue group lists a meeting planned for Fri 27 Nov 10:00 and a call
 * planned for Tue 8 Dec 09:00 (both planned, not done).
 * By hand: the weeks read end now; one activity was read in them, the email: "from 1 activity on
 * 1 contact". Dana's row: 1 touch.
 */
import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { ReadResult } from '../../../lib/schema/read-result';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { freshDb } from '../db/world-readings';

const settingsOf = (o: Partial<Settings>): Settings => ({ ...defaultSettings('UTC'), ...o });
const NOW = new Date('2026-11-20T15:00:00Z');
const reading = {
  status: 'read',
  crm: 'salesforce',
  tenant: 'harbor.lightning.force.com',
  kind: 'contact',
  recordId: '0035g00000QxR7TAAV',
  record: { name: 'Mara Lindqvist' },
  activities: [
    {
      type: 'email',
      channel: 'email',
      direction: 'outbound',
      timestamp: '2026-11-12T00:00:00.000Z',
      timePrecision: 'day',
      title: 'Cold-room quote',
      byViewer: true,
      automated: false,
      sourceId: '00T5g00000Cq0Y2EAJ',
    },
    {
      type: 'meeting',
      channel: 'meeting',
      direction: 'outbound',
      timestamp: '2026-11-27T10:00:00.000Z',
      timePrecision: 'minute',
      title: 'Site visit',
      byViewer: true,
      automated: false,
      planned: true,
      sourceId: '00U5g00000Ev1A1EAJ',
    },
    {
      type: 'call',
      channel: 'call',
      direction: 'outbound',
      timestamp: '2026-12-08T09:00:00.000Z',
      timePrecision: 'minute',
      title: 'Call about the order',
      byViewer: true,
      automated: false,
      planned: true,
      sourceId: '00T5g00000Cq3C3EAJ',
    },
  ],
  crmFigures: {},
  notRead: [],
} as ReadResult;

describe('team page basis with planned items dated ahead', () => {
  it('counts only the activities of the weeks read: from 1 activity', async () => {
    const settings = settingsOf({ timeZone: 'UTC', yourNames: { salesforce: 'Dana Ruiz' } });
    const dbp = freshDb();
    const service = createService({ db: dbp, now: () => NOW, settings: async () => settings });
    const answer = await service.readingSaved(reading);
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    const team = await loadTeamView({
      db: await dbp,
      filters: { period: '30d', motion: 'mid-market' },
      settings,
      now: NOW,
    });
    expect(team.reps.find((r) => r.rep === 'Dana Ruiz')?.counts.total).toBe(1);
    expect(team.basis).toMatchObject({ activities: 1, contacts: 1 });
  });
});
