import type { Crm } from '../../schema/activity';
import type { ExportWords } from './schema';

/**
 * Italian export wording of the three CRMs. Cited: HubSpot's Italian names of the activity kinds
 * ("chiamate, e-mail one-to-one, riunioni, note, attività, posta, LinkedIn, SMS e messaggi
 * WhatsApp", where "attività" is the task) and its deal as "trattativa" ("record del contatto,
 * dell'azienda, della trattativa"), https://knowledge.hubspot.com/it/records/associate-activities-with-records
 * (machine translated); Salesforce's Italian object and field words as the page reader's table
 * has them from Salesforce's Italian guides (lib/adapters/salesforce/words/it.ts: "Attività" for a
 * task, "Evento", "Chiamata", "Titolare", "Assegnato a", "Risultato chiamata"); Pipedrive's import
 * field groups "Persona, Organizzazione, Lead, Trattativa, Attività, Nota, Prodotto"
 * (https://support.pipedrive.com/it/article/import-fields) and "affari" for deals
 * (https://support.pipedrive.com/it/article/archive-deals-leads), both machine translated.
 * Guessed: every column label (no Italian export or translated field list was found), the Italian
 * names of Pipedrive's default activity types (as the page reader's guessed Italian wording has
 * them, lib/adapters/pipedrive/wording.ts), and every direction, outcome and status word; a
 * guessed label maps a column only when it matches exactly.
 */
export const IT_EXPORT_WORDS: Record<Crm, ExportWords> = {
  hubspot: {
    headers: {
      sourceId: ['ID record', 'ID del record', "ID dell'attività"],
      date: ["Data dell'attività", 'Data attività', 'Ora di inizio della riunione', 'Data di scadenza'],
      owner: ['Attività assegnata a', 'Assegnato a', "Proprietario dell'attività", 'Proprietario'],
      type: ['Tipo di attività', 'Tipo'],
      subject: [
        'Titolo della chiamata',
        "Oggetto dell'e-mail",
        'Nome della riunione',
        "Titolo dell'attività",
        'Oggetto',
        'Titolo',
      ],
      direction: ['Direzione della chiamata', "Direzione dell'e-mail", 'Direzione'],
      // "Esito" and "Risultato" both: the page reader's HubSpot table keeps both for the same label.
      outcome: ['Esito della chiamata', 'Risultato della chiamata', 'Esito della riunione', 'Esito', 'Risultato'],
      status: ["Stato dell'attività", 'Stato'],
      contactName: ['Contatto associato', 'Contatti associati', 'Contatto'],
      contactId: ['ID dei contatti associati', 'ID del contatto associato', 'ID contatto'],
      contactEmail: ['E-mail del contatto associato', 'E-mail del contatto', 'E-mail'],
      dealName: ['Trattativa associata', 'Trattative associate', 'Trattativa'],
      dealId: ['ID delle trattative associate', 'ID della trattativa associata', 'ID trattativa'],
    },
    typedHeaders: {
      'Titolo della chiamata': 'call',
      'Direzione della chiamata': 'call',
      'Esito della chiamata': 'call',
      'Risultato della chiamata': 'call',
      "Oggetto dell'e-mail": 'email',
      "Direzione dell'e-mail": 'email',
      'Nome della riunione': 'meeting',
      'Esito della riunione': 'meeting',
      'Ora di inizio della riunione': 'meeting',
      "Titolo dell'attività": 'task',
      "Stato dell'attività": 'task',
    },
    types: {
      call: ['Chiamata', 'Chiamate'],
      email: ['E-mail', 'E-mail in entrata', 'E-mail inoltrata'],
      meeting: ['Riunione', 'Riunioni'],
      social: ['Messaggio LinkedIn', 'LinkedIn'],
      sms: ['SMS', 'Messaggio WhatsApp', 'WhatsApp'],
      note: ['Nota', 'Note'],
      task: ['Attività'],
    },
    directions: {
      inbound: ['In entrata', 'E-mail in entrata', 'Ricevuta', 'Ricevuto'],
      outbound: ['In uscita', 'E-mail', 'Inviata', 'Inviato', 'E-mail inoltrata'],
    },
    outcomes: {
      connected: ['Connesso'],
      'no-answer': ['Nessuna risposta', 'Numero errato'],
      voicemail: ['Messaggio vocale lasciato', 'Messaggio dal vivo lasciato'],
      busy: ['Occupato'],
      held: ['Completata', 'Completato'],
      'no-show': ['Mancata presentazione', 'Non presentato'],
      rescheduled: ['Riprogrammata', 'Riprogrammato'],
      cancelled: ['Annullata', 'Annullato'],
    },
    status: {
      done: ['Completata', 'Completato', 'Fatto'],
      planned: ['Non iniziata', 'Non iniziato', 'In corso', 'In attesa', 'Rinviata', 'Programmata'],
    },
  },
  salesforce: {
    headers: {
      sourceId: ['ID attività', 'ID evento'],
      date: ['Data', 'Data di scadenza', 'Inizio', 'Data/ora di inizio', 'Data/ora di fine', 'Data attività'],
      time: ['Ora', 'Ora di inizio'],
      owner: ['Assegnato', 'Assegnato a', 'Assegnato a: Nome completo', 'Titolare'],
      type: ['Tipo', 'Tipo di attività', 'Attività/Evento'],
      subtype: ['Sottotipo attività', 'Sottotipo evento'],
      subject: ['Oggetto'],
      direction: ['Tipo di chiamata'],
      outcome: ['Risultato chiamata', 'Risultato della chiamata'],
      status: ['Stato'],
      contactName: ['Contatto', 'Nome', 'Contatto: Nome completo', 'Lead'],
      contactId: ['ID contatto', 'ID nome'],
      leadId: ['ID lead'],
      contactEmail: ['Email', 'E-mail', 'Contatto: Email'],
      dealName: ['Opportunità', 'Nome opportunità', 'Relativo a'],
      dealId: ['ID opportunità', 'ID relativo a'],
    },
    typedHeaders: {},
    types: {
      call: ['Chiamata', 'Registra una chiamata', 'Chiamata telefonica'],
      email: ['Email', 'E-mail', 'Email elenco'],
      meeting: ['Riunione', 'Evento'],
      task: ['Attività', 'Altro', 'Da fare', 'Invia lettera'],
    },
    automatedTypes: ['Email elenco'],
    directions: { inbound: ['In entrata'], outbound: ['In uscita'] },
    outcomes: {
      connected: ['Connesso', 'Raggiunto'],
      'no-answer': ['Nessuna risposta', 'Chiamata non riuscita'],
      voicemail: ['Messaggio vocale lasciato', 'Segreteria'],
      busy: ['Occupato'],
    },
    status: {
      done: ['Completata', 'Completato', 'Chiusa'],
      planned: ['Non iniziata', 'Non iniziato', 'In corso', 'In attesa di qualcun altro', 'Rinviata', 'Aperta'],
    },
  },
  pipedrive: {
    headers: {
      sourceId: ['ID', 'ID attività', 'Attività - ID'],
      date: ['Data di scadenza', 'Data', 'Attività - Data di scadenza'],
      doneAt: ['Segnata come completata il', 'Attività - Segnata come completata il'],
      time: ['Ora di scadenza', 'Ora', 'Attività - Ora di scadenza'],
      owner: [
        "Assegnata all'utente",
        "Assegnato all'utente",
        'Assegnata a',
        'Assegnato a',
        'Proprietario',
        "Attività - Assegnata all'utente",
      ],
      type: ['Tipo', 'Tipo di attività', 'Attività - Tipo'],
      subject: ['Oggetto', 'Attività - Oggetto'],
      status: ['Completata', 'Fatto', 'Stato', 'Attività - Completata'],
      contactName: [
        'Persona di contatto',
        'Persona',
        'Partecipanti',
        'Attività - Persona',
        'Attività - Persona di contatto',
        'Persona - Nome',
      ],
      contactId: ['ID persona', 'Persona - ID'],
      contactEmail: ['E-mail della persona', 'E-mail', 'Persona - E-mail'],
      // The import's field group is "Trattativa", other articles say "affare": both.
      dealName: [
        'Trattativa',
        'Affare',
        'Titolo della trattativa',
        "Titolo dell'affare",
        'Attività - Trattativa',
        'Attività - Affare',
        'Trattativa - Titolo',
        'Affare - Titolo',
      ],
      dealId: ['ID trattativa', 'ID affare', 'Trattativa - ID', 'Affare - ID'],
    },
    typedHeaders: {},
    types: {
      call: ['Chiamata'],
      email: ['E-mail', 'Email'],
      meeting: ['Riunione', 'Pranzo'],
      // Not "Attività": Pipedrive's Italian word for any activity, a call included.
      task: ['Compito', 'Scadenza'],
    },
    directions: { inbound: [], outbound: [] },
    outcomes: {},
    status: {
      done: ['Completata', 'Completato', 'Fatto', 'Sì', 'Vero'],
      planned: ['Da fare', 'Non completata', 'Non completato', 'No', 'Falso'],
    },
  },
};
