import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../../lib/csv-import/detect-columns';
import { likelyCrm } from '../../../lib/csv-import/detect-crm';
import type { ColumnTarget } from '../../../lib/csv-import/fields';
import type { Activity, Crm } from '../../../lib/schema/activity';
import { dump, freshDb, importText } from './import-fixture';

/**
 * Activity exports of users whose CRM is in French, Spanish, Portuguese (Brazil) or Dutch, shaped
 * like test/fixtures/csv/*-en.csv with the headers and values translated by hand (never generated
 * from lib/csv-import/words). Every date has a day of 12 or less, so only the file's language can
 * say it is printed day first (05/11/2026 is 5 November), as these locales print it.
 */
interface TranslatedExport {
  crm: Crm;
  lang: string;
  text: string;
  targets: ColumnTarget[];
  /** Per row in file order: type, direction, timestamp, planned. */
  rows: [Activity['type'], Activity['direction'], string, boolean][];
}

const EXPORTS: Record<string, TranslatedExport> = {
  'a French HubSpot calls export': {
    crm: 'hubspot',
    lang: 'fr',
    text: [
      "ID de fiche d'informations,Titre de l'appel,Date de l'activité,Activité attribuée à,Direction de l'appel," +
        "Résultat de l'appel,Notes d'appel,Contact associé,ID des contacts associés,Transaction associée," +
        'ID des transactions associées',
      '90101,Appel découverte,05/11/2026 14:30,Dana Reyes,Sortant,Connecté,Budget,Jordan Lee,501,Acme,701',
      '90102,Question entrante,09/11/2026 09:05,Sam Ortiz,Entrant,Pas de réponse,,Riley Chen,502,,',
    ].join('\n'),
    targets: [
      'sourceId',
      'subject',
      'date',
      'owner',
      'direction',
      'outcome',
      'ignore',
      'contactName',
      'contactId',
      'dealName',
      'dealId',
    ],
    rows: [
      ['call', 'outbound', '2026-11-05T13:30:00.000Z', false],
      ['call', 'inbound', '2026-11-09T08:05:00.000Z', false],
    ],
  },
  'a Brazilian Portuguese HubSpot emails export': {
    crm: 'hubspot',
    lang: 'pt-BR',
    text: [
      'ID do registro,Assunto do e-mail,Data da atividade,Atividade atribuída a,Direção do e-mail,' +
        'Contato associado,IDs de contatos associados',
      '91101,Proposta Q1,03/11/2026 10:15,Dana Reyes,E-mail,Jordan Lee,501',
      '91102,Re: Proposta Q1,04/11/2026 12:40,Dana Reyes,E-mail recebido,Jordan Lee,501',
    ].join('\n'),
    targets: ['sourceId', 'subject', 'date', 'owner', 'direction', 'contactName', 'contactId'],
    rows: [
      ['email', 'outbound', '2026-11-03T09:15:00.000Z', false],
      ['email', 'inbound', '2026-11-04T11:40:00.000Z', false],
    ],
  },
  'a French Salesforce Tasks and Events report': {
    crm: 'salesforce',
    lang: 'fr',
    text: [
      "Objet;Attribué;Date;Statut;Sous-type de tâche;Type d'appel;Résultat de l'appel;Contact;ID du contact;" +
        "ID de l'activité",
      'Appel;Dana Reyes;05/11/2026;Terminé;Appel;Sortant;Connecté;Jordan Lee;0035g00000AbCdE;00T5g00000Tsk31',
      'E-mail : Tarifs;Dana Reyes;03/11/2026;Terminé;E-mail;;;Jordan Lee;0035g00000AbCdE;00T5g00000Tsk32',
      'Envoyer la proposition;Sam Ortiz;12/11/2026;Non commencé;Tâche;;;Riley Chen;0035g00000FgHiJ;00T5g00000Tsk33',
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
      ['call', 'outbound', '2026-11-04T23:00:00.000Z', false],
      ['email', 'outbound', '2026-11-02T23:00:00.000Z', false],
      ['task', 'unknown', '2026-11-11T23:00:00.000Z', true],
    ],
  },
  'a Spanish Salesforce Tasks and Events report': {
    crm: 'salesforce',
    lang: 'es',
    text: [
      'Asunto,Asignado,Fecha,Estado,Subtipo de tarea,Tipo de llamada,Resultado de llamada,Contacto,ID de contacto,' +
        'ID de actividad',
      'Llamada,Dana Reyes,06/11/2026,Completada,Llamada,Entrante,Conectado,Jordan Lee,0035g00000AbCdE,00T5g00000Tsk41',
      'Correo electrónico: Precios,Dana Reyes,02/11/2026,Completada,Correo electrónico,,,Jordan Lee,' +
        '0035g00000AbCdE,00T5g00000Tsk42',
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
      ['call', 'inbound', '2026-11-05T23:00:00.000Z', false],
      ['email', 'outbound', '2026-11-01T23:00:00.000Z', false],
    ],
  },
  'a French Pipedrive activities list export': {
    crm: 'pipedrive',
    lang: 'fr',
    text: [
      "ID;Sujet;Type;Date d'échéance;Heure d'échéance;Effectué;Attribué à l'utilisateur;Personne à contacter;" +
        "Affaire;ID de l'affaire",
      '321;Premier appel;Appel;05/11/2026;09:30;Effectué;Dana Reyes;Jordan Lee;Acme;801',
      '322;Déjeuner avec Riley;Déjeuner;10/11/2026;12:00;À faire;Sam Ortiz;Riley Chen;Acme;801',
    ].join('\n'),
    targets: ['sourceId', 'subject', 'type', 'date', 'time', 'status', 'owner', 'contactName', 'dealName', 'dealId'],
    rows: [
      ['call', 'outbound', '2026-11-05T08:30:00.000Z', false],
      ['meeting', 'outbound', '2026-11-10T11:00:00.000Z', true],
    ],
  },
  'a Dutch Pipedrive activities list export': {
    crm: 'pipedrive',
    lang: 'nl',
    text: [
      'ID,Onderwerp,Type,Vervaldatum,Vervaltijd,Gereed,Toegewezen aan gebruiker,Contactpersoon,Deal,Deal-ID',
      '331,Kennismaking,Gesprek,04/11/2026,14:30,Gereed,Dana Reyes,Jordan Lee,Acme,801',
      '332,Offerte sturen,Taak,11/11/2026,,Te doen,Sam Ortiz,Riley Chen,Acme,801',
    ].join('\n'),
    targets: ['sourceId', 'subject', 'type', 'date', 'time', 'status', 'owner', 'contactName', 'dealName', 'dealId'],
    rows: [
      ['call', 'outbound', '2026-11-04T13:30:00.000Z', false],
      ['task', 'unknown', '2026-11-10T23:00:00.000Z', true],
    ],
  },
};

describe('an export from a CRM in French, Spanish, Portuguese or Dutch', () => {
  for (const [name, file] of Object.entries(EXPORTS)) {
    it(`recognises ${name} as its CRM and language and maps its columns`, () => {
      const headers = (file.text.split('\n')[0] as string).split(file.text.includes(';') ? ';' : ',');
      expect(likelyCrm(headers)).toBe(file.crm);
      const detected = detectColumns(file.crm, headers);
      expect(detected.lang).toBe(file.lang);
      expect(detected.targets).toEqual(file.targets);
    });

    it(`imports every row of ${name} with its type, direction and day-first date`, async () => {
      const db = await freshDb();
      const report = await importText(
        db,
        file.crm,
        file.crm === 'salesforce' ? 'acme.lightning.force.com' : '123',
        file.text,
      );

      expect(report).toMatchObject({ rows: file.rows.length, added: file.rows.length, invalid: 0, unlinked: 0 });
      const stored = (await dump(db)).sort((a, b) => (a.timestamp ?? '').localeCompare(b.timestamp ?? ''));
      const expected = [...file.rows].sort((a, b) => a[2].localeCompare(b[2]));
      expect(stored.map((a) => [a.type, a.direction, a.timestamp, a.planned ?? false])).toEqual(expected);
    });
  }

  it('reads the call outcomes of a French HubSpot export', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', '123', EXPORTS['a French HubSpot calls export']?.text ?? '');
    expect((await dump(db)).map((a) => a.outcome)).toEqual(['connected', 'no-answer']);
  });
});
