/**
 * Two HubSpot contacts merged. Last week the rep opened Omar Haddad's record at .../record/0-1/1302;
 * since then a colleague merged it into the older record 1187 (same person, same address). Today
 * the rep opens 1187: the merged timeline shows the same sent email and the same logged call
 * (2024+ preview feed: no engagement id on the item, crm-evidence-2.md), plus one newer call.
 * HubSpot keeps one contact per email address in a portal, and both pages show
 * omar.haddad@fabrikam.example as the record's email: the pages said enough to know it is one
 * person. metrics.md: touches per contact = touches / active contacts; duplicates merged before
 * any count. Sam Rivera's team row: 3 touches, 1 active contact, 3.00 per contact.
 */
import { expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { hsDeal, hsHighlight } from '../adapters/hubspot/built-deal-page';
import { contactPage, previewItem } from '../adapters/hubspot/contact-page';
import { readHtml } from '../page-to-panel/open-hand-written-page';
import { freshDb, view } from '../team/from-files/harness';

const NOW = new Date('2026-11-20T15:00:00Z');
const LAST_WEEK = new Date('2026-11-13T15:00:00Z');
const OLD = 'https://app.hubspot.com/contacts/2451908/record/0-1/1302';
const SURVIVOR = 'https://app.hubspot.com/contacts/2451908/record/0-1/1187';
const sidebar = `<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Email</span><div>omar.haddad@fabrikam.example</div></div><div><span data-selenium-test="property-label">Contact owner</span><div>Sam Rivera</div></div></div>`;

const sent = previewItem({
  icon: 'Email',
  header: 'Email sent by Sam Rivera',
  date: 'Nov 10, 2026 at 9:00 AM',
  body: '<div>Route planner pilot</div><span>From: Sam Rivera &lt;sam.rivera@northwind-routes.example&gt;</span> <span>To: Omar Haddad &lt;omar.haddad@fabrikam.example&gt;</span>',
});
const call = (date: string) =>
  previewItem({ icon: 'Call', header: 'Call - Connected made by Sam Rivera', date, body: '<div>Pilot scope</div>' });

const page = (feed: string) => contactPage({ name: 'Omar Haddad', sidebar, feed });

it('a merged contact read under its old id and its surviving id is one active contact with its touches once', async () => {
  const db = await freshDb();
  const before = readHtml(page(call('Nov 11, 2026 at 2:30 PM') + sent), OLD, LAST_WEEK, 'Europe/Berlin');
  const after = readHtml(
    page(call('Nov 18, 2026 at 10:00 AM') + call('Nov 11, 2026 at 2:30 PM') + sent),
    SURVIVOR,
    NOW,
    'Europe/Berlin',
  );
  if (before.status !== 'read' || after.status !== 'read') throw new Error(`${before.status} ${after.status}`);
  expect(before.activities.length).toBe(2);
  expect(after.activities.length).toBe(3);
  await saveReading(db, before, LAST_WEEK, 'Europe/Berlin', 'Europe/Berlin');
  await saveReading(db, after, NOW, 'Europe/Berlin', 'Europe/Berlin');
  const sam = (await view(db)).reps.find((r) => r.rep === 'Sam Rivera');
  expect({
    touches: sam?.counts.total,
    activeContacts: sam?.perContact.activeContacts,
    perContact: sam?.perContact.value,
  }).toEqual({ touches: 3, activeContacts: 1, perContact: 3 });
});

const read = (html: string, url: string, at: Date) => {
  const reading = readHtml(html, url, at, 'Europe/Berlin');
  if (reading.status !== 'read') throw new Error(reading.status);
  return reading;
};

it("a touch only the old record's page showed moves to the surviving record, and reading it again changes nothing", async () => {
  const db = await freshDb();
  // The old record's page showed an Nov 3 call too; the surviving record's feed has not loaded that far.
  const before = read(page(call('Nov 11, 2026 at 2:30 PM') + sent + call('Nov 3, 2026 at 4:00 PM')), OLD, LAST_WEEK);
  const after = read(page(call('Nov 18, 2026 at 10:00 AM') + call('Nov 11, 2026 at 2:30 PM') + sent), SURVIVOR, NOW);
  await saveReading(db, before, LAST_WEEK, 'Europe/Berlin', 'Europe/Berlin');
  await saveReading(db, after, NOW, 'Europe/Berlin', 'Europe/Berlin');
  const figures = async () => {
    const sam = (await view(db)).reps.find((r) => r.rep === 'Sam Rivera');
    return { touches: sam?.counts.total, activeContacts: sam?.perContact.activeContacts };
  };
  expect(await figures()).toEqual({ touches: 4, activeContacts: 1 });
  expect((await db.getAll('contacts')).map((c) => c.key)).toEqual(['hubspot:2451908:contact:1187']);
  const stored = await db.getAll('activities');
  const again = await saveReading(db, after, new Date(NOW.getTime() + 60_000), 'Europe/Berlin', 'Europe/Berlin');
  expect({ added: again.added, updated: again.updated }).toEqual({ added: 0, updated: 0 });
  expect(await db.getAll('activities')).toEqual(stored);
  expect(await figures()).toEqual({ touches: 4, activeContacts: 1 });
});

it('a deal read before the merge, naming the old record, has the person worked once', async () => {
  const db = await freshDb();
  const deal = hsDeal({
    lang: 'en',
    title: 'Fabrikam — route planner pilot',
    highlights: hsHighlight('dealstage', 'Deal stage', 'Qualified to buy'),
    right: `<div data-test-id="card-wrapper-contacts"><h2>Contacts (1)</h2><div data-test-id="associated-objects-card-content-0-1"><div><a data-selenium-test="contact-chicklet-title-link" href="/contacts/2451908/record/0-1/1302">Omar Haddad</a><span>omar.haddad@fabrikam.example</span></div></div></div>`,
  });
  const dealUrl = 'https://app.hubspot.com/contacts/2451908/record/0-3/77120';
  await saveReading(db, read(deal, dealUrl, LAST_WEEK), LAST_WEEK, 'Europe/Berlin', 'Europe/Berlin');
  await saveReading(db, read(page(sent), OLD, LAST_WEEK), LAST_WEEK, 'Europe/Berlin', 'Europe/Berlin');
  await saveReading(
    db,
    read(page(call('Nov 18, 2026 at 10:00 AM') + sent), SURVIVOR, NOW),
    NOW,
    'Europe/Berlin',
    'Europe/Berlin',
  );
  const row = (await view(db)).deals.find((d) => d.name === 'Fabrikam — route planner pilot');
  expect({ worked: row?.contactsWorked, onDeal: row?.contactsOnDeal }).toEqual({ worked: 1, onDeal: 1 });
});

it("two people's pages showing one address (one of them misread) stay two people when their names differ", async () => {
  const db = await freshDb();
  const leila = contactPage({ name: 'Leila Haddad', sidebar, feed: call('Nov 12, 2026 at 9:00 AM') });
  await saveReading(db, read(page(sent), OLD, LAST_WEEK), LAST_WEEK, 'Europe/Berlin', 'Europe/Berlin');
  await saveReading(db, read(leila, SURVIVOR, NOW), NOW, 'Europe/Berlin', 'Europe/Berlin');
  expect((await db.getAll('contacts')).map((c) => c.name).sort()).toEqual(['Leila Haddad', 'Omar Haddad']);
  const sam = (await view(db)).reps.find((r) => r.rep === 'Sam Rivera');
  expect({ touches: sam?.counts.total, activeContacts: sam?.perContact.activeContacts }).toEqual({
    touches: 2,
    activeContacts: 2,
  });
});
