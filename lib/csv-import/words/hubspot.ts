import { ES_EXPORT_WORDS } from './es';
import { FR_EXPORT_WORDS } from './fr';
import { IT_EXPORT_WORDS } from './it';
import { NL_EXPORT_WORDS } from './nl';
import { PT_BR_EXPORT_WORDS } from './pt-br';
import type { CrmExportWords } from './schema';

/**
 * HubSpot exports of the calls, emails, meetings and tasks index pages: one column per activity
 * property, labelled as in "HubSpot's default activity properties" (Activity date, Activity
 * assigned to, Call title, Call direction, Call outcome, Meeting outcome, Task status, Record ID),
 * plus the association columns the export adds (Associated Contact, Associated Deal and their IDs).
 */
export const HUBSPOT_EXPORT_WORDS: CrmExportWords = {
  en: {
    headers: {
      sourceId: ['Record ID', 'Activity ID', 'Engagement ID'],
      date: ['Activity date', 'Meeting start time', 'Due date', 'Timestamp'],
      owner: ['Activity assigned to', 'Assigned to', 'Activity owner', 'Owner'],
      type: ['Activity type', 'Engagement type', 'Type'],
      subject: ['Call title', 'Email subject', 'Meeting name', 'Task title', 'Subject', 'Title'],
      direction: ['Call direction', 'Email direction', 'Direction'],
      outcome: ['Call outcome', 'Meeting outcome', 'Outcome'],
      status: ['Task status', 'Status'],
      contactName: ['Associated Contact', 'Associated contacts', 'Contact'],
      contactId: ['Associated Contact IDs', 'Associated Contact ID', 'Contact ID'],
      contactEmail: ['Associated Contact email', 'Contact email', 'Email'],
      dealName: ['Associated Deal', 'Associated deals', 'Deal'],
      dealId: ['Associated Deal IDs', 'Associated Deal ID', 'Deal ID'],
    },
    typedHeaders: {
      'Call title': 'call',
      'Call direction': 'call',
      'Call outcome': 'call',
      'Email subject': 'email',
      'Email direction': 'email',
      'Meeting name': 'meeting',
      'Meeting outcome': 'meeting',
      'Meeting start time': 'meeting',
      'Task title': 'task',
      'Task status': 'task',
    },
    types: {
      call: ['Call', 'Calls'],
      // Internal values too (INCOMING_EMAIL, LINKEDIN_MESSAGE): exports with "property internal values" print them.
      email: ['Email', 'Emails', 'Incoming email', 'Forwarded email', 'INCOMING_EMAIL', 'FORWARDED_EMAIL'],
      meeting: ['Meeting', 'Meetings'],
      social: ['LinkedIn message', 'LinkedIn', 'LINKEDIN_MESSAGE'],
      sms: ['SMS', 'WhatsApp message', 'WhatsApp', 'WHATS_APP'],
      note: ['Note', 'Notes'],
      task: ['Task', 'Tasks', 'To-do'],
    },
    directions: {
      inbound: ['Inbound', 'Incoming email', 'Received', 'INCOMING_EMAIL'],
      outbound: ['Outbound', 'Email', 'Sent', 'Forwarded email', 'FORWARDED_EMAIL'],
    },
    outcomes: {
      connected: ['Connected'],
      'no-answer': ['No answer', 'Wrong number'],
      voicemail: ['Left voicemail', 'Left live message'],
      busy: ['Busy'],
      held: ['Completed'],
      'no-show': ['No show', 'NO_SHOW'],
      rescheduled: ['Rescheduled', 'RESCHEDULED'],
      cancelled: ['Canceled', 'Cancelled'],
    },
    status: {
      done: ['Completed', 'Done'],
      planned: ['Not started', 'In progress', 'Waiting', 'Deferred', 'Scheduled'],
    },
  },
  de: {
    headers: {
      sourceId: ['Datensatz-ID', 'Aktivitäts-ID'],
      date: ['Aktivitätsdatum', 'Startzeit des Meetings', 'Fälligkeitsdatum'],
      owner: ['Aktivität zugewiesen zu', 'Aktivität zugewiesen an', 'Zugewiesen an', 'Zuständiger Mitarbeiter'],
      type: ['Aktivitätstyp', 'Typ'],
      subject: ['Anruftitel', 'E-Mail-Betreff', 'Meeting-Name', 'Aufgabentitel', 'Betreff', 'Titel'],
      direction: ['Anrufrichtung', 'E-Mail-Richtung', 'Richtung'],
      outcome: ['Anrufergebnis', 'Meeting-Ergebnis', 'Ergebnis'],
      status: ['Aufgabenstatus', 'Status'],
      contactName: ['Zugeordneter Kontakt', 'Zugeordnete Kontakte', 'Kontakt'],
      contactId: ['Zugeordnete Kontakt-IDs', 'Zugeordnete Kontakt-ID', 'Kontakt-ID'],
      contactEmail: ['E-Mail des zugeordneten Kontakts', 'Kontakt-E-Mail', 'E-Mail'],
      dealName: ['Zugeordneter Deal', 'Zugeordnete Deals', 'Deal'],
      dealId: ['Zugeordnete Deal-IDs', 'Zugeordnete Deal-ID', 'Deal-ID'],
    },
    typedHeaders: {
      Anruftitel: 'call',
      Anrufrichtung: 'call',
      Anrufergebnis: 'call',
      'E-Mail-Betreff': 'email',
      'E-Mail-Richtung': 'email',
      'Meeting-Name': 'meeting',
      'Meeting-Ergebnis': 'meeting',
      'Startzeit des Meetings': 'meeting',
      Aufgabentitel: 'task',
      Aufgabenstatus: 'task',
    },
    types: {
      call: ['Anruf', 'Anrufe'],
      email: ['E-Mail', 'E-Mails', 'Eingehende E-Mail', 'Weitergeleitete E-Mail'],
      meeting: ['Meeting', 'Meetings', 'Besprechung'],
      social: ['LinkedIn-Nachricht', 'LinkedIn'],
      sms: ['SMS', 'WhatsApp-Nachricht', 'WhatsApp'],
      note: ['Notiz', 'Notizen'],
      task: ['Aufgabe', 'Aufgaben'],
    },
    directions: {
      inbound: ['Eingehend', 'Eingehende E-Mail', 'Empfangen'],
      outbound: ['Ausgehend', 'E-Mail', 'Gesendet', 'Weitergeleitete E-Mail'],
    },
    outcomes: {
      connected: ['Verbunden'],
      'no-answer': ['Keine Antwort', 'Falsche Nummer'],
      voicemail: ['Voicemail hinterlassen', 'Live-Nachricht hinterlassen', 'Sprachnachricht hinterlassen'],
      busy: ['Besetzt'],
      held: ['Abgeschlossen'],
      'no-show': ['Nicht erschienen'],
      rescheduled: ['Verschoben'],
      cancelled: ['Abgesagt', 'Storniert'],
    },
    status: {
      done: ['Abgeschlossen', 'Erledigt'],
      planned: ['Nicht begonnen', 'In Bearbeitung', 'Wartend', 'Zurückgestellt', 'Geplant'],
    },
  },
  fr: FR_EXPORT_WORDS.hubspot,
  es: ES_EXPORT_WORDS.hubspot,
  'pt-BR': PT_BR_EXPORT_WORDS.hubspot,
  nl: NL_EXPORT_WORDS.hubspot,
  it: IT_EXPORT_WORDS.hubspot,
};
