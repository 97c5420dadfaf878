import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../lib/csv-import/mapping';
import { readRow } from '../../../lib/csv-import/read-row';
import type { Crm } from '../../../lib/schema/activity';
import { CLOCK } from './import-fixture';

function read(crm: Crm, mapping: ColumnMapping, cells: string[]) {
  return readRow(cells, { crm, mapping, clock: CLOCK });
}

/**
 * A direction column whose word the tables do not hold says something Touchline cannot read:
 * Salesforce's Call Type (Task.CallType) takes Inbound, Internal (a call between colleagues) or
 * Outbound, as the Task object reference lists them (recalled: the excerpt found in this session
 * stopped before that field), and an export may print a value in a language without a word
 * table. Taking such a row as outbound (what a row with no direction column gets) would count it
 * as the rep's outreach. Columns: Subject, Date, Type, Call Type documented; Contact ID assumed.
 */
describe('a direction the export states in a word not understood', () => {
  const salesforce: ColumnMapping = {
    targets: ['subject', 'date', 'type', 'direction', 'contactId'],
    lang: 'en',
    dayFirst: false,
  };

  it('reports a Salesforce internal call, never counting it as an outbound touch', () => {
    const result = read('salesforce', salesforce, ['Call', '11/18/2026', 'Call', 'Internal', '0035g00000AbCdE']);
    expect(result).toEqual({ ok: false, reason: 'direction not understood: "Internal"' });
  });

  it('reports a HubSpot call direction in a language without a word table', () => {
    const hubspot: ColumnMapping = {
      targets: ['subject', 'date', 'direction', 'contactId'],
      lang: 'en',
      impliedType: 'call',
    };
    // Polish has no word table (Italian, once this test's language, has one).
    const result = read('hubspot', hubspot, ['Rozmowa z klientem', '2026-11-18 14:30', 'Przychodzące', '501']);
    expect(result).toEqual({ ok: false, reason: 'direction not understood: "Przychodzące"' });
  });

  it('still reads the directions its words hold, and a row with the cell empty as its CRM’s page does', () => {
    const inbound = read('salesforce', salesforce, ['Call', '11/18/2026', 'Call', 'Inbound', '0035g00000AbCdE']);
    const empty = read('salesforce', salesforce, ['Call', '11/18/2026', 'Call', '', '0035g00000AbCdE']);
    expect(inbound.ok && inbound.row.direction).toBe('inbound');
    expect(empty.ok && empty.row.direction).toBe('outbound');
  });
});
