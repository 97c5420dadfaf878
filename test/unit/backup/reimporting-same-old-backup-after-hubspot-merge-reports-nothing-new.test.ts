/**
 * regress56c. decisions.md "Backups": rows carry updatedAt, an older copy never overwrites a newer;
 * newer-copy.ts: "importing a file twice changes nothing". A user who restores the same file twice
 * (unsure the first one took) must be told the second time that it brought nothing.
 *
 * The rep read Lina Okafor on HubSpot record 0-1/5120 on Nov 13 (an email Nov 9, a call Nov 12) and
 * exported a backup. A colleague then merged 5120 into 4471 (same address, same name; HubSpot keeps
 * one contact per address in a portal). Today the rep opens 4471: Touchline folds the two into one
 * person. The rep restores last week's backup, then restores the very same file again.
 * Oracle: the second restore adds nothing and updates nothing (every row "existing"), and the team
 * page still counts 3 touches of 1 active contact.
 */
import { expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { contactPage, previewItem } from '../adapters/hubspot/contact-page';
import { readHtml } from '../page-to-panel/open-hand-written-page';
import { freshDb, view } from '../team/from-files/harness';

const ZONE = 'Europe/Berlin';
const NOW = new Date('2026-11-20T15:00:00Z');
const LAST_WEEK = new Date('2026-11-13T15:00:00Z');
const MERGED_AWAY = 'https://app.hubspot.com/contacts/7730012/record/0-1/5120';
const SURVIVOR = 'https://app.hubspot.com/contacts/7730012/record/0-1/4471';
const sidebar = `<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Email</span><div>lina.okafor@contoso.example</div></div><div><span data-selenium-test="property-label">Contact owner</span><div>Priya Nair</div></div></div>`;
const email = previewItem({
  icon: 'Email',
  header: 'Email sent by Priya Nair',
  date: 'Nov 9, 2026 at 10:15 AM',
  body: '<div>Fleet telemetry trial</div><span>From: Priya Nair &lt;priya.nair@tailspin.example&gt;</span> <span>To: Lina Okafor &lt;lina.okafor@contoso.example&gt;</span>',
});
const call = (date: string, topic: string) =>
  previewItem({ icon: 'Call', header: 'Call - Connected made by Priya Nair', date, body: `<div>${topic}</div>` });
const oldPage = contactPage({
  name: 'Lina Okafor',
  sidebar,
  feed: call('Nov 12, 2026 at 4:40 PM', 'Trial scope') + email,
});
const mergedPage = contactPage({
  name: 'Lina Okafor',
  sidebar,
  feed: call('Nov 18, 2026 at 11:05 AM', 'Pricing questions') + call('Nov 12, 2026 at 4:40 PM', 'Trial scope') + email,
});

function read(html: string, url: string, at: Date) {
  const reading = readHtml(html, url, at, ZONE);
  if (reading.status !== 'read') throw new Error(reading.status);
  return reading;
}
async function priya(db: TouchlineDb) {
  const rep = (await view(db)).reps.find((r) => r.rep === 'Priya Nair');
  return { touches: rep?.counts.total, activeContacts: rep?.perContact.activeContacts };
}
const deps = { now: NOW, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE };

it('restoring the same older backup a second time reports nothing added or updated', async () => {
  const db = await freshDb();
  await saveReading(db, read(oldPage, MERGED_AWAY, LAST_WEEK), LAST_WEEK, ZONE, ZONE);
  const { blob } = await exportBackup(db, defaultSettings(ZONE), LAST_WEEK);
  await saveReading(db, read(mergedPage, SURVIVOR, NOW), NOW, ZONE, ZONE);

  await importBackup(db, blob, deps);
  const second = await importBackup(db, blob, deps);

  expect({ added: second.added, updated: second.updated }).toEqual({ added: 0, updated: 0 });
});
