import { describe, expect, it } from 'vitest';
import { fileText } from '../../../lib/csv-import/file-text';
import { previewWithEncoding } from '../../../lib/csv-import/parse-csv';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import { runImport } from '../../../lib/csv-import/run-import';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Crm } from '../../../lib/schema/activity';
import { CLOCK, dump, freshDb } from './import-fixture';

/** The import as the team page runs it on a dropped file: preview (and encoding), detect, import. */
async function importFile(db: TouchlineDb, crm: Crm, tenant: string, file: File) {
  const { rows, encoding } = await previewWithEncoding(file, 21);
  const prepared = prepareMapping(crm, rows);
  const report = await runImport({ db, crm, tenant, input: file, encoding, mapping: prepared.mapping, clock: CLOCK });
  return { rows, report };
}

/** Excel's "Unicode text" and Salesforce's "Unicode" export: UTF-16 little endian after a byte-order mark. */
function utf16leFile(text: string): File {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + 2 * i] = unit & 0xff;
    bytes[3 + 2 * i] = unit >> 8;
  }
  return new File([bytes], 'report.txt');
}

/** Salesforce report columns: Subject, Assigned, Date, Status, Task Subtype, Activity ID documented; Contact ID assumed. */
const SALESFORCE_HEADER = ['Subject', 'Assigned', 'Date', 'Status', 'Task Subtype', 'Contact ID', 'Activity ID'];

/** A Salesforce report of 40 completed calls with one contact, row i assigned to `ownerOf(i)`. */
function salesforceReport(ownerOf: (i: number) => string): string {
  const rows = Array.from({ length: 40 }, (_, i) => [
    `Call ${i + 1}`,
    ownerOf(i),
    '11/18/2026',
    'Completed',
    'Call',
    '0035g00000AbCdE',
    `00T5g0${String(i + 1).padStart(9, '0')}`,
  ]);
  return `${[SALESFORCE_HEADER, ...rows].map((cells) => cells.join(',')).join('\n')}\n`;
}

function salesforceRow(n: number): string[] {
  return [
    `Call ${n}`,
    'Jürgen Müller',
    '11/18/2026',
    'Completed',
    'Call',
    '0035g00000AbCdE',
    `00T5g0${String(n).padStart(9, '0')}`,
  ];
}

describe('export files in the encodings CRMs and Excel write', () => {
  it('imports every row of a tab-separated UTF-16 export, not only its first 64 KB', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => salesforceRow(i + 1));
    const text = `${[SALESFORCE_HEADER, ...rows].map((cells) => cells.join('\t')).join('\r\n')}\r\n`;
    const file = utf16leFile(text);
    expect(file.size).toBeGreaterThan(2 * 64 * 1024);

    const db = await freshDb();
    const { rows: preview, report } = await importFile(db, 'salesforce', 'acme.lightning.force.com', file);

    expect(preview[0]).toEqual(SALESFORCE_HEADER);
    expect(report).toMatchObject({ rows: 1000, added: 1000, invalid: 0 });
    expect(new Set((await dump(db)).map((a) => a.owner))).toEqual(new Set(['Jürgen Müller']));
  });

  it('keeps a UTF-8 letter whole where the file’s 64 KB read chunks split its two bytes', async () => {
    // HubSpot calls export: Record ID, Call title, Activity date, Activity assigned to documented; Associated Contact IDs assumed.
    const header = 'Record ID,Call title,Activity date,Activity assigned to,Associated Contact IDs';
    // Each row its own title: rows of one contact, title and minute would be one touch by the duplicate rules.
    const row = (id: number, title: string) => `${id},${title} ${id},2026-11-18 14:30,Jürgen Müller,501`;
    const lines = [header];
    let id = 90000;
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    while (bytes(`${lines.join('\n')}\n`) < 64 * 1024 - 200) lines.push(row(++id, 'Discovery call'));
    // Pad the next row's title so that the "ü" of "Jürgen" starts on the chunk's last byte.
    const before = bytes(`${lines.join('\n')}\n`);
    const plain = row(++id, 'Discovery call');
    const uAt = before + bytes(plain.slice(0, plain.indexOf('ü')));
    lines.push(row(id, `Discovery call${'x'.repeat(64 * 1024 - 1 - uAt)}`));
    for (let i = 0; i < 20; i++) lines.push(row(++id, 'Discovery call'));
    const encoded = new TextEncoder().encode(`${lines.join('\n')}\n`);
    expect(encoded[64 * 1024 - 1]).toBe(0xc3);

    const db = await freshDb();
    const { report } = await importFile(db, 'hubspot', '123', new File([encoded], 'calls.csv'));

    expect(report).toMatchObject({ rows: lines.length - 1, added: lines.length - 1, invalid: 0 });
    expect(new Set((await dump(db)).map((a) => a.owner))).toEqual(new Set(['Jürgen Müller']));
  });
  it('reads a Western European (ISO-8859-1) export as such when its first rows are plain ASCII', async () => {
    // Salesforce's report export offers "ISO-8859-1 (General US & Western European)"; the header and
    // the first rows hold no accented letter, so the preview alone decodes them as UTF-8.
    const text = salesforceReport((i) => (i < 30 ? 'Dana Reyes' : 'José García'));
    const latin1 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

    const db = await freshDb();
    const { report } = await importFile(db, 'salesforce', 'acme.lightning.force.com', new File([latin1], 'report.csv'));

    expect(report).toMatchObject({ rows: 40, added: 40, invalid: 0 });
    expect(new Set((await dump(db)).map((a) => a.owner))).toEqual(new Set(['Dana Reyes', 'José García']));
  });
  it('reads a UTF-8 export as UTF-8 though one byte in it is not (one cell shows it, not every name)', async () => {
    const text = salesforceReport(() => 'Jürgen Müller');
    const utf8 = new TextEncoder().encode(text);
    // The last row's subject edited in a Windows-1252 tool: "Call 4é", its "é" (0xE9) no UTF-8.
    const at = new TextEncoder().encode(text.slice(0, text.indexOf('Call 40') + 'Call 4'.length)).length;
    const bytes = new Uint8Array([...utf8.slice(0, at), 0xe9, ...utf8.slice(at + 1)]);

    const db = await freshDb();
    const { report } = await importFile(db, 'salesforce', 'acme.lightning.force.com', new File([bytes], 'report.csv'));

    expect(report).toMatchObject({ rows: 40, added: 40, invalid: 0 });
    expect(new Set((await dump(db)).map((a) => a.owner))).toEqual(new Set(['Jürgen Müller']));
  });
  it('reads a Windows-1252 export as such though its French quotation marks happen to be a UTF-8 letter', async () => {
    // Excel's "CSV (comma delimited)": "é", no-break space, "»" are E9 A0 BB, one well-formed UTF-8 letter.
    const subject = 'Appel \u00ab\u00a0Devis envoy\u00e9\u00a0\u00bb';
    const text = salesforceReport(() => 'Zoë Park').replace('Call 1,', `${subject},`);
    const windows1252 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

    const db = await freshDb();
    const { report } = await importFile(
      db,
      'salesforce',
      'acme.lightning.force.com',
      new File([windows1252], 'rapport.csv'),
    );

    expect(report).toMatchObject({ rows: 40, added: 40, invalid: 0 });
    const stored = await dump(db);
    expect(new Set(stored.map((a) => a.owner))).toEqual(new Set(['Zoë Park']));
    // Stored as the page shows text, its no-break spaces plain ones.
    expect(stored.map((a) => a.title)).toContain('Appel « Devis envoyé »');
  });
  it('weighs a UTF-8 letter split where the file is read in 1 MB slices as one letter, not two stray bytes', async () => {
    // Three UTF-8 letters against one Windows-1252 byte: UTF-8, if the first "ü" (C3 BC) is counted whole.
    const utf8 = new TextEncoder().encode(`${'x'.repeat(1024 * 1024 - 1)}ü\nJürgen Müller\n`);
    expect([utf8[1024 * 1024 - 1], utf8[1024 * 1024]]).toEqual([0xc3, 0xbc]);
    const file = new File([utf8, new Uint8Array([0xe9, 0x0a])], 'calls.csv');

    const { text, encoding } = await fileText(file);

    expect(encoding).toBe('utf-8');
    expect(text.endsWith('ü\nJürgen Müller\n\uFFFD\n')).toBe(true);
  });
});
