import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../lib/csv-import/mapping';
import { readRow } from '../../../lib/csv-import/read-row';
import { CLOCK, dump, freshDb, importText } from './import-fixture';

/**
 * A Pipedrive activity type that neither the export word tables nor the page reader's rule
 * recognises is read as a task, as the page reader counts it (no touch). The manager is told:
 * the report counts such rows and lists the first few with the type not known, as it lists
 * invalid and unlinked rows. A task word ("Task", "Deadline", "Aufgabe") is a known type.
 */
const HEADER = 'ID,Subject,Type,Due date,Due time,Done,Assigned to user,Person ID';
const row = (id: number, type: string, person = '61') =>
  `${id},Visit ${id},${type},2026-11-16,10:00,Done,Dana Reyes,${person}`;

describe('a Pipedrive export with activity types nothing recognises', () => {
  it('keeps those rows as tasks and lists them in the report with a count', async () => {
    const db = await freshDb();
    const text = [HEADER, row(501, 'Call'), row(502, 'Site survey'), row(503, 'Task'), row(504, 'Xyz')].join('\n');
    const report = await importText(db, 'pipedrive', 'acme', text);
    expect(report).toMatchObject({ rows: 4, added: 4, invalid: 0, problems: [], readAsTask: 2 });
    expect(report.readAsTaskRows).toEqual([
      { row: 2, reason: 'read as a task: type "Site survey" not known' },
      { row: 4, reason: 'read as a task: type "Xyz" not known' },
    ]);
    expect((await dump(db)).map((a) => a.type)).toEqual(['call', 'task', 'task', 'task']);
  });

  it('does not list a default type’s task words, in any of the tables’ languages', async () => {
    const db = await freshDb();
    const text = [HEADER, row(511, 'Deadline'), row(512, 'Aufgabe'), row(513, 'LinkedIn'), row(514, 'Demo')].join('\n');
    const report = await importText(db, 'pipedrive', 'acme', text);
    expect(report).toMatchObject({ added: 4, readAsTask: 0, readAsTaskRows: [] });
  });

  it('counts every such row and lists the first five, as the other lists do', async () => {
    const db = await freshDb();
    const rows = Array.from({ length: 7 }, (_, i) => row(520 + i, `Custom ${i}`));
    const report = await importText(db, 'pipedrive', 'acme', [HEADER, ...rows].join('\n'));
    expect(report.readAsTask).toBe(7);
    expect(report.readAsTaskRows.map((p) => p.row)).toEqual([1, 2, 3, 4, 5]);
  });

  it('leaves a row it does not store to the list that says why (here: not linked)', async () => {
    const db = await freshDb();
    const report = await importText(db, 'pipedrive', 'acme', [HEADER, row(530, 'Xyz', '')].join('\n'));
    expect(report).toMatchObject({ unlinked: 1, readAsTask: 0, readAsTaskRows: [] });
  });

  it('says why from the row reading', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'type', 'date', 'contactId'] };
    const read = readRow(['Measure the roof', 'Site survey', '2026-11-16', '61'], {
      crm: 'pipedrive',
      mapping,
      clock: CLOCK,
    });
    expect(read).toMatchObject({ ok: true, row: { type: 'task' } });
    expect(read.ok && read.readAsTask).toBe('read as a task: type "Site survey" not known');
  });
});
