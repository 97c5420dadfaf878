import { describe, expect, it, vi } from 'vitest';
import { updateActivityPacks } from '../../../lib/db/activity-packs';
import { openTouchlineDb } from '../../../lib/db/open';
import { DB_VERSION } from '../../../lib/db/schema';
import { activityKey } from '../../../lib/keys';
import type { Activity } from '../../../lib/schema/activity';
import { activity, contact } from '../metrics/builders';
import { expectedPacks, storedPacks } from './pack-oracle';
import { freshName } from './world-readings';

/**
 * Database version 14. Before 0.7.38, a Salesforce logged email's title kept Salesforce's "Email:"
 * label when it was imported from a report (before 0.7.37) or read from its page (before 0.7.35),
 * and a title, owner or name the CRM holds decomposed ("Jose\u0301") was stored so; the readers
 * now leave the label out and compose text. The same report imported again, or the item read
 * again, was then a second touch beside the first (metrics.md duplicate rule 3 compares titles):
 * team-view.md, "Importing the same file again writes nothing"; and one rep two team rows. The
 * upgrade stores the texts as they are read now, merging a row with its copy stored since; an
 * EmailMessage keeps its subject, and other CRMs' labels are untouched. Oracle, by hand (reviews
 * rg63b, rg64a, rg64b).
 */
const TENANT = 'acme.lightning.force.com';
const CONTACT = `salesforce:${TENANT}:contact:0035g00000AbCdEAAV`;
const DAY = { timestamp: '2026-11-17T00:00:00.000Z', timePrecision: 'day' as const };

function salesforce(title: string, extra: Partial<Activity> = {}): Activity {
  const row = activity({
    crm: 'salesforce',
    tenant: TENANT,
    type: 'email',
    title,
    contactKeys: [CONTACT],
    owner: 'Dana Reyes',
    origin: 'import',
    ...DAY,
    ...extra,
  });
  if (extra.key) return row;
  return { ...row, key: activityKey('salesforce', TENANT, CONTACT, row, 'UTC') };
}

const importedBefore = salesforce('Email: Pricing for Q1');
const importedSince = salesforce('Pricing for Q1', { outcome: undefined, note: 'from the report of Nov 20' });
const onlyBefore = salesforce('Email: Renewal terms');
const task = salesforce('Email: Rollout plan', { sourceId: '00T5g00000XyZ12AAA', origin: 'page' });
const emailMessage = salesforce('Email: a subject the mail itself opens with', { sourceId: '02s5g00000XyZ12AAA' });
const logged = salesforce('Pricing for Q1', { key: `salesforce:${TENANT}:logged:1`, origin: 'logged-in-touchline' });
const loggedRow = { ...logged, mergedInto: onlyBefore.key };
const hubspot = activity({ type: 'email', title: 'Email: Kickoff', ...DAY });
// The design system's email item links nowhere: a page row without id may be an EmailMessage.
const pageEmailMessage = salesforce('Email: updated billing contact', { origin: 'page' });
const decomposed = salesforce('Call with Jose\u0301', { type: 'call', origin: 'page', owner: 'Zoe\u0308 Park' });
const composedSince = salesforce('Call with José', { type: 'call', origin: 'page', owner: 'Zoë Park' });
const JOSE = contact({ name: 'Jose\u0301 Nu\u0301n\u0303ez', owner: 'Zoe\u0308 Park' });

async function version13(): Promise<string> {
  const name = freshName();
  const v13 = await openTouchlineDb(name, { version: 13 });
  const rows = [
    importedBefore,
    importedSince,
    onlyBefore,
    task,
    emailMessage,
    loggedRow,
    hubspot,
    pageEmailMessage,
    decomposed,
    composedSince,
  ];
  const tx = v13.transaction(['activities', 'activityPacks', 'undatedActivities', 'contacts'], 'readwrite');
  for (const row of rows) await tx.objectStore('activities').put(row);
  await tx.objectStore('contacts').put(JOSE);
  await updateActivityPacks(tx as never, [], rows);
  await tx.done;
  v13.close();
  return name;
}

describe('upgrading a version 13 database', () => {
  it('titles Salesforce logged emails without "Email:", one row per email', async () => {
    const db = await openTouchlineDb(await version13(), { onInvalid: vi.fn() });
    expect(db.version).toBe(DB_VERSION);
    const rows = await db.getAll('activities');
    const salesforceEmails = rows.filter(
      (r) => r.crm === 'salesforce' && r.type === 'email' && r.origin !== 'logged-in-touchline',
    );
    expect(salesforceEmails.map((r) => r.title).sort()).toEqual([
      'Email: a subject the mail itself opens with',
      'Email: updated billing contact',
      'Pricing for Q1',
      'Renewal terms',
      'Rollout plan',
    ]);
    // The two copies of one email are one row, keeping what each held.
    expect(rows.find((r) => r.title === 'Pricing for Q1' && r.origin === 'import')?.note).toBe(
      'from the report of Nov 20',
    );
    // The touch logged in Touchline follows the row it was merged into.
    const into = rows.find((r) => r.key === rows.find((l) => l.key === logged.key)?.mergedInto);
    expect(into?.title).toBe('Renewal terms');
    expect(rows.find((r) => r.crm === 'hubspot')).toEqual(hubspot);
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
    db.close();
  });

  it('composes titles, owners and names stored decomposed, one row per call', async () => {
    const db = await openTouchlineDb(await version13(), { onInvalid: vi.fn() });
    const calls = (await db.getAll('activities')).filter((r) => r.type === 'call');
    expect(calls.map((r) => [r.title, r.owner])).toEqual([['Call with José', 'Zoë Park']]);
    const [stored] = await db.getAll('contacts');
    expect([stored?.name, stored?.owner]).toEqual(['José Núñez', 'Zoë Park']);
    db.close();
  });
});
