/**
 * data56 review. Touches logged in Touchline on a HubSpot contact that is later merged into another.
 *
 * Rep Priya Nair's week with Lina Okafor, first at record 0-1/5120 (Berlin time):
 * - Nov 12, 4:40 PM: a connected call the CRM shows.
 * - Nov 12, 5:00 PM (16:00Z): the rep opens 5120; the page shows that call and the Nov 9 email.
 * - Nov 12, 5:30 PM (16:30Z): the rep logs a second call in Touchline (a call back from her mobile,
 *   at 16:25Z) that the CRM never captured. metrics.md "Logged in Touchline": "A page touch already
 *   shown before the user logged means the logged one is a second touch" -> two calls that day.
 * - Nov 14, 10:00 (09:00Z) the rep logs a call on 5120 placed at 08:55Z, and enters it in HubSpot; the
 *   page is not read again before the merge.
 * Then a colleague merges 5120 into 4471 (HubSpot keeps one contact per address). Nov 20 the rep
 * opens 4471: its timeline shows the Nov 18 call, the Nov 14 call (first seen now, after it was
 * logged: merges with the logged one, once), the Nov 12 call, the Nov 9 email.
 *
 * Before the fix (s56): the Nov 14 logged call folded onto 4471 does not merge with 4471's page copy
 * (5 calls, 6 touches); a backup round trip then merges them (4 calls): the numbers change across it.
 *
 * Hand count on 4471, last 30 days: calls Nov 18, Nov 14 (logged = page copy, once), Nov 12 (page),
 * Nov 12 (logged, mobile) = 4 calls; + 1 email = 5 touches. Then a backup round trip into an empty
 * profile (decisions.md "Backups"; contracts.md: the merge "is counted once on every view ... and
 * survives export and import") gives the same 4 calls and 5 touches.
 */
import { expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { item, contactPage as sfContactPage, timeline } from '../adapters/salesforce/contact-page';
import { readHtml } from '../page-to-panel/open-hand-written-page';
import { freshDb } from '../team/from-files/harness';
import {
  call,
  email,
  MERGED_AWAY,
  NOW,
  OLD_KEY,
  readLina,
  SURVIVOR,
  SURVIVOR_KEY,
  ZONE,
} from './lina-okafor-across-a-merge';

const settings = defaultSettings(ZONE);

async function figures(db: TouchlineDb) {
  const view = await recordView(db, SURVIVOR_KEY, { settings, now: NOW, onInvalid: () => undefined });
  return { calls: view?.touches.byChannel.call, touches: view?.touches.total };
}

async function mergedCache(): Promise<TouchlineDb> {
  const db = await freshDb();
  const nov12 = new Date('2026-11-12T16:00:00Z');
  await saveReading(
    db,
    readLina(call('Nov 12, 2026 at 4:40 PM', 'Trial scope') + email, MERGED_AWAY, nov12),
    nov12,
    ZONE,
    ZONE,
  );
  await logTouch(
    db,
    { recordKey: OLD_KEY, channel: 'call', timestamp: '2026-11-12T16:25:00.000Z' },
    new Date('2026-11-12T16:30:00Z'),
  );
  await logTouch(
    db,
    { recordKey: OLD_KEY, channel: 'call', timestamp: '2026-11-14T08:55:00.000Z' },
    new Date('2026-11-14T09:00:00Z'),
  );
  const feed =
    call('Nov 18, 2026 at 11:05 AM', 'Pricing questions') +
    call('Nov 14, 2026 at 9:55 AM', 'Security review') +
    call('Nov 12, 2026 at 4:40 PM', 'Trial scope') +
    email;
  await saveReading(db, readLina(feed, SURVIVOR, NOW), NOW, ZONE, ZONE);
  return db;
}

it('after the fold, the logged call shown before it stays a second call and the one entered in the CRM is counted once', async () => {
  const db = await mergedCache();
  expect(await figures(db)).toEqual({ calls: 4, touches: 5 });
});

it('reading 4471 again does not mend it: the Nov 14 call the rep logged and entered in the CRM stays one call', async () => {
  const db = await mergedCache();
  const feed =
    call('Nov 18, 2026 at 11:05 AM', 'Pricing questions') +
    call('Nov 14, 2026 at 9:55 AM', 'Security review') +
    call('Nov 12, 2026 at 4:40 PM', 'Trial scope') +
    email;
  const later = new Date(NOW.getTime() + 60_000);
  await saveReading(db, readLina(feed, SURVIVOR, later), later, ZONE, ZONE);
  expect(await figures(db)).toEqual({ calls: 4, touches: 5 });
});

it('the same cache round-tripped through a backup into an empty profile shows the figures it showed before export', async () => {
  const source = await mergedCache();
  const before = await figures(source);
  const { blob } = await exportBackup(source, settings, NOW);
  const target = await freshDb();
  await importBackup(target, blob, { now: NOW, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE });
  // decisions.md "Backups": numbers unchanged across the round trip (here: 5 calls before, 4 after).
  expect(await figures(target)).toEqual(before);
});

/*
 * The same on Salesforce, a Lead converted to a Contact:
 * A touch logged in Touchline on a Salesforce Lead that is then converted.
 *
 * Nov 16 (Berlin) the rep Alex Morgan opens the Lead Dana Reyes (00Q id): its timeline shows one
 * completed call Task of Nov 12. At 10:05Z the rep logs in Touchline a call placed at 10:00Z from
 * her mobile, then enters it in Salesforce as a call Task (00T…T04, dated Nov 16). The Lead is
 * converted: Salesforce moves the Lead's Tasks to the new Contact (003 id), same ids. Nov 20 the rep
 * opens the Contact: Tasks Nov 16 (first seen now, after the call was logged) and Nov 12.
 *
 * metrics.md "Logged in Touchline": the logged call merges with one page touch of the same channel,
 * same day, same person, first seen after it was logged -> the Nov 16 call is one call.
 * Hand count on the Contact, last 30 days: calls Nov 16 (once) and Nov 12 = 2 calls, 2 touches.
 */
const SF_LEAD = 'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000LdDr1EAF/view';
const SF_CONTACT = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000DrEy2AAF/view';
const LEAD_KEY = 'salesforce:acme.lightning.force.com:contact:00Q5g00000LdDr1EAF';
const CONTACT_KEY = 'salesforce:acme.lightning.force.com:contact:0035g00000DrEy2AAF';

const task = (id: string, date: string) =>
  item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: 'Call',
    subject: 'Call',
    id,
    date,
    summary: 'Alex Morgan logged a call with Dana Reyes',
    checkbox: 'checked',
  });

const sfPage = (kind: 'Lead' | 'Contact', items: string) =>
  sfContactPage(timeline('', [{ heading: 'This Month', items }]), {
    name: 'Dana Reyes',
    email: 'dana.reyes@harbor.example',
  })
    .replace('<title>Dana Reyes | Contact', `<title>Dana Reyes | ${kind}`)
    .replace(/Contact Owner/g, `${kind} Owner`);

function readSf(html: string, url: string, at: Date) {
  const reading = readHtml(html, url, at, ZONE);
  if (reading.status !== 'read') throw new Error(reading.status);
  return reading;
}

it('the call logged on the Lead and its Task shown on the Contact after the conversion are one call', async () => {
  const db = await freshDb();
  const nov16 = new Date('2026-11-16T09:00:00Z');
  await saveReading(db, readSf(sfPage('Lead', task('00T5g00000DrT03', 'Nov 12')), SF_LEAD, nov16), nov16, ZONE, ZONE);
  await logTouch(
    db,
    { recordKey: LEAD_KEY, channel: 'call', timestamp: '2026-11-16T10:00:00.000Z' },
    new Date('2026-11-16T10:05:00Z'),
  );
  const contact = sfPage('Contact', task('00T5g00000DrT04', 'Nov 16') + task('00T5g00000DrT03', 'Nov 12'));
  await saveReading(db, readSf(contact, SF_CONTACT, NOW), NOW, ZONE, ZONE);

  const view = await recordView(db, CONTACT_KEY, {
    settings: defaultSettings(ZONE),
    now: NOW,
    onInvalid: () => undefined,
  });
  expect({ calls: view?.touches.byChannel.call, touches: view?.touches.total }).toEqual({ calls: 2, touches: 2 });
});
