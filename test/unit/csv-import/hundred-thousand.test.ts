import { describe, expect, it } from 'vitest';
import { runImport } from '../../../lib/csv-import/run-import';
import type { Activity } from '../../../lib/schema/activity';
import { CLOCK, freshDb } from './import-fixture';

const ROWS = 100_000;
const OWNERS = ['Dana Reyes', 'Sam Ortiz', 'Lee Park', 'Ana Silva'];

/**
 * 100,000 generated rows of a HubSpot calls export: every 50th row has a date no one can read,
 * every 40th (that is not invalid) names no contact id, every 25th repeats the row before's id.
 * Counts are computed here from those rules, not from the importer.
 */
function generated(): { text: string; invalid: number; unlinked: number; unique: number } {
  const lines = ['Record ID,Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs'];
  let invalid = 0;
  let unlinked = 0;
  const ids = new Set<number>();
  let id = 0;
  for (let i = 1; i <= ROWS; i++) {
    if (i % 25 !== 0) id++;
    const bad = i % 50 === 0;
    const noContact = !bad && i % 40 === 0;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const date = bad
      ? 'sometime'
      : `2026-10-${day} ${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    lines.push(`${id},"Call, ${i}",${date},${OWNERS[i % 4]},Outbound,${noContact ? '' : 1000 + (i % 5000)}`);
    if (bad) invalid++;
    else if (noContact) unlinked++;
    else ids.add(id);
  }
  return { text: lines.join('\r\n'), invalid, unlinked, unique: ids.size };
}

describe('runImport at 100,000 rows', () => {
  it('reads every row in chunks and counts added, repeated, invalid and unlinked rows', async () => {
    const file = generated();
    const stored = new Map<string, Activity>();
    const progress: number[] = [];
    const report = await runImport({
      db: await freshDb(),
      crm: 'hubspot',
      tenant: '123',
      input: file.text,
      mapping: {
        targets: ['sourceId', 'subject', 'date', 'owner', 'direction', 'contactId'],
        lang: 'en',
        impliedType: 'call',
      },
      clock: CLOCK,
      onProgress: (fraction) => progress.push(fraction),
      // An in-memory cache stands in for IndexedDB here (fake-indexeddb needs minutes for 100,000
      // rows on a shared machine); importActivities itself is tested in run-import.test.ts.
      write: async (batch) => {
        let added = 0;
        for (const row of batch) {
          if (!stored.has(row.key)) added++;
          stored.set(row.key, stored.get(row.key) ?? row);
        }
        return { added, existing: batch.length - added };
      },
    });

    expect(report.rows).toBe(ROWS);
    expect(report.invalid).toBe(file.invalid);
    expect(report.unlinked).toBe(file.unlinked);
    expect(report.added).toBe(file.unique);
    expect(report.existing).toBe(ROWS - file.invalid - file.unlinked - file.unique);
    expect(stored.size).toBe(file.unique);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(1);
    expect([...stored.values()].every((a) => a.origin === 'import' && a.type === 'call')).toBe(true);
  }, 600_000);
});
