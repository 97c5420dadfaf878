import { describe, expect, it } from 'vitest';
import { basisText, teamBasis } from '../../../lib/team/basis';
import { call, contact, deal, email, history, NOW, note, touchesOf } from '../metrics/builders';
import { teamViewOf } from './team-cache';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/**
 * docs/team-view.md: every section's basis counts "the copies of one touch [as] one activity,
 * imported when any copy was"; metrics.md: duplicates "are merged before any count".
 * Jordan is the contact of two open deals, "Fleet pilot" and "Depot rollout". Alex's email to her
 * 5 days ago is on her page and again on Fleet pilot's timeline, naming nobody (one email, merged);
 * a call to her 3 days ago came from an import; a note on her 2 days ago is no touch.
 * Each deal's row reads her activities. By hand: the email once, the call once, the note: 3
 * activities on 1 contact, 1 of them (the call) imported: 33 %. (Each stored row once gives 4
 * activities and 25 %; each deal's touches once per deal gives 5.)
 */
describe('the Deals section basis over two deals of one contact', () => {
  it('counts her email, read on her page and on one deal, once for both deals', async () => {
    const fleet = deal({
      name: 'Fleet pilot',
      stage: 'Demo',
      stageHistory: history(['Demo', daysAgo(10)]),
      contacts: [{ id: '901', name: 'Jordan Lee' }],
    });
    const depot = deal({
      name: 'Depot rollout',
      stage: 'Qualified',
      stageHistory: history(['Qualified', daysAgo(8)]),
      contacts: [{ id: '901', name: 'Jordan Lee' }],
    });
    const view = await teamViewOf({
      deals: [fleet, depot],
      contacts: [contact()],
      activities: [
        email(daysAgo(5), 'Route pricing v2'),
        email(daysAgo(5), 'Route pricing v2', { contactKeys: [], dealKeys: [fleet.key], key: 'copy-on-fleet' }),
        call(daysAgo(3), 'connected', { origin: 'import' }),
        note(daysAgo(2)),
      ],
    });
    expect(view.deals.map((d) => d.name).sort()).toEqual(['Depot rollout', 'Fleet pilot']);
    expect(view.dealBasis).toEqual({ activities: 3, contacts: 1, imported: 1 });
    expect(basisText(view.dealBasis)).toBe('from 3 activities on 1 contact; 33 % of them imported');
  });
});

/**
 * Each deal's touches are merged within the deal: one deal may list an email as its two copies (its
 * contact's page copy and the deal's imported one), the other as the contact's copy alone. Listed in
 * either order they are one activity, imported because the copy only the first deal read was.
 * By hand: 1 activity on 1 contact, 1 imported.
 */
describe('the basis of one touch merged apart by two deals', () => {
  const onPage = email(daysAgo(5), 'Route pricing v2');
  const imported = email(daysAgo(5), 'Route pricing v2', {
    contactKeys: [],
    key: 'imported-on-deal',
    origin: 'import',
  });
  const [alone] = touchesOf([onPage]);
  const rows = [onPage, imported];

  it('counts it once, imported, whichever deal lists it first', () => {
    if (!alone) throw new Error('the page copy is a touch');
    const whole = { ...alone, copies: [onPage.key, imported.key] };
    for (const touches of [
      [alone, whole],
      [whole, alone],
    ]) {
      expect(teamBasis({ touches, merged: touches, rows, shownRows: rows })).toEqual({
        activities: 1,
        contacts: 1,
        imported: 1,
      });
    }
  });
});
