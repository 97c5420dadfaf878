import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { ReadOk } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { entry, page, readDirect } from '../adapters/pipedrive/hand-written-feed-page';
import { CLOCK, freshDb, importText } from '../csv-import/import-fixture';

/**
 * contracts.md: one `[data-rep="<owner as the CRM shows it>"]` row per rep. A CRM fills an owner
 * slot nobody holds with a placeholder (Pipedrive "(No owner)", an export's "Unassigned"): stored
 * as the owner, it was a rep of the team page, "(No owner)", with the ownerless touches under it.
 *
 * By hand: Ines Bauer's Pipedrive page (Owner "(No owner)") shows two calls in the last 30 days,
 * one by Jonas Keller and one whose owner place shows "(No owner)"; a HubSpot export adds an email
 * "Unassigned" owns. One rep, Jonas Keller, with 1 touch; no rep and no owner choice is a placeholder.
 */
const NOW = '2026-11-20T15:00:00Z';

async function team() {
  const db = await freshDb();
  const html = page({
    lang: 'en',
    owner: '(No owner)',
    history: [
      entry({ icon: 'Call', done: true, subject: 'Pricing call', meta: 'Nov 19, 2026 2:10 PM · Jonas Keller' }),
      entry({ icon: 'Call', done: true, subject: 'Follow-up call', meta: 'Nov 18, 2026 11:00 AM · (No owner)' }),
    ],
  });
  await saveReading(db, readDirect(html, '/person/5120', NOW) as unknown as ReadOk, CLOCK.now, 'UTC');
  const csv = [
    'Record ID,Email subject,Activity date,Activity assigned to,Email direction,Associated Contact IDs',
    '91001,Pricing for Q1,2026-11-18 10:15,Unassigned,Email,501',
  ].join('\n');
  await importText(db, 'hubspot', '123', csv);
  return loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: defaultSettings('UTC'),
    now: CLOCK.now,
  });
}

describe('an owner placeholder on a page or in an export is no rep of the team view', () => {
  it('lists Jonas Keller alone, with his one call', async () => {
    const view = await team();
    expect(view.reps.map((r) => [r.rep, r.counts.total])).toEqual([['Jonas Keller', 1]]);
  });

  it('offers no placeholder as an owner to filter by', async () => {
    const view = await team();
    expect(view.choices.owners).toEqual(['Jonas Keller']);
  });
});
