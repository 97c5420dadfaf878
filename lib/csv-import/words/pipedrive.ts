import { ES_EXPORT_WORDS } from './es';
import { FR_EXPORT_WORDS } from './fr';
import { IT_EXPORT_WORDS } from './it';
import { NL_EXPORT_WORDS } from './nl';
import { PT_BR_EXPORT_WORDS } from './pt-br';
import type { CrmExportWords } from './schema';

/**
 * Pipedrive's activities list view exported as CSV ("…" → "Export filter results"): the visible
 * columns, labelled as the activity fields are (Subject, Type, Due date, Due time, Done, Assigned
 * to user, Contact person, Deal, ID) in the user's language. The export names each column
 * "<Entity> - <Field>" ("Activity - Subject", "Deal - ID"), as its deal exports do: public scripts
 * reading Pipedrive activity exports use "Activity - ID / Type / Subject / Due date / Done /
 * Assigned to user / Deal / Person"; the other prefixed labels and every German one are assumed.
 * Each entity's id is its own field: "Deal - ID" is never the activity's id (rows would merge).
 */
export const PIPEDRIVE_EXPORT_WORDS: CrmExportWords = {
  en: {
    headers: {
      sourceId: ['ID', 'Activity ID', 'Activity - ID'],
      date: ['Due date', 'Date', 'Activity - Due date'],
      doneAt: ['Marked as done time', 'Activity - Marked as done time'],
      time: ['Due time', 'Time', 'Activity - Due time'],
      owner: ['Assigned to user', 'Owner', 'Assigned to', 'Activity - Assigned to user'],
      type: ['Type', 'Activity type', 'Activity - Type'],
      subject: ['Subject', 'Activity - Subject'],
      status: ['Done', 'Status', 'Activity - Done'],
      contactName: [
        'Contact person',
        'Person',
        'Participants',
        'Activity - Person',
        'Activity - Contact person',
        'Person - Name',
      ],
      contactId: ['Contact person ID', 'Person ID', 'Person - ID'],
      contactEmail: ['Contact person email', 'Person email', 'Email', 'Person - Email'],
      dealName: ['Deal', 'Deal title', 'Activity - Deal', 'Deal - Title'],
      dealId: ['Deal ID', 'Deal - ID'],
    },
    typedHeaders: {},
    types: {
      call: ['Call'],
      email: ['Email'],
      meeting: ['Meeting', 'Lunch'],
      task: ['Task', 'Deadline'],
    },
    directions: { inbound: [], outbound: [] },
    outcomes: {},
    status: { done: ['Done', 'Yes', 'True', '1'], planned: ['To do', 'Not done', 'No', 'False', '0'] },
  },
  de: {
    headers: {
      sourceId: ['ID', 'Aktivitäts-ID', 'Aktivität - ID'],
      date: ['Fälligkeitsdatum', 'Fällig am', 'Datum', 'Aktivität - Fälligkeitsdatum'],
      doneAt: ['Als erledigt markiert am', 'Aktivität - Als erledigt markiert am'],
      time: ['Fälligkeitszeit', 'Fällig um', 'Uhrzeit', 'Aktivität - Fälligkeitszeit'],
      owner: [
        'Zugewiesen an Benutzer',
        'Dem Benutzer zugewiesen',
        'Zugewiesen an',
        'Inhaber',
        'Aktivität - Zugewiesen an Benutzer',
      ],
      type: ['Typ', 'Aktivitätstyp', 'Aktivität - Typ'],
      subject: ['Betreff', 'Thema', 'Aktivität - Betreff'],
      status: ['Erledigt', 'Status', 'Aktivität - Erledigt'],
      contactName: ['Kontaktperson', 'Person', 'Teilnehmer', 'Aktivität - Person', 'Person - Name'],
      contactId: ['Kontaktperson-ID', 'Personen-ID', 'Person - ID'],
      contactEmail: ['E-Mail der Kontaktperson', 'E-Mail', 'Person - E-Mail'],
      dealName: ['Deal', 'Deal-Titel', 'Aktivität - Deal', 'Deal - Titel'],
      dealId: ['Deal-ID', 'Deal - ID'],
    },
    typedHeaders: {},
    types: {
      call: ['Anruf'],
      email: ['E-Mail'],
      meeting: ['Meeting', 'Mittagessen', 'Besprechung'],
      task: ['Aufgabe', 'Frist'],
    },
    directions: { inbound: [], outbound: [] },
    outcomes: {},
    status: {
      done: ['Erledigt', 'Ja', 'Wahr', '1'],
      planned: ['Zu erledigen', 'Nicht erledigt', 'Offen', 'Nein', 'Falsch', '0'],
    },
  },
  fr: FR_EXPORT_WORDS.pipedrive,
  es: ES_EXPORT_WORDS.pipedrive,
  'pt-BR': PT_BR_EXPORT_WORDS.pipedrive,
  nl: NL_EXPORT_WORDS.pipedrive,
  it: IT_EXPORT_WORDS.pipedrive,
};
