import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../../lib/csv-import/detect-columns';
import { dump, freshDb, importText } from './import-fixture';

/**
 * A Salesforce activity report can print the Lead beside the Contact, each in its own id column
 * ("Contact ID", "Lead ID"): a task on a lead has only the lead's id. Leads are contacts in
 * Touchline (the page reader keys a Lead record as a contact), so the lead's id links the row.
 */
const TENANT = 'acme.lightning.force.com';
const contactKey = (id18: string) => `salesforce:${TENANT}:contact:${id18}`;

async function importLinks(csv: string) {
  const db = await freshDb();
  const report = await importText(db, 'salesforce', TENANT, csv);
  const rows = await dump(db);
  return { report, links: rows.map((a) => [a.sourceId, a.contactKeys]) };
}

describe('a Salesforce report with a Lead ID column beside Contact ID', () => {
  it('links a lead row by its lead id and a contact row by its contact id', async () => {
    const { report, links } = await importLinks(
      [
        'Subject,Date,Task Subtype,Contact ID,Lead ID,Activity ID',
        'Call,11/18/2026,Call,0035g00000AbCdE,,00T5g00000Task1',
        'Call,11/18/2026,Call,,00Q5g00000LdAbC,00T5g00000Task2',
      ].join('\n'),
    );
    expect(report).toMatchObject({ added: 2, unlinked: 0 });
    expect(links).toEqual([
      ['00T5g00000Task1EAB', [contactKey('0035g00000AbCdEAAV')]],
      ['00T5g00000Task2EAB', [contactKey('00Q5g00000LdAbCEAV')]],
    ]);
  });

  it('keeps the contact id where a row has both', async () => {
    const { links } = await importLinks(
      [
        'Subject,Date,Task Subtype,Lead ID,Contact ID,Activity ID',
        'Call,11/18/2026,Call,00Q5g00000LdAbC,0035g00000AbCdE,00T5g00000Task1',
      ].join('\n'),
    );
    expect(links).toEqual([['00T5g00000Task1EAB', [contactKey('0035g00000AbCdEAAV')]]]);
  });

  it('reads the lead id column in a German report', async () => {
    const { report, links } = await importLinks(
      [
        'Betreff;Datum;Aufgabenuntertyp;Kontakt-ID;Lead-ID;Aktivitäts-ID',
        'Anruf;18.11.2026;Anruf;;00Q5g00000LdAbC;00T5g00000Task2',
      ].join('\n'),
    );
    expect(report).toMatchObject({ added: 1, unlinked: 0 });
    expect(links).toEqual([['00T5g00000Task2EAB', [contactKey('00Q5g00000LdAbCEAV')]]]);
  });

  it.each([
    ['fr', ['Objet', 'Date', 'ID du contact', 'ID de la piste']],
    ['es', ['Asunto', 'Fecha', 'ID de contacto', 'ID de candidato']],
    ['pt-BR', ['Assunto', 'Data', 'ID do contato', 'ID do lead']],
    ['nl', ['Onderwerp', 'Datum', 'Contactpersoon-ID', 'Lead-ID']],
  ])('maps the lead id column of a %s report (assumed labels) on its own', (lang, headers) => {
    const detected = detectColumns('salesforce', headers);
    expect(detected.lang).toBe(lang);
    expect(detected.targets.slice(2)).toEqual(['contactId', 'leadId']);
  });
});
