/**
 * The logged-touch CSV used papaparse's defaults, which quote commas, quotes and line breaks but
 * leave a cell that starts with = + - @ as it is. Names and deal titles come from CRM pages (a
 * web-form lead can name itself anything), notes from the rep ("-- left voicemail"). Opened in a
 * spreadsheet to check before the CRM import (the usual step), such cells ran as formulas (OWASP
 * "CSV injection"). By hand: each such cell is written with an apostrophe before it and its text
 * otherwise whole, in every CRM's file; other cells are as they were.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvOf } from '../../../lib/export/logged-csv';
import type { LoggedRow } from '../../../lib/export/logged-row';
import type { Activity } from '../../../lib/schema/activity';
import type { Contact, Deal } from '../../../lib/schema/record';

const FORMULA = /^[=+\-@]/;
const NAME = '=HYPERLINK("http://example.test/x","Ada")';
const DEAL = '@SUM(1+1)';
const NOTE = '-- left voicemail, call back Fri';

const row: LoggedRow = {
  touch: { channel: 'call', direction: 'outbound', title: '+1 call logged', note: NOTE } as Activity,
  contact: { recordId: '12', name: NAME, email: 'ada@example.com' } as Contact,
  deal: { recordId: '77', name: DEAL } as Deal,
  date: '2026-11-19',
  time: '16:05',
};

function cellsOf(crm: 'hubspot' | 'pipedrive' | 'salesforce'): string[] {
  return Papa.parse<string[]>(csvOf(crm, [row]), { skipEmptyLines: true }).data[1] ?? [];
}

describe('a logged-touch CSV whose CRM names, subject or note begin like a formula', () => {
  it('writes no cell a spreadsheet would run as a formula, in any CRM’s file', () => {
    for (const crm of ['hubspot', 'pipedrive', 'salesforce'] as const) {
      expect(
        cellsOf(crm).filter((cell) => FORMULA.test(cell)),
        crm,
      ).toEqual([]);
    }
  });

  it('keeps each such cell’s text behind an apostrophe, and the other cells as they were', () => {
    expect(cellsOf('pipedrive')).toEqual([
      "'+1 call logged",
      'Call',
      '2026-11-19',
      '16:05',
      'Done',
      `'${NOTE}`,
      `'${NAME}`,
      'ada@example.com',
      `'${DEAL}`,
    ]);
    expect(cellsOf('hubspot')).toContain(`'${NOTE}`);
    expect(cellsOf('salesforce')).toEqual(expect.arrayContaining(["'+1 call logged", `'${NOTE}`]));
  });
});
