import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, NOW, reply, SAM, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * metrics.md (Manager views): "Early warning: touches in the last 7 days below 70 % of the rep's
 * … trailing 4-week weekly average." docs/team-view.md: not computed (data-reason="short-history")
 * "when the rep's first counted touch is less than 35 days old, since weeks before a rep began are
 * no weeks of no work"; each of the five weeks counts "its own active contacts' touches".
 *
 * Riley began 12 days ago. Sam had written in 40 days ago (an inquiry the CRM shows on Riley, Sam's
 * new owner). Riley then wrote to Sam 10 times between 8 and 12 days ago, and 2 times in the last
 * 7 days. By hand: the inquiry is counted by no figure of the page (nobody wrote to Sam in its week,
 * and it is outside the last 30 days and outside the warning's 5 weeks). Riley's first counted
 * touch is 12 days (and 2 hours) ago, so the 4 weeks before the last 7 days are mostly from before
 * Riley began: no verdict, "Not computed: first touch 12 days ago". Averaging them as weeks of no
 * work gives 10 / 4 = 2.5 a week and calls a fall from 10 to 2 "not below 70 %".
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - days * DAY - hours * HOUR).toISOString();
const RILEY = 'Riley Chen';

describe('early warning for a new rep whose contact wrote in before the rep began (team-view.md: short history; metrics.md: trailing 4-week average)', () => {
  it('gives a rep whose first outreach was 12 days ago no verdict, though a contact of theirs wrote in 40 days ago', async () => {
    const activities = [
      reply(ago(40), 'Question about pricing', { owner: RILEY, contactKeys: [SAM] }),
      ...Array.from({ length: 10 }, (_, i) =>
        email(ago(8 + (i % 5), 1 + Math.floor(i / 5)), `Riley early ${i}`, { owner: RILEY, contactKeys: [SAM] }),
      ),
      email(ago(1), 'Riley late 1', { owner: RILEY, contactKeys: [SAM] }),
      email(ago(2), 'Riley late 2', { owner: RILEY, contactKeys: [SAM] }),
    ];
    const db = await cacheWith({ activities, contacts: [contact({ key: SAM, recordId: '902', owner: RILEY })] });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    const riley = view.reps.find((r) => r.rep === RILEY);
    // Hand check of what the row counts: the 12 emails, not the inquiry.
    expect(riley?.counts.total).toBe(12);
    expect(riley?.warning.lastWeek).toBe(2);
    expect(riley?.warningNotRead).toBe('short-history');
    expect(riley?.warningReason).toBe(
      'Not computed: first touch 12 days ago; the warning needs 4 weeks before the last 7 days.',
    );
  });
});
