import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../../lib/csv-import/detect-columns';
import { readRow } from '../../../lib/csv-import/read-row';

/**
 * A Salesforce Tasks and Events report can carry both the user-set "Type" picklist (Call, Email,
 * Other …) and the system-set "Task Subtype" (Task, Email, List Email, Call). A list email is
 * "Email" by Type and only "List Email" by subtype: read from the type column alone it would
 * count as a rep's own email.
 */
const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };

function readAll(headers: string[], rows: string[][], dayFirst = false) {
  const detected = detectColumns('salesforce', headers);
  const mapping = { targets: detected.targets, lang: detected.lang ?? 'en', dayFirst };
  return {
    targets: detected.targets,
    rows: rows.map((cells) => {
      const read = readRow(cells, { crm: 'salesforce', mapping, clock });
      return read.ok ? { type: read.row.type, automated: read.row.automated ?? false } : read.reason;
    }),
  };
}

describe('a Salesforce report with both Type and Task Subtype', () => {
  it('maps each column to its own field and marks list emails automated', () => {
    const { targets, rows } = readAll(
      ['Subject', 'Date', 'Type', 'Task Subtype'],
      [
        ['November newsletter', '11/18/2026', 'Email', 'List Email'],
        ['Pricing follow-up', '11/18/2026', 'Email', 'Email'],
        ['Intro call', '11/18/2026', 'Call', 'Task'],
        ['Logged from Gmail', '11/18/2026', '', 'Email'],
        ['Check-in', '11/18/2026', 'Other', 'Call'],
      ],
    );
    expect(targets).toEqual(['subject', 'date', 'type', 'subtype']);
    expect(rows).toEqual([
      { type: 'email', automated: true },
      { type: 'email', automated: false },
      { type: 'call', automated: false },
      { type: 'email', automated: false },
      // The subtype is set by what was logged; "Other" is the rep's unfiled choice.
      { type: 'call', automated: false },
    ]);
  });

  it('reads the type from the subtype when the report has no Type column, as before', () => {
    const { rows } = readAll(['Subject', 'Date', 'Task Subtype'], [['Newsletter', '11/18/2026', 'List Email']]);
    expect(rows).toEqual([{ type: 'email', automated: true }]);
  });

  it('does the same in a German report', () => {
    const { targets, rows } = readAll(
      ['Betreff', 'Datum', 'Typ', 'Aufgabenuntertyp'],
      [['Newsletter November', '18.11.2026', 'E-Mail', 'Listen-E-Mail']],
      true,
    );
    expect(targets).toEqual(['subject', 'date', 'type', 'subtype']);
    expect(rows).toEqual([{ type: 'email', automated: true }]);
  });
});
