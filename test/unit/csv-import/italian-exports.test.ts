import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../../lib/csv-import/detect-columns';
import { likelyCrm } from '../../../lib/csv-import/detect-crm';
import type { ColumnTarget } from '../../../lib/csv-import/fields';
import type { Activity, Crm } from '../../../lib/schema/activity';
import { dump, freshDb, importText } from './import-fixture';

/**
 * Activity exports of users whose CRM is in Italian, shaped like test/fixtures/csv/*-en.csv with
 * the headers and values in the CRMs' Italian words (lib/csv-import/words/it.ts says which are
 * cited and which guessed). Every date has a day of 12 or less, so only the file's language can
 * say it is printed day first (05/11/2026 is 5 November), as Italian prints it. Before Italy had a
 * table, none of these headers mapped a column: the file had no date column and nothing imported.
 */
interface ItalianExport {
  crm: Crm;
  text: string;
  targets: ColumnTarget[];
  /** Per row in file order: type, direction, timestamp, planned. */
  rows: [Activity['type'], Activity['direction'], string, boolean][];
}

const EXPORTS: Record<string, ItalianExport> = {
  'a HubSpot calls export': {
    crm: 'hubspot',
    text: [
      "ID record,Titolo della chiamata,Data dell'attività,Attività assegnata a,Direzione della chiamata," +
        'Esito della chiamata,Contatto associato,ID dei contatti associati',
      '93101,Chiamata conoscitiva,05/11/2026 14:30,Dana Reyes,In uscita,Connesso,Jordan Lee,501',
      '93102,Domanda in arrivo,09/11/2026 09:05,Sam Ortiz,In entrata,Nessuna risposta,Riley Chen,502',
    ].join('\n'),
    targets: ['sourceId', 'subject', 'date', 'owner', 'direction', 'outcome', 'contactName', 'contactId'],
    rows: [
      ['call', 'outbound', '2026-11-05T13:30:00.000Z', false],
      ['call', 'inbound', '2026-11-09T08:05:00.000Z', false],
    ],
  },
  'a HubSpot tasks export': {
    crm: 'hubspot',
    text: [
      "ID record,Titolo dell'attività,Data di scadenza,Attività assegnata a,Stato dell'attività,Contatto associato," +
        'ID dei contatti associati',
      '93201,Inviare la proposta,10/11/2026 10:00,Dana Reyes,Non iniziata,Jordan Lee,501',
      '93202,Preparare la demo,03/11/2026 16:00,Dana Reyes,Completata,Jordan Lee,501',
    ].join('\n'),
    targets: ['sourceId', 'subject', 'date', 'owner', 'status', 'contactName', 'contactId'],
    rows: [
      ['task', 'unknown', '2026-11-03T15:00:00.000Z', false],
      ['task', 'unknown', '2026-11-10T09:00:00.000Z', true],
    ],
  },
  'a Salesforce Tasks and Events report': {
    crm: 'salesforce',
    text: [
      'Oggetto;Assegnato;Data;Stato;Sottotipo attività;Tipo di chiamata;Risultato chiamata;Contatto;ID contatto;' +
        'ID attività',
      'Chiamata;Dana Reyes;05/11/2026;Completata;Chiamata;In entrata;Connesso;Jordan Lee;0035g00000AbCdE;00T5g00000Tsk51',
      'Email: Prezzi;Dana Reyes;03/11/2026;Completata;Email;;;Jordan Lee;0035g00000AbCdE;00T5g00000Tsk52',
      'Inviare il contratto;Sam Ortiz;12/11/2026;Non iniziata;Attività;;;Riley Chen;0035g00000FgHiJ;00T5g00000Tsk53',
    ].join('\n'),
    targets: [
      'subject',
      'owner',
      'date',
      'status',
      'subtype',
      'direction',
      'outcome',
      'contactName',
      'contactId',
      'sourceId',
    ],
    rows: [
      ['call', 'inbound', '2026-11-04T23:00:00.000Z', false],
      ['email', 'outbound', '2026-11-02T23:00:00.000Z', false],
      ['task', 'unknown', '2026-11-11T23:00:00.000Z', true],
    ],
  },
  'a Pipedrive activities list export': {
    crm: 'pipedrive',
    text: [
      "ID;Oggetto;Tipo;Data di scadenza;Ora di scadenza;Completata;Assegnata all'utente;Persona di contatto;" +
        'Trattativa;ID trattativa',
      '341;Prima chiamata;Chiamata;05/11/2026;09:30;Sì;Dana Reyes;Jordan Lee;Acme;801',
      '342;Pranzo con Riley;Pranzo;10/11/2026;12:00;Da fare;Sam Ortiz;Riley Chen;Acme;801',
      '343;Inviare il preventivo;Compito;11/11/2026;;No;Sam Ortiz;Riley Chen;Acme;801',
    ].join('\n'),
    targets: ['sourceId', 'subject', 'type', 'date', 'time', 'status', 'owner', 'contactName', 'dealName', 'dealId'],
    rows: [
      ['call', 'outbound', '2026-11-05T08:30:00.000Z', false],
      ['meeting', 'outbound', '2026-11-10T11:00:00.000Z', true],
      ['task', 'unknown', '2026-11-10T23:00:00.000Z', true],
    ],
  },
};

describe('an export from a CRM in Italian', () => {
  for (const [name, file] of Object.entries(EXPORTS)) {
    it(`recognises ${name} as its CRM and Italian and maps its columns`, () => {
      const headers = (file.text.split('\n')[0] as string).split(file.text.includes(';') ? ';' : ',');
      expect(likelyCrm(headers)).toBe(file.crm);
      const detected = detectColumns(file.crm, headers);
      expect(detected.lang).toBe('it');
      expect(detected.targets).toEqual(file.targets);
    });

    it(`imports every row of ${name} with its type, direction, done or planned state and day-first date`, async () => {
      const db = await freshDb();
      const tenant = file.crm === 'salesforce' ? 'acme.lightning.force.com' : '123';
      const report = await importText(db, file.crm, tenant, file.text);
      expect(report).toMatchObject({ rows: file.rows.length, added: file.rows.length, invalid: 0, unlinked: 0 });
      const stored = (await dump(db)).sort((a, b) => (a.timestamp ?? '').localeCompare(b.timestamp ?? ''));
      const expected = [...file.rows].sort((a, b) => a[2].localeCompare(b[2]));
      expect(stored.map((a) => [a.type, a.direction, a.timestamp, a.planned ?? false])).toEqual(expected);
    });
  }

  it('reads the call outcomes of the HubSpot export', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', '123', EXPORTS['a HubSpot calls export']?.text ?? '');
    expect((await dump(db)).map((a) => a.outcome)).toEqual(['connected', 'no-answer']);
  });
});
