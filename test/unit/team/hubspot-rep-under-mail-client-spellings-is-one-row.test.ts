import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { ReadOk } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contactPage, previewItem } from '../adapters/hubspot/contact-page';
import { CLOCK, freshDb } from '../csv-import/import-fixture';
import { readHtml } from '../page-to-panel/open-hand-written-page';

/**
 * contracts.md: one `[data-rep]` row per rep; metrics.md: activity per rep is touches over reps
 * with any touch. Review s62 ("who"): on Mara Quist's HubSpot page (owner Samuel Rivera) his
 * connected call, his Gmail mail "from Sam Rivera to Mara Quist", his Outlook mail "from Rivera,
 * Samuel to Mara Quist", and a mail her colleague Tom Becker wrote her ("from Tom Becker to Mara
 * Quist") made four rep rows. By hand: one rep, Samuel Rivera, with 3 touches (1 call, 2 emails).
 */
const email = (date: string, line: string) =>
  previewItem({ icon: 'Email', header: 'Email - Quote', date, body: `<p>${line}</p><p>Hi, see the quote.</p>` });
const feed = [
  previewItem({ icon: 'Call', header: 'Call - Connected made by Samuel Rivera', date: 'Nov 18, 2026 at 10:05 AM' }),
  email('Nov 17, 2026 at 9:05 AM', 'from Sam Rivera to Mara Quist'),
  email('Nov 16, 2026 at 9:05 AM', 'from Rivera, Samuel to Mara Quist'),
  email('Nov 16, 2026 at 1:05 PM', 'from Tom Becker to Mara Quist'),
].join('');
const sidebar = `<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Email</span><div>mara.quist@fjord.example</div></div><div><span data-selenium-test="property-label">Contact owner</span><div>Samuel Rivera</div></div></div>`;

describe('a HubSpot rep his mail clients spell otherwise, and the contact’s colleague, on the team page', () => {
  it('lists Samuel Rivera alone, with his call and both emails', async () => {
    const db = await freshDb();
    const reading = readHtml(
      contactPage({ name: 'Mara Quist', sidebar, feed }),
      'https://app.hubspot.com/contacts/2451908/record/0-1/5110',
      CLOCK.now,
      'UTC',
    );
    await saveReading(db, reading as ReadOk, CLOCK.now, 'UTC');
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: defaultSettings('UTC'),
      now: CLOCK.now,
    });
    expect(view.reps.map((r) => [r.rep, r.counts.total, r.counts.byChannel.call, r.counts.byChannel.email])).toEqual([
      ['Samuel Rivera', 3, 1, 2],
    ]);
  });
});
