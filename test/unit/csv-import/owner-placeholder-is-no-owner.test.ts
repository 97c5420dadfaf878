import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../lib/csv-import/mapping';
import { readRow } from '../../../lib/csv-import/read-row';
import type { Crm } from '../../../lib/schema/activity';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/**
 * An export fills the owner column of an activity or a deal nobody owns with a placeholder
 * ("Unassigned", "No owner", "--"). Stored as the owner, it became a rep of the team view with
 * every ownerless touch under it. The row is read with no owner; a real name holding such a word
 * ("Noah Ownerby") is still the owner.
 */
const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'Europe/Berlin' };
const calls: ColumnMapping = { targets: ['sourceId', 'subject', 'date', 'owner'], lang: 'en', impliedType: 'call' };

function ownerOf(crm: Crm, owner: string): string | undefined {
  const id = crm === 'salesforce' ? '00T5g00000DpQM1EAN' : '90001';
  const result = readRow([id, 'Discovery call', '2026-11-18 14:30', owner], { crm, mapping: calls, clock });
  if (!result.ok) throw new Error(result.reason);
  return result.row.owner;
}

describe("an export's owner placeholder", () => {
  it.each([
    ['hubspot', 'Unassigned'],
    ['salesforce', ' UNASSIGNED '],
    ['pipedrive', 'Unassigned'],
    ['salesforce', '--'],
    ['hubspot', 'No owner'],
    ['pipedrive', '(No owner)'],
  ] as const)('a %s activity row owned by "%s" has no owner', (crm, owner) => {
    expect(ownerOf(crm, owner)).toBeUndefined();
  });

  it('a real name holding a placeholder word stays the owner: "Noah Ownerby"', () => {
    expect(ownerOf('hubspot', 'Noah Ownerby')).toBe('Noah Ownerby');
  });

  it('a deal row whose owner is "Unassigned" has no owner', async () => {
    const db = await freshDb();
    const exported = [
      'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Owner,Deal - Status',
      '301,Northwind upgrade,Proposal made,Pipeline,Unassigned,open',
      '302,Wayne seats,Proposal made,Pipeline,Dana Reyes,open',
    ].join('\n');
    await importDeals(db, 'pipedrive', 'acme', exported);
    expect((await dealsOf(db)).map((d) => d.owner)).toEqual([undefined, 'Dana Reyes']);
  });
});
