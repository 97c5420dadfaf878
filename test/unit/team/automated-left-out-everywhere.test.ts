import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, NOW, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * metrics.md, "Automated touches, consistently": "when the setting leaves automated touches out of
 * the headline, they are left out of every touch figure (counts, …)"; Duplicate: the merged touch
 * keeps "`automated` if any copy came from a sequence".
 *
 * Alex's sequence email to Jordan 2 days ago is stored twice: once with Alex as owner, once from a
 * page that showed no owner but marked it as a sequence email (docs/team-view.md: owned and
 * ownerless copies merge "as the contact's panel merges them"). Alex also wrote Jordan by hand 3
 * days ago. With automated touches left out, by hand: 1 counted touch (the manual email) on
 * 1 active contact, by 1 rep; nothing in the 30 days before.
 */
const DAY = 86_400_000;
const ago = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();
const ALEX = 'Alex Morgan';

async function view() {
  const db = await cacheWith({
    activities: [
      email(ago(2), 'Step 2: quick question', { owner: ALEX, key: 'owned-copy' }),
      email(ago(2), 'Step 2: quick question', { owner: undefined, automated: true, key: 'ownerless-copy' }),
      email(ago(3), 'Pricing you asked for', { owner: ALEX, key: 'manual' }),
    ],
    contacts: [contact()],
  });
  const s = settings({ countAutomated: false });
  const team = await loadTeamView({ db, filters: { period: '30d', motion: 'mid-market' }, settings: s, now: NOW });
  return { team };
}

describe('automated touches left out of the headline, on the team page (metrics.md: left out of every touch figure)', () => {
  it('activity per rep leaves the sequence email out too: 1 touch over 1 rep, not 2', async () => {
    const { team } = await view();
    expect(team.perRep).toEqual({ value: 1, reps: 1 });
  });

  it('"why it moved" compares the same touches the Touches column shows: 0 → 1, not 0 → 2', async () => {
    const { team } = await view();
    expect(team.team?.counts.total).toBe(1);
    expect(team.movement.decomposition.after).toBe(1);
  });

  it("the weekly chart's current week counts 1 touch, as the Touches column does", async () => {
    const { team } = await view();
    expect(team.weekly.find((w) => w.rep === ALEX)?.weeks.at(-1)?.touches).toBe(1);
  });
});
