import type { CrmExportWords } from './schema';

/**
 * Pipedrive's activities list view exported as CSV ("…" → "Export filter results"): the visible
 * columns, labelled as the activity fields are (Subject, Type, Due date, Due time, Done, Assigned
 * to user, Contact person, Deal, ID) in the user's language.
 */
export const PIPEDRIVE_EXPORT_WORDS: CrmExportWords = {
  en: {
    headers: {
      sourceId: ['ID', 'Activity ID'],
      date: ['Due date', 'Marked as done time', 'Date'],
      time: ['Due time', 'Time'],
      owner: ['Assigned to user', 'Owner', 'Assigned to'],
      type: ['Type', 'Activity type'],
      subject: ['Subject'],
      status: ['Done', 'Status'],
      contactName: ['Contact person', 'Person', 'Participants'],
      contactId: ['Contact person ID', 'Person ID'],
      contactEmail: ['Contact person email', 'Person email', 'Email'],
      dealName: ['Deal', 'Deal title'],
      dealId: ['Deal ID'],
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
      sourceId: ['ID', 'Aktivitäts-ID'],
      date: ['Fälligkeitsdatum', 'Fällig am', 'Als erledigt markiert am', 'Datum'],
      time: ['Fälligkeitszeit', 'Fällig um', 'Uhrzeit'],
      owner: ['Zugewiesen an Benutzer', 'Dem Benutzer zugewiesen', 'Zugewiesen an', 'Inhaber'],
      type: ['Typ', 'Aktivitätstyp'],
      subject: ['Betreff', 'Thema'],
      status: ['Erledigt', 'Status'],
      contactName: ['Kontaktperson', 'Person', 'Teilnehmer'],
      contactId: ['Kontaktperson-ID', 'Personen-ID'],
      contactEmail: ['E-Mail der Kontaktperson', 'E-Mail'],
      dealName: ['Deal', 'Deal-Titel'],
      dealId: ['Deal-ID'],
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
};
