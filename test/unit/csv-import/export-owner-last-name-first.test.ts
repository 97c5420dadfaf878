import { describe, expect, it } from 'vitest';
import { dump, freshDb, importText } from './import-fixture';
import { readContactPage } from './page-copy';

/**
 * contracts.md: one data-rep row per rep, named as the CRM shows the owner. Pages print a CRM user
 * first name first ("Sam Rivera logged a call"); an export may name the same user last name first
 * ("Rivera, Sam"). By hand: the row is the owner the account already knows under that name,
 * letter for letter, as written or turned round ("Sam Rivera"), else the name turned round; a
 * shorter or longer first name is no known rep ("Rivera, Samantha" is not "Sam Rivera"), and a
 * name that may be two people is not guessed at.
 */
const PORTAL = '123';
const HEADER =
  'Record ID,Call title,Activity date,Activity assigned to,Call direction,Call outcome,Associated Contact IDs';
const call = (id: string, owner: string) => `${id},Call with Jordan,2026-11-18 10:15,"${owner}",Outbound,Connected,501`;
const pageCall = (owner: string, at: string) =>
  ({
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp: at,
    timePrecision: 'minute',
    title: 'Follow-up',
    automated: false,
    owner,
  }) as const;

async function owners(known: string[], ...rows: string[]) {
  const db = await freshDb();
  if (known.length > 0)
    await readContactPage(
      db,
      { crm: 'hubspot', tenant: PORTAL, recordId: '501' },
      known.map((owner, i) => pageCall(owner, `2026-11-1${i}T09:00:00.000Z`)),
    );
  await importText(db, 'hubspot', PORTAL, [HEADER, ...rows].join('\n'));
  return (await dump(db)).filter((a) => a.title === 'Call with Jordan').map((a) => a.owner);
}

describe('an export naming the owner last name first', () => {
  it('is the owner as pages print the rep: turned round where none is known', async () => {
    expect(await owners([], call('9001', 'Rivera, Sam'))).toEqual(['Sam Rivera']);
  });

  it('is the owner the account already knows under that name; a name first name first stays, maybe another rep', async () => {
    expect(await owners(['Sam Rivera'], call('9001', 'Rivera, Sam'))).toEqual(['Sam Rivera']);
    expect(await owners(['Rivera, Sam'], call('9001', 'Rivera, Sam'))).toEqual(['Rivera, Sam']);
    expect(await owners(['Samuel Rivera'], call('9001', 'Sam Rivera'))).toEqual(['Sam Rivera']);
  });

  it('is no known rep of a shorter or longer first name', async () => {
    expect(await owners(['Sam Rivera'], call('9001', 'Rivera, Samantha'))).toEqual(['Samantha Rivera']);
  });

  it('is turned round only where it names one person unambiguously', async () => {
    expect(await owners(['Samuel Rivera', 'Samantha Rivera'], call('9001', 'Rivera, Sam'))).toEqual(['Sam Rivera']);
    expect(await owners([], call('9001', 'Sam Rivera, Dana Reyes'), call('9002', 'Rivera, Jr.'))).toEqual([
      'Sam Rivera, Dana Reyes',
      'Rivera, Jr.',
    ]);
  });
});
