import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, deal, email, history, JORDAN, logged, NOW, SAM, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * decisions.md (Backups / settings and data): "Retention also applies on read and import (older
 * activities are not stored again)." The panel applies it (lib/db/retention.ts keptActivities: "a
 * view counts these alone, so lowering the setting changes the numbers at once, not after the next
 * pruning"); the pruning itself runs once a day (lib/background/retention-alarm.ts).
 *
 * The manager has just lowered retention to 30 days; today's pruning has not run yet. Alex emailed
 * Jordan 60 and 50 days ago and Sam 10 days ago; the "Demo" deal has Jordan on it.
 * By hand, counting only what 30 days of retention keep: Jordan has no kept touch (so, like his
 * panel, not "gone cold for 50 days" and the deal's last touch "none kept"); Alex has 1 touch in
 * the last 90 days.
 */
const DAY = 86_400_000;
const ago = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();

async function world() {
  const demo = deal({
    name: 'Demo deal',
    stage: 'Demo',
    stageHistory: history(['Demo', ago(20)]),
    contacts: [{ id: '901', name: 'Jordan Lee' }],
  });
  const db = await cacheWith({
    activities: [
      email(ago(60), 'Intro'),
      email(ago(50), 'Following up'),
      email(ago(10), 'Hello Sam', { contactKeys: [SAM] }),
    ],
    deals: [demo],
    contacts: [contact(), contact({ key: SAM, recordId: '902', name: 'Sam Ortiz' })],
  });
  const s = settings({ retentionDays: 30, period: '90d' });
  const team = await loadTeamView({ db, filters: { period: '90d', motion: 'mid-market' }, settings: s, now: NOW });
  return { db, s, demo, team };
}

describe('the team page right after retention was lowered, before the daily pruning ran (decisions.md: retention also applies on read)', () => {
  it("shows the deal's last touch as the deal's panel does: none kept, not 50 days ago", async () => {
    const { db, s, demo, team } = await world();
    const panel = await recordView(db, demo.key, { settings: s, now: NOW, onInvalid: () => undefined });
    expect(panel?.kind === 'deal' ? [panel.daysSinceLastTouch, panel.lastTouchBeforeKept] : null).toEqual([null, true]);
    const row = team.deals.find((d) => d.key === demo.key);
    expect([row?.daysSinceTouch, row?.lastTouchBeforeKept]).toEqual([null, true]);
  });

  it('does not list Jordan as "no touch either way for 50 days" when his panel holds no touch at all', async () => {
    const { db, s, team } = await world();
    const panel = await recordView(db, JORDAN, { settings: s, now: NOW, onInvalid: () => undefined });
    expect(panel?.kind === 'contact' ? [panel.touches.total, panel.daysSinceLastTouch] : null).toEqual([0, null]);
    expect(team.followUps.filter((f) => f.contactKey === JORDAN).map((f) => f.reason)).toEqual([]);
  });

  it("counts Alex's touches of the last 90 days from what retention keeps: 1, not 3", async () => {
    const { team } = await world();
    expect(team.reps.find((r) => r.rep === 'Alex Morgan')?.counts.total).toBe(1);
  });

  it('keeps counting a call logged in Touchline 60 days ago: logged touches outlive retention, as the pruning keeps them', async () => {
    const db = await cacheWith({
      activities: [
        logged(ago(60), 'call', { owner: 'Alex Morgan' }),
        email(ago(10), 'Hello Sam', { contactKeys: [SAM] }),
      ],
      contacts: [contact(), contact({ key: SAM, recordId: '902', name: 'Sam Ortiz' })],
    });
    const s = settings({ retentionDays: 30, period: '90d' });
    const team = await loadTeamView({ db, filters: { period: '90d', motion: 'mid-market' }, settings: s, now: NOW });
    // By hand: the logged call and the email to Sam.
    expect(team.reps.find((r) => r.rep === 'Alex Morgan')?.counts.total).toBe(2);
  });
});
