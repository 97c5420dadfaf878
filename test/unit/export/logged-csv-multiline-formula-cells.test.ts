import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvOf } from '../../../lib/export/logged-csv';
import type { LoggedRow } from '../../../lib/export/logged-row';
import type { Activity } from '../../../lib/schema/activity';
import type { Contact, Deal } from '../../../lib/schema/record';

/**
 * lib/export/logged-csv.ts: a cell that begins with = + - @ would run as a formula in the spreadsheet
 * the file is checked in before the CRM import, so it is written behind an apostrophe. papaparse's
 * `escapeFormulae: true` tests /^[=+\-@\t\r].*$/ without the dotAll flag: a cell with a line break
 * does not match, and is written as it is. The details form's note is a textarea, and a rep's note
 * as a list ("- no answer\n- try Fri") is common; a CRM name or deal title can hold a line break too.
 */
const FORMULA = /^[=+\-@\t\r]/;
const NOTE = '- no answer on mobile\n- try again Fri';
const DEAL_NAME = '=HYPERLINK("http://example.test/x","Renewal")\nQ4';

const row: LoggedRow = {
  touch: { channel: 'call', direction: 'outbound', title: 'Call logged in Touchline', note: NOTE } as Activity,
  contact: { recordId: '12', name: 'Ada Buyer', email: 'ada@example.com' } as Contact,
  deal: { recordId: '77', name: DEAL_NAME } as Deal,
  date: '2026-11-19',
  time: '16:05',
};

function cellsOf(crm: 'hubspot' | 'pipedrive' | 'salesforce'): string[] {
  return Papa.parse<string[]>(csvOf(crm, [row]), { skipEmptyLines: true }).data[1] ?? [];
}

describe('a logged-touch CSV cell that begins like a formula and holds a line break', () => {
  it('is written behind an apostrophe like a one-line one, in every CRM’s file', () => {
    for (const crm of ['hubspot', 'pipedrive', 'salesforce'] as const) {
      expect(
        cellsOf(crm).filter((cell) => FORMULA.test(cell)),
        crm,
      ).toEqual([]);
    }
  });
});
