import type { Crm, Outcome } from '../schema/activity';
import type { CsvColumn, LoggedRow } from './logged-row';
import { exportedSubject } from './logged-subject';

/** The English outcome words the CRMs' activity exports and imports use. */
export const OUTCOME_WORDS: Partial<Record<Outcome, string>> = {
  connected: 'Connected',
  'no-answer': 'No answer',
  voicemail: 'Left voicemail',
  busy: 'Busy',
  held: 'Completed',
  'no-show': 'No show',
  cancelled: 'Canceled',
};

const outcome = (row: LoggedRow) => (row.touch.outcome ? (OUTCOME_WORDS[row.touch.outcome] ?? '') : '');
const inbound = (row: LoggedRow) => row.touch.direction === 'inbound';
/** The title; for a touch that came in, the title that says so (logged-subject.ts). */
const subject = (row: LoggedRow) =>
  row.touch.channel && inbound(row) ? exportedSubject(row.touch.channel, 'inbound') : row.touch.title;
const note = (row: LoggedRow) => row.touch.note ?? '';
/** The outcome's words before the note, for a file whose only place for the outcome is its free text. */
const outcomeAndNote = (row: LoggedRow) => [outcome(row), note(row)].filter(Boolean).join(' — ');

/**
 * HubSpot's activity import (Import > activities): calls, emails and meetings are their own
 * objects; LinkedIn messages and SMS are "communications". The contact is matched by record ID or
 * email, the deal by record ID.
 */
const HUBSPOT_TYPES = {
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  social: 'Communication',
  sms: 'Communication',
};
const hubspot: CsvColumn[] = [
  { header: 'Activity type', value: (r) => (r.touch.channel ? HUBSPOT_TYPES[r.touch.channel] : '') },
  { header: 'Activity date', value: (r) => `${r.date} ${r.time}` },
  { header: 'Contact record ID', value: (r) => r.contact?.recordId ?? '' },
  { header: 'Email', value: (r) => r.contact?.email ?? '' },
  { header: 'Deal record ID', value: (r) => r.deal?.recordId ?? '' },
  { header: 'Call direction', value: (r) => (r.touch.channel === 'call' ? (inbound(r) ? 'Inbound' : 'Outbound') : '') },
  {
    header: 'Email direction',
    value: (r) => (r.touch.channel === 'email' ? (inbound(r) ? 'Incoming email' : 'Email') : ''),
  },
  { header: 'Call outcome', value: (r) => (r.touch.channel === 'call' ? outcome(r) : '') },
  { header: 'Meeting outcome', value: (r) => (r.touch.channel === 'meeting' ? outcome(r) : '') },
  {
    header: 'Channel type',
    value: (r) => ({ social: 'LinkedIn message', sms: 'SMS' })[r.touch.channel as 'social' | 'sms'] ?? '',
  },
  { header: 'Body', value: note },
];

/**
 * Salesforce's Task object, for Data Loader (the Data Import Wizard does not import tasks): a completed
 * task per touch, linked to the contact or lead (WhoId) and the opportunity (WhatId) by their 18-character ids.
 * A call's outcome has its field (CallDisposition); a Task has none for a meeting's, so a meeting's
 * goes before the note in Description, as in the Pipedrive note: else a no-show or cancelled meeting
 * goes back as a plain completed one, which Salesforce's reports count as held.
 */
const SALESFORCE_TYPES = { call: 'Call', email: 'Email', meeting: 'Meeting', social: 'Other', sms: 'Other' };
const salesforce: CsvColumn[] = [
  { header: 'Subject', value: subject },
  { header: 'ActivityDate', value: (r) => r.date },
  { header: 'Status', value: () => 'Completed' },
  { header: 'Priority', value: () => 'Normal' },
  { header: 'Type', value: (r) => (r.touch.channel ? SALESFORCE_TYPES[r.touch.channel] : '') },
  { header: 'TaskSubtype', value: (r) => ({ call: 'Call', email: 'Email' })[r.touch.channel as 'call'] ?? 'Task' },
  { header: 'WhoId', value: (r) => r.contact?.recordId ?? '' },
  { header: 'WhatId', value: (r) => r.deal?.recordId ?? '' },
  { header: 'CallType', value: (r) => (r.touch.channel === 'call' ? (inbound(r) ? 'Inbound' : 'Outbound') : '') },
  { header: 'CallDisposition', value: (r) => (r.touch.channel === 'call' ? outcome(r) : '') },
  { header: 'Description', value: (r) => (r.touch.channel === 'meeting' ? outcomeAndNote(r) : note(r)) },
];

/**
 * Pipedrive's spreadsheet import, activity fields (done activities), matched to the person and deal.
 * Its built-in activity types have no LinkedIn or SMS, and a company's own may be named anything:
 * those touches are Tasks, whose subject (logged-subject.ts) the Pipedrive reader reads back.
 */
const PIPEDRIVE_TYPES = { call: 'Call', email: 'Email', meeting: 'Meeting', social: 'Task', sms: 'Task' };
const pipedrive: CsvColumn[] = [
  { header: 'Activity subject', value: subject },
  { header: 'Activity type', value: (r) => (r.touch.channel ? PIPEDRIVE_TYPES[r.touch.channel] : '') },
  { header: 'Activity due date', value: (r) => r.date },
  { header: 'Activity due time', value: (r) => r.time },
  { header: 'Activity done', value: () => 'Done' },
  { header: 'Activity note', value: outcomeAndNote },
  { header: 'Person name', value: (r) => r.contact?.name ?? '' },
  { header: 'Person email', value: (r) => r.contact?.email ?? '' },
  { header: 'Deal title', value: (r) => r.deal?.name ?? '' },
];

/** The columns of each CRM's activity import, in the order written. */
export const CRM_COLUMNS: Record<Crm, CsvColumn[]> = { hubspot, salesforce, pipedrive };
