/**
 * A Salesforce Lead converted to a Contact. Last week the rep opened the Lead (00Q id) and
 * Touchline saved its two calls and one email (completed Tasks, each with its own 00T id). The Lead
 * was then converted: Salesforce moves the Lead's Tasks to the new Contact (003 id), so the Contact
 * page now shows the very same three Tasks, same ids, same "with Dana Reyes" sentences.
 * crm-pages.md: "Lead records count as contacts". metrics.md: touches per contact = touches / active
 * contacts; three touches with one person are 3.00 touches per contact, 1 active contact. The
 * Task ids say these are the same three touches and the same person (the page said enough to
 * know), so the team page must not show Dana Reyes as two active contacts (1.50 per contact).
 */
import { expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { contactPage, item, timeline } from '../adapters/salesforce/contact-page';
import { readHtml } from '../page-to-panel/open-hand-written-page';
import { freshDb, view } from '../team/from-files/harness';

const NOW = new Date('2026-11-20T15:00:00Z');
const LEAD = 'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000LdDr1EAF/view';
const CONTACT = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000DrEy2AAF/view';

const tasks = `${item({ token: 'Task', icon: 'log-a-call', iconTitle: 'Call', subject: 'Call', id: '00T5g00000DrT01', date: 'Nov 16', summary: 'Alex Morgan logged a call with Dana Reyes', checkbox: 'checked' })}
${item({ token: 'Task', icon: 'email', iconTitle: 'Email', subject: 'Email: Pilot proposal', id: '00T5g00000DrT02', date: 'Nov 12', summary: 'Alex Morgan sent an email to Dana Reyes', checkbox: 'checked' })}
${item({ token: 'Task', icon: 'log-a-call', iconTitle: 'Call', subject: 'Call', id: '00T5g00000DrT03', date: 'Nov 10', summary: 'Alex Morgan logged a call with Dana Reyes', checkbox: 'checked' })}`;

const page = (kind: 'Lead' | 'Contact') =>
  contactPage(timeline('', [{ heading: 'This Month', items: tasks }]), {
    name: 'Dana Reyes',
    email: 'dana.reyes@harbor.example',
  })
    .replace('<title>Dana Reyes | Contact', `<title>Dana Reyes | ${kind}`)
    .replace(/Contact Owner/g, `${kind} Owner`);

it('a converted Lead and its Contact, showing the same Tasks, are one active contact on the team page', async () => {
  const db = await freshDb();
  const lead = readHtml(page('Lead'), LEAD, new Date(NOW.getTime() - 7 * 86_400_000 + 3_600_000), 'Europe/Berlin');
  const contact = readHtml(page('Contact'), CONTACT, NOW, 'Europe/Berlin');
  if (lead.status !== 'read' || contact.status !== 'read') throw new Error(`${lead.status} ${contact.status}`);
  // Read last week the Lead page showed only the two older Tasks.
  lead.activities = lead.activities.filter((a) => !a.sourceId?.startsWith('00T5g00000DrT01'));
  await saveReading(db, lead, new Date(NOW.getTime() - 3 * 86_400_000), 'Europe/Berlin', 'Europe/Berlin');
  await saveReading(db, contact, NOW, 'Europe/Berlin', 'Europe/Berlin');
  const team = await view(db);
  const alex = team.reps.find((r) => r.rep === 'Alex Morgan');
  expect({
    touches: alex?.counts.total,
    activeContacts: alex?.perContact.activeContacts,
    perContact: alex?.perContact.value,
  }).toEqual({ touches: 3, activeContacts: 1, perContact: 3 });
});

const allTasks = (html: string, url: string, at: Date) => {
  const reading = readHtml(html, url, at, 'Europe/Berlin');
  if (reading.status !== 'read') throw new Error(reading.status);
  return reading;
};

it("a Task only the Lead's page showed moves to the Contact with the others, and the Lead's record goes", async () => {
  const db = await freshDb();
  const lastWeek = new Date(NOW.getTime() - 3 * 86_400_000);
  const lead = allTasks(page('Lead'), LEAD, lastWeek);
  // Today the Contact's timeline shows the two newest Tasks; the Nov 10 call is further down, not loaded.
  const contact = allTasks(page('Contact'), CONTACT, NOW);
  contact.activities = contact.activities.filter((a) => !a.sourceId?.startsWith('00T5g00000DrT03'));
  await saveReading(db, lead, lastWeek, 'Europe/Berlin', 'Europe/Berlin');
  await saveReading(db, contact, NOW, 'Europe/Berlin', 'Europe/Berlin');
  const alex = (await view(db)).reps.find((r) => r.rep === 'Alex Morgan');
  expect({ touches: alex?.counts.total, activeContacts: alex?.perContact.activeContacts }).toEqual({
    touches: 3,
    activeContacts: 1,
  });
  const contacts = (await db.getAll('contacts')).map((c) => c.key);
  expect(contacts).toEqual(['salesforce:acme.lightning.force.com:contact:0035g00000DrEy2AAF']);
  const withLead = (await db.getAll('activities')).filter((a) => a.contactKeys.some((k) => k.includes(':00Q')));
  expect(withLead).toEqual([]);
});

it('a Lead tab left open from before the conversion, read again after the Contact, adds no second person', async () => {
  const db = await freshDb();
  await saveReading(db, allTasks(page('Contact'), CONTACT, NOW), NOW, 'Europe/Berlin', 'Europe/Berlin');
  const later = new Date(NOW.getTime() + 600_000);
  await saveReading(db, allTasks(page('Lead'), LEAD, later), later, 'Europe/Berlin', 'Europe/Berlin');
  const alex = (await view(db)).reps.find((r) => r.rep === 'Alex Morgan');
  expect({ touches: alex?.counts.total, activeContacts: alex?.perContact.activeContacts }).toEqual({
    touches: 3,
    activeContacts: 1,
  });
});
