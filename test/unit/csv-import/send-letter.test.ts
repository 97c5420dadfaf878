import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../../lib/csv-import/detect-columns';
import { readRow } from '../../../lib/csv-import/read-row';

/**
 * "Send Letter" is one of Salesforce's standard Task values (Type picklist, Subject suggestions,
 * beside "Call", "Email", "Meeting", "Other"): a rep sent a letter on paper. It is no email and no
 * touch by any channel Touchline counts, so it reads as a task.
 */
const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };

function typesOf(headers: string[], rows: string[][], dayFirst = false) {
  const detected = detectColumns('salesforce', headers);
  const mapping = { targets: detected.targets, lang: detected.lang ?? 'en', dayFirst };
  return rows.map((cells) => {
    const read = readRow(cells, { crm: 'salesforce', mapping, clock });
    return read.ok ? { type: read.row.type, direction: read.row.direction } : read.reason;
  });
}

const task = { type: 'task', direction: 'unknown' };

describe('a Salesforce task to send a letter', () => {
  it('reads as a task when its Type says "Send Letter"', () => {
    const rows = typesOf(
      ['Subject', 'Date', 'Type', 'Task Subtype'],
      [
        ['Contract copy', '11/18/2026', 'Send Letter', 'Task'],
        ['Contract copy', '11/18/2026', 'Send Letter', ''],
      ],
    );
    expect(rows).toEqual([task, task]);
  });

  it('reads as a task when only its subject says "Send Letter"', () => {
    const rows = typesOf(
      ['Subject', 'Date'],
      [
        ['Send Letter', '11/18/2026'],
        ['Send Letter: contract copy', '11/18/2026'],
      ],
    );
    expect(rows).toEqual([task, task]);
  });

  it('still reads a logged email by its subject', () => {
    const rows = typesOf(['Subject', 'Date'], [['Email: Re: pricing', '11/18/2026']]);
    expect(rows).toEqual([{ type: 'email', direction: 'outbound' }]);
  });

  it('does the same in a German report', () => {
    const rows = typesOf(['Betreff', 'Datum', 'Typ'], [['Vertragskopie', '18.11.2026', 'Brief senden']], true);
    expect(rows).toEqual([task]);
  });
});
