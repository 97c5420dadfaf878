/**
 * Salesforce moves a converted Lead's activities to the new Contact, which keeps the Lead's name and
 * email address. Ava Chen's Lead (00Q, ava@harbor.example) was read on Nov 10 with two emails
 * (EmailMessage 02s…01, 02s…02) and no Task or Event; after the conversion her Contact (003, same
 * name and address) lists both and a Nov 18 email (02s…03). metrics.md: one person, 3 touches, 1
 * active contact. An email may name a Lead and a Contact together (a Contact emailed, a Lead in Cc:
 * two mailboxes), so an email id alone, or with only one of the name and the address alike, is no
 * conversion.
 */
import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { freshDb, view } from '../team/from-files/harness';

const ORG = 'harbor.lightning.force.com';
const Z = 'UTC';
const LEAD = '00Q5g00000AvaLdEAF';
const CONTACT = '0035g00000AvaChAAF';
const keyOf = (id: string) => `salesforce:${ORG}:contact:${id}`;

const email = (sourceId: string, timestamp: string): ActivityReading => ({
  type: 'email',
  channel: 'email',
  direction: 'outbound',
  timestamp,
  timePrecision: 'day',
  title: `Email ${sourceId}`,
  owner: 'Dana Whitfield',
  automated: false,
  outcome: 'unknown',
  sourceId,
});
const intro = email('02s5g00000Eml01AAB', '2026-11-03T12:00:00.000Z');
const follow = email('02s5g00000Eml02AAB', '2026-11-06T12:00:00.000Z');
const proposal = email('02s5g00000Eml03AAB', '2026-11-18T12:00:00.000Z');

const page = (recordId: string, name: string, address: string, activities: ActivityReading[]) =>
  contactReadSchema.parse({
    crm: 'salesforce',
    tenant: ORG,
    kind: 'contact',
    recordId,
    status: 'read',
    record: { name, email: address },
    activities,
    crmFigures: {},
    notRead: [],
  });

async function story(lead: ReturnType<typeof page>, contact: ReturnType<typeof page>) {
  const db = await freshDb();
  await saveReading(db, lead, new Date('2026-11-10T15:00:00Z'), Z, Z);
  await saveReading(db, contact, new Date('2026-11-20T15:00:00Z'), Z, Z);
  const dana = (await view(db)).reps.find((r) => r.rep === 'Dana Whitfield');
  return {
    contacts: (await db.getAll('contacts')).map((c) => c.key),
    people: Object.fromEntries((await db.getAll('activities')).map((a) => [a.sourceId, a.contactKeys])),
    activeContacts: dana?.perContact.activeContacts,
  };
}

describe('a Salesforce Lead only emailed, converted, then its Contact read', () => {
  it('folds into the Contact: one person with the three emails', async () => {
    const got = await story(
      page(LEAD, 'Ava Chen', 'ava@harbor.example', [follow, intro]),
      page(CONTACT, 'Ava Chen', 'Ava@Harbor.example', [proposal, follow, intro]),
    );
    expect(got).toEqual({
      contacts: [keyOf(CONTACT)],
      people: {
        '02s5g00000Eml01AAB': [keyOf(CONTACT)],
        '02s5g00000Eml02AAB': [keyOf(CONTACT)],
        '02s5g00000Eml03AAB': [keyOf(CONTACT)],
      },
      activeContacts: 1,
    });
  });

  it('keeps a Lead of another name and address copied on the Contact’s email', async () => {
    const got = await story(
      page(LEAD, 'Pat Quinn', 'pat.quinn@harbor.example', [intro]),
      page(CONTACT, 'Ava Chen', 'ava@harbor.example', [proposal, intro]),
    );
    expect(got).toEqual({
      contacts: [keyOf(CONTACT), keyOf(LEAD)],
      people: { '02s5g00000Eml01AAB': [keyOf(CONTACT), keyOf(LEAD)], '02s5g00000Eml03AAB': [keyOf(CONTACT)] },
      activeContacts: 2,
    });
  });

  it('keeps a namesake Lead of another address: the name alone is anyone’s', async () => {
    const got = await story(
      page(LEAD, 'Ava Chen', 'ava.chen@northwind.example', [intro]),
      page(CONTACT, 'Ava Chen', 'ava@harbor.example', [proposal, intro]),
    );
    expect(got.contacts).toEqual([keyOf(CONTACT), keyOf(LEAD)]);
    expect(got.activeContacts).toBe(2);
  });

  it('keeps a Lead of the same address under another name: a shared or misread address is no one person', async () => {
    const got = await story(
      page(LEAD, 'Pat Quinn', 'ava@harbor.example', [intro]),
      page(CONTACT, 'Ava Chen', 'ava@harbor.example', [proposal, intro]),
    );
    expect(got.contacts).toEqual([keyOf(CONTACT), keyOf(LEAD)]);
    expect(got.activeContacts).toBe(2);
  });

  // Review rg63a: a firm's shared mailbox, and a first name one may shorten, are not one person.
  it('keeps Lead Christine Taylor apart from Contact Chris Taylor at one shared mailbox', async () => {
    const got = await story(
      page(LEAD, 'Christine Taylor', 'office@taylorfreight.example', [intro]),
      page(CONTACT, 'Chris Taylor', 'office@taylorfreight.example', [proposal, intro]),
    );
    expect(got.contacts).toEqual([keyOf(CONTACT), keyOf(LEAD)]);
    expect(got.activeContacts).toBe(2);
  });
});
