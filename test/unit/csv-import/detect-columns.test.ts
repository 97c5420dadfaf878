import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../../lib/csv-import/detect-columns';

// Sample header rows written by hand from each CRM's documented export columns (see
// test/fixtures/csv/README.md), never generated from lib/csv-import/words.
describe('detectColumns', () => {
  it('maps a HubSpot calls export in English and says every row is a call', () => {
    const headers = [
      'Record ID',
      'Call title',
      'Activity date',
      'Activity assigned to',
      'Call direction',
      'Call outcome',
      'Call duration (HH:mm:ss)',
      'Associated Contact',
      'Associated Contact IDs',
      'Associated Deal IDs',
    ];
    const detected = detectColumns('hubspot', headers);
    expect(detected.lang).toBe('en');
    expect(detected.impliedType).toBe('call');
    expect(detected.targets).toEqual([
      'sourceId',
      'subject',
      'date',
      'owner',
      'direction',
      'outcome',
      'ignore',
      'contactName',
      'contactId',
      'dealId',
    ]);
  });

  it('maps a HubSpot emails export in German', () => {
    const headers = [
      'Datensatz-ID',
      'E-Mail-Betreff',
      'Aktivitätsdatum',
      'Aktivität zugewiesen zu',
      'E-Mail-Richtung',
      'Zugeordnete Kontakt-IDs',
    ];
    const detected = detectColumns('hubspot', headers);
    expect(detected.lang).toBe('de');
    expect(detected.impliedType).toBe('email');
    expect(detected.targets).toEqual(['sourceId', 'subject', 'date', 'owner', 'direction', 'contactId']);
  });

  it('implies no type for an export mixing calls and meetings', () => {
    const headers = ['Record ID', 'Call title', 'Meeting name', 'Activity date'];
    expect(detectColumns('hubspot', headers).impliedType).toBeUndefined();
  });

  it('maps a Salesforce Tasks and Events report in English, the subject standing in for the type', () => {
    const headers = [
      'Subject',
      'Assigned',
      'Date',
      'Status',
      'Call Type',
      'Call Result',
      'Contact',
      'Opportunity',
      'Activity ID',
      'Priority',
    ];
    const detected = detectColumns('salesforce', headers);
    expect(detected.lang).toBe('en');
    expect(detected.targets).toEqual([
      'subject',
      'owner',
      'date',
      'status',
      'direction',
      'outcome',
      'contactName',
      'dealName',
      'sourceId',
      'ignore',
    ]);
  });

  it('maps a Salesforce report in German', () => {
    const headers = [
      'Betreff',
      'Zugewiesen',
      'Fälligkeitsdatum',
      'Status',
      'Anruftyp',
      'Anrufergebnis',
      'Kontakt',
      'Aktivitäts-ID',
    ];
    const detected = detectColumns('salesforce', headers);
    expect(detected.lang).toBe('de');
    expect(detected.targets).toEqual([
      'subject',
      'owner',
      'date',
      'status',
      'direction',
      'outcome',
      'contactName',
      'sourceId',
    ]);
  });

  it('maps a Pipedrive activities export in English, date and time in two columns', () => {
    const headers = [
      'ID',
      'Subject',
      'Type',
      'Due date',
      'Due time',
      'Duration',
      'Done',
      'Assigned to user',
      'Contact person',
      'Organization',
      'Deal',
    ];
    const detected = detectColumns('pipedrive', headers);
    expect(detected.lang).toBe('en');
    expect(detected.targets).toEqual([
      'sourceId',
      'subject',
      'type',
      'date',
      'time',
      'ignore',
      'status',
      'owner',
      'contactName',
      'ignore',
      'dealName',
    ]);
  });

  it('maps a Pipedrive activities export in German', () => {
    const headers = [
      'ID',
      'Betreff',
      'Typ',
      'Fälligkeitsdatum',
      'Fälligkeitszeit',
      'Erledigt',
      'Zugewiesen an Benutzer',
      'Kontaktperson',
      'Deal',
    ];
    const detected = detectColumns('pipedrive', headers);
    expect(detected.lang).toBe('de');
    expect(detected.targets).toEqual([
      'sourceId',
      'subject',
      'type',
      'date',
      'time',
      'status',
      'owner',
      'contactName',
      'dealName',
    ]);
  });

  it('reads headers with a byte-order mark, other case and extra spaces', () => {
    const detected = detectColumns('hubspot', ['\uFEFFrecord id', '  ACTIVITY DATE ', 'call title']);
    expect(detected.targets).toEqual(['sourceId', 'date', 'subject']);
  });

  it('gives one column per field: the header listed first wins', () => {
    const detected = detectColumns('hubspot', ['Meeting start time', 'Activity date', 'Meeting name']);
    expect(detected.targets).toEqual(['ignore', 'date', 'subject']);
  });

  it('finds nothing in a file whose delimiter was not recognised', () => {
    const detected = detectColumns('hubspot', ['Record ID~Call title~Activity date']);
    expect(detected).toEqual({ targets: ['ignore'], lang: undefined });
  });
});
