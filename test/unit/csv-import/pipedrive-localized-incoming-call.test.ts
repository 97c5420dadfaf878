import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../lib/adapters/pipedrive/classify-activity';
import { wordingFor } from '../../../lib/adapters/pipedrive/wording';
import type { ColumnMapping } from '../../../lib/csv-import/mapping';
import { readRow } from '../../../lib/csv-import/read-row';
import { CLOCK, dump, freshDb, importText } from './import-fixture';

/**
 * A Pipedrive export row takes the direction its page reader gives the same activity
 * (export-direction.ts). The reader finds a call came in from the page language's incoming-call
 * words (wording.ts incomingCall: "Eingehender Anruf", "Appel entrant", "Llamada entrante"…) as
 * well as English ones, in the subject or the type label. An incoming call stored outbound would
 * make the caller a contact who received a touch (metrics.md, Active contact), and a touch apart
 * from its page copy.
 */
const GERMAN = [
  'ID;Betreff;Typ;Fälligkeitsdatum;Fälligkeitszeit;Erledigt;Zugewiesen an Benutzer;Personen-ID',
  '321;Eingehender Anruf;Anruf;18.11.2026;09:30;Erledigt;Dana Reyes;61',
].join('\n');

function pageDirection(subject: string, lang: string) {
  const facts = { kind: 'activity', typeName: 'call', text: subject, title: subject, done: true, inFocus: false };
  return classifyItem(facts, wordingFor(lang))?.direction;
}

function direction(mapping: ColumnMapping, cells: string[]) {
  const read = readRow(cells, { crm: 'pipedrive', mapping, clock: CLOCK });
  return read.ok ? read.row.direction : read.reason;
}

describe('a Pipedrive export’s incoming call in the file’s language', () => {
  it('is inbound in a German export, as the page reader reads the same subject', async () => {
    expect(pageDirection('Eingehender Anruf', 'de')).toBe('inbound');
    const db = await freshDb();
    expect(await importText(db, 'pipedrive', 'acme', GERMAN)).toMatchObject({ added: 1, invalid: 0 });
    expect((await dump(db)).map((a) => [a.type, a.direction])).toEqual([['call', 'inbound']]);
  });

  it.each([
    ['fr', 'Appel entrant de Maya', 'Appel', '18/11/2026'],
    ['es', 'Llamada entrante', 'Llamada', '18/11/2026'],
    ['pt-BR', 'Ligação recebida', 'Ligação', '18/11/2026'],
    ['nl', 'Inkomend gesprek', 'Gesprek', '18-11-2026'],
    ['de', 'Incoming call from Maya', 'Anruf', '18.11.2026'],
  ])('is inbound in a %s export: "%s"', (lang, subject, type, date) => {
    expect(pageDirection(subject, lang)).toBe('inbound');
    expect(direction({ targets: ['subject', 'type', 'date'], lang }, [subject, type, date])).toBe('inbound');
  });

  it('looks in every language’s words when the headers matched none', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'type', 'date'], dayFirst: true };
    expect(direction(mapping, ['Llamada entrante', 'Llamada', '18/11/2026'])).toBe('inbound');
    expect(direction(mapping, ['Eingehender Anruf', 'Call', '18/11/2026'])).toBe('inbound');
    expect(direction(mapping, ['Anruf mit Lee', 'Call', '18/11/2026'])).toBe('outbound');
  });

  it('is inbound where the type label says the call came in, as the page reader takes an icon or type label', () => {
    // item-facts.ts: `inbound` when the item's type label holds an incoming-call word.
    const mapping: ColumnMapping = { targets: ['subject', 'type', 'date'], lang: 'en' };
    expect(direction(mapping, ['Pricing question', 'Incoming call', '2026-11-18'])).toBe('inbound');
    expect(direction(mapping, ['Pricing question', 'Call', '2026-11-18'])).toBe('outbound');
  });
});
