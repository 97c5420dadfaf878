/**
 * A Salesforce Lead converted to a Contact, and backups that cross the conversion.
 *
 * Nov 16 (Berlin) the rep Alex Morgan opens the Lead Dana Reyes (00Q id) on her laptop: two completed
 * call Tasks, Nov 10 and Nov 12. That day's backup is exported. The Lead is then converted:
 * Salesforce moves the Lead's Tasks to the new Contact (003 id), same ids. Nov 20 the rep opens the
 * Contact: Tasks Nov 18 (new), Nov 12 and Nov 10. Touchline folds the Lead into the Contact (a Task
 * names one Lead or Contacts, never both: converted-lead.ts).
 *
 * Hand count on the Contact, last 30 days: calls Nov 18, Nov 12, Nov 10 = 3 calls, one person; the
 * Lead is no record of its own any more (the CRM keeps one, the Contact).
 */
import { expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { contactPage, item, timeline } from '../adapters/salesforce/contact-page';
import { readHtml } from '../page-to-panel/open-hand-written-page';
import { freshDb } from '../team/from-files/harness';

const ZONE = 'Europe/Berlin';
const NOW = new Date('2026-11-20T15:00:00Z');
const NOV16 = new Date('2026-11-16T09:00:00Z');
const LEAD = 'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000LdDr1EAF/view';
const CONTACT = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000DrEy2AAF/view';
const CONTACT_KEY = 'salesforce:acme.lightning.force.com:contact:0035g00000DrEy2AAF';
const settings = defaultSettings(ZONE);
const deps = { now: NOW, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE };

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

const page = (kind: 'Lead' | 'Contact', items: string) =>
  contactPage(timeline('', [{ heading: 'This Month', items }]), {
    name: 'Dana Reyes',
    email: 'dana.reyes@harbor.example',
  })
    .replace('<title>Dana Reyes | Contact', `<title>Dana Reyes | ${kind}`)
    .replace(/Contact Owner/g, `${kind} Owner`);

const leadPage = page('Lead', task('00T5g00000DrT03', 'Nov 12') + task('00T5g00000DrT02', 'Nov 10'));
const contactPageNow = page(
  'Contact',
  task('00T5g00000DrT04', 'Nov 18') + task('00T5g00000DrT03', 'Nov 12') + task('00T5g00000DrT02', 'Nov 10'),
);

function read(html: string, url: string, at: Date) {
  const reading = readHtml(html, url, at, ZONE);
  if (reading.status !== 'read') throw new Error(reading.status);
  return reading;
}

async function person(db: TouchlineDb) {
  const view = await recordView(db, CONTACT_KEY, { settings, now: NOW, onInvalid: () => undefined });
  return { contacts: (await db.getAll('contacts')).map((c) => c.key), calls: view?.touches.byChannel.call };
}

it("the Lead's backup from before the conversion, imported after it, brings the Lead back as no second record", async () => {
  const laptop = await freshDb();
  await saveReading(laptop, read(leadPage, LEAD, NOV16), NOV16, ZONE, ZONE);
  const { blob } = await exportBackup(laptop, settings, NOV16);
  await saveReading(laptop, read(contactPageNow, CONTACT, NOW), NOW, ZONE, ZONE);

  await importBackup(laptop, blob, deps);

  expect(await person(laptop)).toEqual({ contacts: [CONTACT_KEY], calls: 3 });
});

it('a browser that read only the Lead, restoring a backup taken after the conversion, has the Contact alone', async () => {
  const laptop = await freshDb();
  await saveReading(laptop, read(leadPage, LEAD, NOV16), NOV16, ZONE, ZONE);
  await saveReading(laptop, read(contactPageNow, CONTACT, NOW), NOW, ZONE, ZONE);
  const { blob } = await exportBackup(laptop, settings, NOW);
  const desktop = await freshDb();
  await saveReading(desktop, read(leadPage, LEAD, NOV16), NOV16, ZONE, ZONE);

  await importBackup(desktop, blob, deps);

  expect(await person(desktop)).toEqual({ contacts: [CONTACT_KEY], calls: 3 });
});
