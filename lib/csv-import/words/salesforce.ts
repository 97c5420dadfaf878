import { ES_EXPORT_WORDS } from './es';
import { FR_EXPORT_WORDS } from './fr';
import { IT_EXPORT_WORDS } from './it';
import { NL_EXPORT_WORDS } from './nl';
import { PT_BR_EXPORT_WORDS } from './pt-br';
import type { CrmExportWords } from './schema';

/**
 * Salesforce "Tasks and Events" reports exported as CSV ("Export" → "Details Only"): columns
 * labelled as the Task and Event fields are (Subject, Assigned, Date / Due Date, Status, Call
 * Result, Call Type, Activity ID, Name / Contact, Related To / Opportunity) in the user's language.
 * "Type" is the rep's picklist choice; "Task Subtype" is set by what was logged (Email, List
 * Email, Call, Task), so each is its own field.
 */
export const SALESFORCE_EXPORT_WORDS: CrmExportWords = {
  en: {
    headers: {
      sourceId: ['Activity ID', 'Task ID', 'Event ID'],
      date: ['Date', 'Due Date', 'Start', 'Start Date Time', 'Completed Date/Time', 'Activity Date'],
      time: ['Time', 'Start Time'],
      owner: ['Assigned', 'Assigned To', 'Assigned To: Full Name', 'Owner'],
      type: ['Type', 'Activity Type', 'Task/Event'],
      subtype: ['Task Subtype', 'Event Subtype'],
      subject: ['Subject'],
      direction: ['Call Type'],
      outcome: ['Call Result'],
      status: ['Status'],
      contactName: ['Contact', 'Name', 'Contact: Full Name', 'Lead'],
      contactId: ['Contact ID', 'Name ID'],
      leadId: ['Lead ID'],
      contactEmail: ['Email', 'Contact: Email'],
      dealName: ['Opportunity', 'Opportunity Name', 'Related To'],
      dealId: ['Opportunity ID', 'Related To ID'],
    },
    typedHeaders: {},
    types: {
      call: ['Call', 'Log a Call', 'Phone Call'],
      email: ['Email', 'List Email'],
      meeting: ['Meeting', 'Event'],
      // A letter is sent on paper: a task, no email.
      task: ['Task', 'Other', 'To Do', 'Send Letter'],
    },
    automatedTypes: ['List Email'],
    directions: { inbound: ['Inbound'], outbound: ['Outbound'] },
    // Sales Engagement's own call results ("Meaningful Connect", "Left Voicemail") are read by the
    // page reader's table (salesforceCallResultOutcome); these are other orgs' common values.
    outcomes: {
      connected: ['Connected', 'Reached'],
      'no-answer': ['No Answer', 'Call unsuccessful'],
      voicemail: ['Voicemail'],
      busy: ['Busy'],
    },
    status: {
      done: ['Completed', 'Closed'],
      planned: ['Not Started', 'In Progress', 'Waiting on someone else', 'Deferred', 'Open'],
    },
  },
  de: {
    headers: {
      sourceId: ['Aktivitäts-ID', 'Aufgaben-ID', 'Ereignis-ID'],
      date: [
        'Datum',
        'Fälligkeitsdatum',
        'Beginn',
        'Startdatum/-uhrzeit',
        'Erledigungsdatum/-uhrzeit',
        'Aktivitätsdatum',
      ],
      time: ['Uhrzeit', 'Startzeit'],
      owner: ['Zugewiesen', 'Zugewiesen an', 'Zugewiesen an: Vollständiger Name', 'Inhaber'],
      type: ['Typ', 'Aktivitätstyp', 'Aufgabe/Ereignis'],
      subtype: ['Aufgabenuntertyp', 'Ereignisuntertyp'],
      subject: ['Betreff'],
      direction: ['Anruftyp'],
      outcome: ['Anrufergebnis'],
      status: ['Status'],
      contactName: ['Kontakt', 'Name', 'Kontakt: Vollständiger Name', 'Lead'],
      contactId: ['Kontakt-ID', 'Namens-ID'],
      leadId: ['Lead-ID'],
      contactEmail: ['E-Mail', 'Kontakt: E-Mail'],
      dealName: ['Opportunity', 'Opportunity-Name', 'Bezug'],
      dealId: ['Opportunity-ID', 'Bezugs-ID'],
    },
    typedHeaders: {},
    types: {
      call: ['Anruf', 'Anruf protokollieren', 'Telefonanruf'],
      email: ['E-Mail', 'Listen-E-Mail'],
      meeting: ['Meeting', 'Besprechung', 'Ereignis'],
      task: ['Aufgabe', 'Sonstiges', 'Andere', 'Brief senden'],
    },
    automatedTypes: ['Listen-E-Mail'],
    directions: { inbound: ['Eingehend'], outbound: ['Ausgehend'] },
    outcomes: {
      connected: ['Verbunden', 'Erreicht'],
      'no-answer': ['Keine Antwort', 'Nicht erreicht'],
      voicemail: ['Voicemail hinterlassen', 'Sprachnachricht'],
      busy: ['Besetzt'],
    },
    status: {
      done: ['Abgeschlossen', 'Erledigt'],
      planned: ['Nicht begonnen', 'In Bearbeitung', 'Wartet auf jemand anderen', 'Zurückgestellt', 'Offen'],
    },
  },
  fr: FR_EXPORT_WORDS.salesforce,
  es: ES_EXPORT_WORDS.salesforce,
  'pt-BR': PT_BR_EXPORT_WORDS.salesforce,
  nl: NL_EXPORT_WORDS.salesforce,
  it: IT_EXPORT_WORDS.salesforce,
};
