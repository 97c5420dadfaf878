import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, contactKey, email, JORDAN, NOW, RITA, SAM, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const ALEX = 'Alex Morgan';

describe('why it moved: a coverage drop offset by capacity', () => {
  // Last 7 days: Jordan and Sam got 2 emails each (4 touches, 2 active contacts). The 7 days
  // before: Jordan, Sam, Rita and a fourth contact got 1 email each (4 touches, 4 active contacts).
  // Shapley split (decisions.md): coverage = ΔA × (P0 + P1) / 2 = −2 × (1 + 2) / 2 = −3 touches
  // (−75 points); email capacity = Δp × (A0 + A1) / 2 = 1 × 3 = +3 (+75 points). metrics.md: the
  // decomposition exists so that a drop can be traced to coverage; half the contacts went untouched.
  it('says that fewer contacts were reached', async () => {
    const X = contactKey('904');
    const acts = [
      email(ago(1), 'a', { owner: ALEX, contactKeys: [JORDAN] }),
      email(ago(2), 'b', { owner: ALEX, contactKeys: [JORDAN] }),
      email(ago(3), 'c', { owner: ALEX, contactKeys: [SAM] }),
      email(ago(4), 'd', { owner: ALEX, contactKeys: [SAM] }),
      email(ago(8), 'e', { owner: ALEX, contactKeys: [JORDAN] }),
      email(ago(9), 'f', { owner: ALEX, contactKeys: [SAM] }),
      email(ago(10), 'g', { owner: ALEX, contactKeys: [RITA] }),
      email(ago(11), 'h', { owner: ALEX, contactKeys: [X] }),
    ];
    const db = await cacheWith({ activities: acts, contacts: [contact()] });
    const view = await loadTeamView({
      db,
      filters: { period: '7d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    expect(view.movement.decomposition.coverage).toBeCloseTo(-3);
    expect(view.movement.sentence).toMatch(/fewer active contacts/);
    expect(view.movement.sentence).toBe(
      'Touches held steady (4 before, 4 now), its parts cancelling out: −75 points from fewer active contacts, +75 from email.',
    );
  });
});
