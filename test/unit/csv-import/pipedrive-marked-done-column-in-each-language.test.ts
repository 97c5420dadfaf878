import { describe, expect, it } from 'vitest';
import { view } from '../team/from-files/harness';
import { dump, freshDb, importText } from './import-fixture';

/**
 * Review s60 (csvlang). A manager whose Pipedrive is in French, Spanish, Dutch, Portuguese (Brazil) or Italian exports the
 * activities list with the "marked as done" column shown, as an English or German user would,
 * and saves it from European Excel (BOM, ";", day-first dates). Sam had a follow-up call with
 * Ana due Tue 20 Oct (overdue), made it on Thu 19 Nov 10:12 and marked it done then.
 *
 * By hand (clock Fri 2026-11-20 15:00Z, Berlin; metrics.md "Period: a fixed window (last 7 days
 * …)", "Early warning: touches in the last 7 days …"): the call was made on 19 Nov, so in the
 * last 7 days Sam has 1 call. The English export of the very same activity (control) is dated by
 * its done time; the export in another language must give the same figure (issue 14: the same
 * activities exported in another language change nothing).
 */
const BOM = '\uFEFF';
const EXPORTS: Record<string, string> = {
  'English (control)': [
    'ID,Subject,Type,Due date,Due time,Done,Marked as done time,Assigned to user,Contact person,Person ID',
    '901,Follow-up call,Call,2026-10-20,10:00,Done,2026-11-19 10:12:45,Sam Fox,Ana Ruiz,41',
  ].join('\r\n'),
  'German (control)': [
    'ID;Betreff;Typ;Fälligkeitsdatum;Fälligkeitszeit;Erledigt;Als erledigt markiert am;Zugewiesen an Benutzer;Kontaktperson;Personen-ID',
    '901;Folgeanruf;Anruf;20.10.2026;10:00;Erledigt;19.11.2026 10:12;Sam Fox;Ana Ruiz;41',
  ].join('\r\n'),
  French: [
    "ID;Sujet;Type;Date d'échéance;Heure d'échéance;Effectué;Marquée comme effectuée le;Attribué à l'utilisateur;Personne à contacter;ID de la personne",
    '901;Appel de suivi;Appel;20/10/2026;10:00;Effectué;19/11/2026 10:12;Sam Fox;Ana Ruiz;41',
  ].join('\r\n'),
  Spanish: [
    'ID;Asunto;Tipo;Fecha de vencimiento;Hora de vencimiento;Hecho;Marcado como hecho el;Asignado al usuario;Persona de contacto;ID de persona',
    '901;Llamada de seguimiento;Llamada;20/10/2026;10:00;Hecho;19/11/2026 10:12;Sam Fox;Ana Ruiz;41',
  ].join('\r\n'),
  Dutch: [
    'ID;Onderwerp;Type;Vervaldatum;Vervaltijd;Gereed;Als voltooid gemarkeerd op;Toegewezen aan gebruiker;Contactpersoon;Persoon-ID',
    '901;Vervolggesprek;Gesprek;20-10-2026;10:00;Gereed;19-11-2026 10:12;Sam Fox;Ana Ruiz;41',
  ].join('\r\n'),
  'Portuguese (Brazil)': [
    'ID;Assunto;Tipo;Data de vencimento;Hora de vencimento;Concluída;Marcada como concluída em;Atribuído ao usuário;Pessoa de contato;ID da pessoa',
    '901;Ligação de retorno;Chamada;20/10/2026;10:00;Concluída;19/11/2026 10:12;Sam Fox;Ana Ruiz;41',
  ].join('\r\n'),
  Italian: [
    "ID;Oggetto;Tipo;Data di scadenza;Ora di scadenza;Completata;Segnata come completata il;Assegnata all'utente;Persona di contatto;ID persona",
    '901;Chiamata di follow-up;Chiamata;20/10/2026;10:00;Completata;19/11/2026 10:12;Sam Fox;Ana Ruiz;41',
  ].join('\r\n'),
};

describe('a Pipedrive call marked done a month after its due date, exported in another language', () => {
  for (const [lang, text] of Object.entries(EXPORTS)) {
    it(`${lang}: dated when it was done, so it is on Sam's row in the last 7 days`, async () => {
      const db = await freshDb();
      const report = await importText(db, 'pipedrive', 'acme', BOM + text);
      expect(report).toMatchObject({ added: 1, invalid: 0 });
      const sam = (await view(db, { period: '7d' })).reps.find((r) => r.rep === 'Sam Fox');
      expect(sam?.counts.byChannel.call).toBe(1);
      const [call] = await dump(db);
      expect(call).toMatchObject({ type: 'call', timestamp: '2026-11-19T09:12:00.000Z' });
    });
  }
});
