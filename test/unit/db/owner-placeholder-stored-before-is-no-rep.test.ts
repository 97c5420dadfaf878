import { describe, expect, it } from 'vitest';
import { readContactData } from '../../../lib/db/reads';
import { saveReadings } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Crm } from '../../../lib/schema/activity';
import { contactReadSchema, type ReadOk } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { freshDb } from '../csv-import/import-fixture';

/**
 * metrics.md "Manager views": activity per rep counts reps, and contracts.md gives one row per rep.
 * Versions before the readers dropped owner placeholders ("(No owner)", "Kein Besitzer", "--") and
 * Salesforce's tool and system users ("Automated Process", "Sales Engagement") stored them as the
 * owner of a touch. Read again today the page names no owner, which used to keep the stored one:
 * the team page went on listing the placeholder as a rep, with the ownerless touches under it.
 *
 * By hand: a contact page shows a call by Jonas Keller and a call nobody owns, both in the last 30
 * days. Whatever the earlier version stored as the second call's owner, once the page is read
 * again the team page lists Jonas Keller alone, with 1 touch, and offers no other owner.
 */
const NOW = new Date('2026-11-20T15:00:00Z');
const BEFORE = new Date('2026-11-19T10:00:00Z');
const TENANT: Record<Crm, string> = { pipedrive: 'acme', hubspot: '3300117', salesforce: 'acme.lightning.force.com' };

const call = (title: string, timestamp: string, owner?: string) => ({
  type: 'call' as const,
  direction: 'outbound' as const,
  timestamp,
  timePrecision: 'minute' as const,
  title,
  automated: false,
  ...(owner ? { owner } : {}),
});

/** The contact page as read: Jonas Keller's call, and the second call owned by `secondOwner` (none today). */
const reading = (crm: Crm, secondOwner?: string): ReadOk =>
  contactReadSchema.parse({
    crm,
    tenant: TENANT[crm],
    kind: 'contact',
    recordId: '5120',
    status: 'read',
    record: { name: 'Ines Bauer' },
    activities: [
      call('Pricing call', '2026-11-19T14:10:00.000Z', 'Jonas Keller'),
      call('Follow-up call', '2026-11-18T11:00:00.000Z', secondOwner),
    ],
    crmFigures: {},
    notRead: [],
  });

const team = (db: TouchlineDb) =>
  loadTeamView({ db, filters: { period: '30d', motion: 'mid-market' }, settings: defaultSettings('UTC'), now: NOW });

async function readTwice(crm: Crm, storedOwner: string, now: ReadOk = reading(crm), yourName?: string) {
  const db = await freshDb();
  await saveReadings(db, [{ result: reading(crm, storedOwner), now: BEFORE, timeZone: 'UTC' }]);
  await saveReadings(db, [{ result: now, now: NOW, timeZone: 'UTC', ...(yourName ? { yourName } : {}) }]);
  const { activities } = await readContactData(db, `${crm}:${TENANT[crm]}:contact:5120`);
  const view = await team(db);
  return {
    owners: activities.map((a) => [a.title, a.owner]).sort(),
    reps: view.reps.map((r) => [r.rep, r.counts.total]),
    choices: view.choices.owners,
  };
}

describe('an owner placeholder stored before is no rep once the page is read again', () => {
  const cases: [Crm, string][] = [
    ['pipedrive', '(No owner)'],
    ['pipedrive', 'Nicht zugewiesen'],
    ['hubspot', 'No owner'],
    ['hubspot', 'Kein Besitzer'],
    ['hubspot', 'Aucun propriétaire'],
    ['salesforce', '--'],
    ['salesforce', 'Automated Process'],
    ['salesforce', 'Sales Engagement'],
    ['pipedrive', '(No value)'],
  ];
  for (const [crm, placeholder] of cases) {
    it(`${crm}: a call stored as "${placeholder}"'s is nobody's, and Jonas Keller is the one rep`, async () => {
      expect(await readTwice(crm, placeholder)).toEqual({
        owners: [
          ['Follow-up call', undefined],
          ['Pricing call', 'Jonas Keller'],
        ],
        reps: [['Jonas Keller', 1]],
        choices: ['Jonas Keller'],
      });
    });
  }

  it('a call the page now credits to "You" takes the user\'s name, not the stored placeholder', async () => {
    const now = reading('pipedrive');
    now.activities[1] = { ...now.activities[1], byViewer: true } as ReadOk['activities'][number];
    const { reps } = await readTwice('pipedrive', '(No owner)', now, 'Lena Brandt');
    expect(reps).toEqual([
      ['Jonas Keller', 1],
      ['Lena Brandt', 1],
    ]);
  });

  it('a rep stays the owner of a call a sighting shows with a placeholder', async () => {
    const db = await freshDb();
    await saveReadings(db, [{ result: reading('hubspot', 'Mia Rossi'), now: BEFORE, timeZone: 'UTC' }]);
    await saveReadings(db, [{ result: reading('hubspot', 'No owner'), now: NOW, timeZone: 'UTC' }]);
    expect((await team(db)).reps.map((r) => [r.rep, r.counts.total])).toEqual([
      ['Jonas Keller', 1],
      ['Mia Rossi', 1],
    ]);
  });

  it('a Pipedrive rep named as Salesforce names its system user stays a rep', async () => {
    expect((await readTwice('pipedrive', 'Automated Process')).reps).toEqual([
      ['Automated Process', 1],
      ['Jonas Keller', 1],
    ]);
  });
});
