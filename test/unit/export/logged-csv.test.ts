import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { previewWithEncoding } from '../../../lib/csv-import/parse-csv';
import { csvOf, loggedTouchesCsv } from '../../../lib/export/logged-csv';
import type { LoggedRow } from '../../../lib/export/logged-row';
import type { Activity } from '../../../lib/schema/activity';
import type { Contact, Deal } from '../../../lib/schema/record';
import { DEAL, workedCache } from '../backup/backup-world';
import { NOW, ZONE } from '../db/world-readings';

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe('touches logged in Touchline as a CSV for the CRM', () => {
  it("writes HubSpot's activity import columns, one row per touch the CRM does not show yet", async () => {
    const db = await workedCache();
    const files = await loggedTouchesCsv(db, ZONE, NOW);

    expect(files.map((f) => [f.crm, f.fileName, f.rows])).toEqual([
      ['hubspot', 'touchline-logged-hubspot-4412345-2026-11-20.csv', 1],
    ]);
    const { data, meta } = parse(files[0]?.text ?? '');
    expect(meta.fields).toEqual([
      'Activity type',
      'Activity date',
      'Contact record ID',
      'Email',
      'Deal record ID',
      'Call direction',
      'Email direction',
      'Call outcome',
      'Meeting outcome',
      'Channel type',
      'Body',
    ]);
    // The social touch logged on the deal, at NOW (07:00 in Los Angeles); the merged call is left out.
    expect(data).toEqual([
      {
        'Activity type': 'Communication',
        'Activity date': '2026-11-20 07:00',
        'Contact record ID': '',
        Email: '',
        'Deal record ID': String(DEAL.id),
        'Call direction': '',
        'Email direction': '',
        'Call outcome': '',
        'Meeting outcome': '',
        'Channel type': 'LinkedIn message',
        Body: 'InMail',
      },
    ]);
  });

  const contact = { recordId: '003000000000001AAA', name: 'Ada, "the" Buyer', email: 'ada@example.com' } as Contact;
  const deal = { recordId: '006000000000001AAA', name: 'Renewal' } as Deal;
  const call = {
    channel: 'call',
    direction: 'inbound',
    outcome: 'voicemail',
    title: 'Call logged in Touchline',
    note: 'Asked for, a quote\nnext week',
  } as Activity;
  const row: LoggedRow = { touch: call, contact, deal, date: '2026-11-19', time: '16:05' };

  it('writes a completed Salesforce task linked by WhoId and WhatId', () => {
    const { data, meta } = parse(csvOf('salesforce', [row]));
    expect(meta.fields).toEqual([
      'Subject',
      'ActivityDate',
      'Status',
      'Priority',
      'Type',
      'TaskSubtype',
      'WhoId',
      'WhatId',
      'CallType',
      'CallDisposition',
      'Description',
    ]);
    expect(data[0]).toEqual({
      // The call came in, which only the subject can tell the Salesforce reader where no CallType shows.
      Subject: 'Inbound call logged in Touchline',
      ActivityDate: '2026-11-19',
      Status: 'Completed',
      Priority: 'Normal',
      Type: 'Call',
      TaskSubtype: 'Call',
      WhoId: '003000000000001AAA',
      WhatId: '006000000000001AAA',
      CallType: 'Inbound',
      CallDisposition: 'Left voicemail',
      Description: 'Asked for, a quote\nnext week',
    });
  });

  it('writes a done Pipedrive activity matched by person and deal, quoting commas, quotes and line breaks', () => {
    const text = csvOf('pipedrive', [row]);
    expect(text).toContain('"Ada, ""the"" Buyer"');
    expect(parse(text).data[0]).toEqual({
      // Pipedrive keeps no direction: the subject says it, as the Pipedrive reader reads it back.
      'Activity subject': 'Inbound call logged in Touchline',
      'Activity type': 'Call',
      'Activity due date': '2026-11-19',
      'Activity due time': '16:05',
      'Activity done': 'Done',
      'Activity note': 'Left voicemail — Asked for, a quote\nnext week',
      'Person name': 'Ada, "the" Buyer',
      'Person email': 'ada@example.com',
      'Deal title': 'Renewal',
    });
  });

  const jose = { ...row, contact: { recordId: '812', name: 'José Núñez', email: 'jose@example.com' } as Contact };

  it('starts the file with a UTF-8 byte-order mark, so Excel on Windows reads "José Núñez" as UTF-8, not its code page', async () => {
    // Saved as the options page saves it: the text in a Blob, which writes UTF-8.
    const bytes = new Uint8Array(await new Blob([csvOf('pipedrive', [jose])]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parse(new TextDecoder('utf-8').decode(bytes)).data[0]?.['Person name']).toBe('José Núñez');
  });

  it("reads back through Touchline's own import with the mark left out of the first header", async () => {
    const file = new File([csvOf('pipedrive', [jose])], 'touchline-logged-pipedrive-acme-2026-11-20.csv');
    const { rows } = await previewWithEncoding(file, 5);
    expect(rows[0]?.[0]).toBe('Activity subject');
    expect(rows[1]).toContain('José Núñez');
  });
});
