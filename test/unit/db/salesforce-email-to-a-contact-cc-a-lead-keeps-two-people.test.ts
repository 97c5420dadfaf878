/**
 * Salesforce Enhanced Email: one EmailMessage (02s id) is related to every contact, lead and user it
 * was sent to or copied (Salesforce object reference, EmailMessageRelation: "An email can be
 * related to leads, contacts, and users"), and shows on each one's Activity timeline under the same
 * record link. Unlike a Task or an Event (one Lead or up to 50 Contacts), an email names a Lead
 * and a Contact together without any conversion.
 *
 * The rep (Sam Okafor) works Umbrella Corp: Dana Whitfield is a Contact (003); Pat Quinn, new at
 * Umbrella, is still a Lead (00Q) the rep called twice this week. Wednesday the rep emails Dana with
 * Pat in Cc. Touchline reads Pat's Lead page (the email and the two calls), then Dana's Contact page
 * (the email). crm-pages.md: "Lead records count as contacts". metrics.md: an active contact
 * "received at least one touch inside the period"; Pat and Dana are two people, both active; the
 * rep's calls were to Pat, not Dana. Folding Pat into Dana loses Pat's record and credits Dana
 * with calls she never received.
 */
import { expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { auraTimeline, entry, readRecord, recordPage } from '../adapters/salesforce/aura-timeline-page';
import { freshDb, view } from '../team/from-files/harness';

const NOW = new Date('2026-11-20T15:00:00Z');
const ORG = 'https://initech.lightning.force.com';
const LEAD_URL = `${ORG}/lightning/r/Lead/00Q8d00000PqLd7EAF/view`;
const CONTACT_URL = `${ORG}/lightning/r/Contact/0038d00000KpT2aAAF/view`;

const email = (to: string) =>
  entry({
    object: 'EmailMessage',
    id: '02s8d00000Em4i1AAB',
    subject: 'Umbrella rollout: next steps',
    kind: 'email',
    iconTitle: 'Email',
    date: 'Nov 18',
    summary: `Sam Okafor sent an email to ${to}`,
  });
const call = (id: string, date: string) =>
  entry({
    object: 'Task',
    id,
    subject: 'Call',
    kind: 'call',
    iconTitle: 'Call',
    date,
    summary: 'Sam Okafor logged a call with Pat Quinn',
    checkbox: true,
    details: [['Call Result', 'Left Voicemail']],
  });

const leadPage = recordPage(
  auraTimeline({
    groups: [
      {
        heading: 'This Month',
        items:
          email('Dana Whitfield and 1 other') +
          call('00T8d00000Cq7c1AAB', 'Nov 17') +
          call('00T8d00000Cq7c2AAB', 'Nov 16'),
      },
    ],
  }),
  { object: 'Lead', name: 'Pat Quinn', email: 'pat.quinn@umbrella.example', labels: { owner: 'Lead Owner' } },
);
const contactPage = recordPage(
  auraTimeline({ groups: [{ heading: 'This Month', items: email('Dana Whitfield and 1 other') }] }),
  { name: 'Dana Whitfield', email: 'dana.whitfield@umbrella.example' },
);

it('a Lead copied on a Contact’s email stays its own person with its own calls', async () => {
  const lead = readRecord(leadPage, { url: LEAD_URL, now: NOW });
  const contact = readRecord(contactPage, { url: CONTACT_URL, now: NOW });
  expect(lead.activities).toHaveLength(3);
  const db = await freshDb();
  await saveReading(db, lead, NOW, 'UTC', 'UTC');
  await saveReading(db, contact, new Date(NOW.getTime() + 60_000), 'UTC', 'UTC');

  const people = (await db.getAll('contacts')).map((c) => c.name).sort();
  expect(people).toEqual(['Dana Whitfield', 'Pat Quinn']);
  const calls = (await db.getAll('activities')).filter((a) => a.channel === 'call');
  expect(calls.map((c) => c.contactKeys)).toEqual([
    [`salesforce:initech.lightning.force.com:contact:00Q8d00000PqLd7EAF`],
    [`salesforce:initech.lightning.force.com:contact:00Q8d00000PqLd7EAF`],
  ]);
  const sam = (await view(db)).reps.find((r) => r.rep === 'Sam Okafor');
  expect(sam?.perContact.activeContacts).toBe(2);
});
