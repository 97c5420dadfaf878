/**
 * HubSpot "Merge contacts" keeps the primary record and its own email address (the secondary's
 * becomes an additional email, which Touchline does not read) and lists both records' activity on
 * the primary's timeline under the same engagement ids. Ana Alvarez's record 101
 * (ana@oldco.example) was read on Nov 10 with an email (engagement 80001) and a call (80002); she
 * was then merged into record 202 (ana@alvarez.example), whose page, read Nov 20, lists 80001,
 * 80002 and a Nov 18 email (80003). metrics.md: one person, 3 touches, 1 active contact.
 * An engagement shows on every contact it is associated with, so an id shared with someone of
 * another name, or a stored record some of whose engagements the page does not list, is not a merge.
 */
import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { freshDb, view } from '../team/from-files/harness';

const PORTAL = '4410982';
const Z = 'UTC';
const READ_OLD = new Date('2026-11-10T15:00:00Z');
const READ_KEPT = new Date('2026-11-20T15:00:00Z');
const keyOf = (id: string) => `hubspot:${PORTAL}:contact:${id}`;

const item = (sourceId: string, type: 'email' | 'call', timestamp: string): ActivityReading => ({
  type,
  channel: type,
  direction: 'outbound',
  timestamp,
  timePrecision: 'minute',
  title: type === 'email' ? `Email ${sourceId}` : `Call ${sourceId}`,
  owner: 'Dana Whitfield',
  automated: false,
  outcome: type === 'call' ? 'connected' : 'unknown',
  sourceId,
});
const intro = item('80001', 'email', '2026-11-02T10:04:00.000Z');
const discovery = item('80002', 'call', '2026-11-05T14:30:00.000Z');
const follow = item('80003', 'email', '2026-11-18T09:00:00.000Z');

const page = (recordId: string, name: string, email: string, activities: ActivityReading[]) =>
  contactReadSchema.parse({
    crm: 'hubspot',
    tenant: PORTAL,
    kind: 'contact',
    recordId,
    status: 'read',
    record: { name, email },
    activities,
    crmFigures: {},
    notRead: [],
  });

async function story(old: ReturnType<typeof page>, kept: ReturnType<typeof page>) {
  const db = await freshDb();
  await saveReading(db, old, READ_OLD, Z, Z);
  await saveReading(db, kept, READ_KEPT, Z, Z);
  const dana = (await view(db)).reps.find((r) => r.rep === 'Dana Whitfield');
  return {
    contacts: (await db.getAll('contacts')).map((c) => [c.key, c.email]),
    people: Object.fromEntries((await db.getAll('activities')).map((a) => [a.sourceId, a.contactKeys])),
    touches: dana?.counts.total,
    activeContacts: dana?.perContact.activeContacts,
  };
}

describe('a HubSpot contact read, then merged into a record with another primary address', () => {
  it('folds into the surviving record: its touches once, over one active contact', async () => {
    const got = await story(
      page('101', 'Ana Alvarez', 'ana@oldco.example', [discovery, intro]),
      page('202', 'Ana Alvarez', 'ana@alvarez.example', [follow, discovery, intro]),
    );
    expect(got).toEqual({
      contacts: [[keyOf('202'), 'ana@alvarez.example']],
      people: { '80001': [keyOf('202')], '80002': [keyOf('202')], '80003': [keyOf('202')] },
      touches: 3,
      activeContacts: 1,
    });
  });

  it('keeps two people of different names who were sent one email apart', async () => {
    const got = await story(
      page('101', 'Ana Alvarez', 'ana@oldco.example', [intro]),
      page('202', 'Ben Hale', 'ben@oldco.example', [follow, intro]),
    );
    expect(got).toEqual({
      contacts: [
        [keyOf('101'), 'ana@oldco.example'],
        [keyOf('202'), 'ben@oldco.example'],
      ],
      people: { '80001': [keyOf('101'), keyOf('202')], '80003': [keyOf('202')] },
      // metrics.md duplicate rule 1: one engagement id is one touch, whoever received it.
      touches: 2,
      activeContacts: 2,
    });
  });

  it('keeps a namesake whose stored call the page does not list: one shared email is no merge', async () => {
    const got = await story(
      page('101', 'Ana Alvarez', 'ana@oldco.example', [discovery, intro]),
      page('202', 'Ana Alvarez', 'ana@alvarez.example', [follow, intro]),
    );
    expect(got.contacts).toEqual([
      [keyOf('101'), 'ana@oldco.example'],
      [keyOf('202'), 'ana@alvarez.example'],
    ]);
    expect(got.people['80002']).toEqual([keyOf('101')]);
    expect(got.activeContacts).toBe(2);
  });

  // Review rg63a: a wrong fold deletes a person. Christine's only stored item is a meeting with
  // both Taylors; two "Sam Patel"s at two firms got one webinar email. Two people each time.
  it('keeps Christine Taylor apart from Chris Taylor, whose page shows the meeting they shared', async () => {
    const got = await story(
      page('101', 'Christine Taylor', 'christine@taylorfreight.example', [discovery]),
      page('202', 'Chris Taylor', 'chris@taylorfreight.example', [follow, discovery]),
    );
    expect(got.contacts).toHaveLength(2);
    expect(got.activeContacts).toBe(2);
  });

  it('keeps two namesakes apart whose one stored item is the email both were sent', async () => {
    const got = await story(
      page('101', 'Sam Patel', 'sam@northwind.example', [intro]),
      page('202', 'Sam Patel', 'sam.patel@contoso.example', [follow, intro]),
    );
    expect(got.contacts).toHaveLength(2);
    expect(got.activeContacts).toBe(2);
  });
});
