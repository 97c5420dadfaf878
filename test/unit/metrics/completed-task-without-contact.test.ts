import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { resolvePeriod } from '../../../lib/metrics/period';
import type { Activity } from '../../../lib/schema/activity';
import { dealRow } from '../../../lib/team/deal-row';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { typicalTimes } from '../../../lib/team/typical-times';
import { cacheWith } from '../team/team-cache';
import { at, contact, deal, JORDAN, NOW, settings, task } from './builders';

/**
 * metrics.md "Completed tasks": "a setting counts tasks completed against a contact as touches".
 * A task on a deal's timeline that names no contact was completed against the deal, not a
 * contact: it is no touch, on the deal panel or in the team figures. The same task read on
 * Jordan's page too is against Jordan, and counts once.
 */
const renewal = deal({ name: 'Renewal', contacts: [{ id: '901', name: 'Jordan Lee' }] });
const s = settings({ countCompletedTasks: true });
const onDealOnly = (title = 'Send revised proposal') =>
  task(at('2026-11-18 10:00'), { title, contactKeys: [], dealKeys: [renewal.key], owner: 'Alex Morgan' });

const panel = (activities: Activity[]) =>
  buildDealView({ deal: renewal, activities, contacts: [contact()], summaries: [], settings: s, now: NOW });

const teamRow = (activities: Activity[]) =>
  dealRow({
    deal: renewal,
    activities,
    contacts: new Map([[JORDAN, contact()]]),
    typical: typicalTimes([renewal], s),
    settings: s,
    period: resolvePeriod(s.period, NOW, s.timeZone),
    now: NOW,
    pageTimeZone: s.timeZone,
  });

describe('a completed task that names no contact, with "count completed tasks" on', () => {
  it('is no touch on the deal panel: 0 touches, no contact touched, no last touch', () => {
    const view = panel([onDealOnly()]);
    expect([view.touches.total, view.touches.tasks ?? 0, view.contactsTouched, view.daysSinceLastTouch]).toEqual([
      0,
      0,
      0,
      null,
    ]);
  });

  it('is no touch on the team view’s deal row: no contact worked, no last touch', () => {
    const row = teamRow([onDealOnly()]);
    expect([row.contactsWorked, row.daysSinceTouch]).toEqual([0, null]);
  });

  it('is no touch in the rep’s team figures', async () => {
    const db = await cacheWith({ activities: [onDealOnly()], deals: [renewal], contacts: [contact()] });
    const view = await loadTeamView({ db, filters: { period: '30d', motion: 'mid-market' }, settings: s, now: NOW });
    expect(view.reps.find((r) => r.rep === 'Alex Morgan')?.counts.total ?? 0).toBe(0);
  });

  it('(control) read on Jordan’s page too, it is against Jordan: 1 task touch on the deal and on Jordan', () => {
    const onJordan = task(at('2026-11-18 10:00'), { contactKeys: [JORDAN], owner: 'Alex Morgan' });
    expect(panel([onDealOnly(), onJordan]).touches).toMatchObject({ total: 1, tasks: 1 });
    const jordan = buildContactView({ contact: contact(), activities: [onJordan], settings: s, now: NOW });
    expect(jordan.touches).toMatchObject({ total: 1, tasks: 1 });
  });
});
