import { describe, expect, it } from 'vitest';
import { runImport } from '../../../lib/csv-import/run-import';
import { CLOCK, freshDb } from './import-fixture';

const ROWS = 1_000;
const BATCH = 100;

function callsExport(rows: number): string {
  const lines = ['Record ID,Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs'];
  for (let i = 1; i <= rows; i++)
    lines.push(`${i},Call ${i},2026-11-10 09:${String(i % 60).padStart(2, '0')},Dana Reyes,Outbound,501`);
  return lines.join('\r\n');
}

const mapping = {
  targets: ['sourceId', 'subject', 'date', 'owner', 'direction', 'contactId'] as const,
  lang: 'en',
  impliedType: 'call',
} as const;

/** An import of `rows` calls into a fresh database, in batches of BATCH, with no writer yet. */
async function importOf(rows: number) {
  return {
    db: await freshDb(),
    crm: 'hubspot' as const,
    tenant: '123',
    input: callsExport(rows),
    mapping: { ...mapping, targets: [...mapping.targets] },
    clock: CLOCK,
    batchSize: BATCH,
  };
}

/**
 * The import reads the next batch while one is written, but never writes two at once, and
 * writes them in file order: a later row must meet every earlier one (the duplicate rules).
 */
describe('runImport batch writes', () => {
  it('writes one batch at a time, in file order, and counts what each wrote', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const written: string[] = [];
    const report = await runImport({
      ...(await importOf(ROWS)),
      write: async (batch) => {
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        written.push(...batch.map((a) => a.sourceId ?? ''));
        inFlight--;
        return { added: batch.length, existing: 0 };
      },
    });

    expect(mostInFlight).toBe(1);
    expect(written).toEqual(Array.from({ length: ROWS }, (_, i) => String(i + 1)));
    expect(report).toMatchObject({ rows: ROWS, added: ROWS, existing: 0 });
  });

  it('stops at a write that fails, writes no batch after it, and reports what the batches before it wrote', async () => {
    let calls = 0;
    const report = await runImport({
      ...(await importOf(ROWS)),
      write: async (batch) => {
        calls++;
        if (calls === 2) throw new Error('disk full');
        return { added: batch.length, existing: 0 };
      },
    });

    expect(calls).toBe(2);
    expect(report).toMatchObject({ added: BATCH, existing: 0, error: 'disk full', cancelled: false });
  });
});
