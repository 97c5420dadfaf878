import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../lib/csv-import/mapping';
import { readRow } from '../../../lib/csv-import/read-row';
import type { Crm } from '../../../lib/schema/activity';

const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'Europe/Berlin' };

function read(crm: Crm, mapping: ColumnMapping, cells: string[]) {
  return readRow(cells, { crm, mapping, clock });
}

const hubspotCalls: ColumnMapping = {
  targets: ['sourceId', 'subject', 'date', 'owner', 'direction', 'outcome', 'contactId', 'dealId'],
  lang: 'en',
  impliedType: 'call',
};

describe('readRow', () => {
  it('reads a HubSpot call row: time of day in the reading zone, outcome and direction from words', () => {
    const result = read('hubspot', hubspotCalls, [
      '90001',
      'Discovery call',
      '2026-11-18 14:30',
      'Dana Reyes',
      'Outbound',
      'Left voicemail',
      '501',
      '701',
    ]);
    expect(result).toEqual({
      ok: true,
      row: {
        type: 'call',
        direction: 'outbound',
        timestamp: '2026-11-18T13:30:00.000Z',
        timePrecision: 'minute',
        title: 'Discovery call',
        owner: 'Dana Reyes',
        outcome: 'voicemail',
        sourceId: '90001',
        contactIds: ['501'],
        contactEmails: [],
        dealIds: ['701'],
      },
    });
  });

  it('reads German dates day first and German value words', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'date', 'type', 'status', 'direction'], lang: 'de' };
    const result = read('salesforce', mapping, ['Anruf', '03.11.2026', 'Anruf', 'Abgeschlossen', 'Eingehend']);
    expect(result.ok && result.row).toMatchObject({
      type: 'call',
      direction: 'inbound',
      timestamp: '2026-11-02T23:00:00.000Z',
      timePrecision: 'day',
    });
    // "Abgeschlossen": done, which ends a planned sighting of the same item.
    expect(result.ok && result.row.planned).toBe(false);
  });

  it('joins a separate time column to the date (Pipedrive)', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'type', 'date', 'time'], lang: 'en' };
    const result = read('pipedrive', mapping, ['Intro', 'Call', '2026-11-18', '09:30']);
    expect(result.ok && result.row.timestamp).toBe('2026-11-18T08:30:00.000Z');
  });

  it.each([
    ['2026-11-18 14:30:00', false, '2026-11-18T13:30:00.000Z'],
    ['11/18/2026 2:30 PM', false, '2026-11-18T13:30:00.000Z'],
    ['18.11.2026 14:30', true, '2026-11-18T13:30:00.000Z'],
    ['18/11/2026 14:30', true, '2026-11-18T13:30:00.000Z'],
    ['Nov 18, 2026 2:30 PM', undefined, '2026-11-18T13:30:00.000Z'],
  ])('reads the export date %j (day first: %s) in the reading zone', (text, dayFirst, expected) => {
    const mapping: ColumnMapping = {
      targets: ['subject', 'date'],
      lang: 'en',
      impliedType: 'call',
      ...(dayFirst === undefined ? {} : { dayFirst }),
    };
    const result = read('hubspot', mapping, ['Call', text]);
    expect(result.ok && result.row).toMatchObject({ timestamp: expected, timePrecision: 'minute' });
  });

  it('never guesses an ambiguous numeric date: the row says the order is unknown', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'date'], lang: 'en' };
    expect(read('salesforce', mapping, ['Call', '03/04/2026'])).toEqual({
      ok: false,
      reason: 'date order unknown: "03/04/2026"',
    });
  });

  it('reads the same cell both ways once the order is chosen for the file', () => {
    const base: ColumnMapping = { targets: ['subject', 'date'], lang: 'en' };
    const dayFirst = read('salesforce', { ...base, dayFirst: true }, ['Call', '03/04/2026']);
    const monthFirst = read('salesforce', { ...base, dayFirst: false }, ['Call', '03/04/2026']);
    expect(dayFirst.ok && dayFirst.row.timestamp).toBe('2026-04-02T22:00:00.000Z');
    expect(monthFirst.ok && monthFirst.row.timestamp).toBe('2026-03-03T23:00:00.000Z');
  });

  it('takes the type from a Salesforce subject when the report has no type column', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'date'], lang: 'en', dayFirst: false };
    const result = read('salesforce', mapping, ['Email: Re: pricing', '11/17/2026']);
    expect(result.ok && result.row.type).toBe('email');
  });

  it('finds the contact’s email inside the contact column when there is no email column', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'date', 'contactName'], lang: 'en', impliedType: 'call' };
    const result = read('hubspot', mapping, ['Call', '2026-11-18 14:30', 'Jordan Lee (Jordan@Example.com)']);
    expect(result.ok && result.row.contactEmails).toEqual(['jordan@example.com']);
  });

  it('reads every address of a row that lists several contacts', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'date', 'contactEmail'], lang: 'en', impliedType: 'call' };
    const result = read('hubspot', mapping, ['Call', '2026-11-18 14:30', 'Riley@Example.com; jordan@example.com']);
    expect(result.ok && result.row.contactEmails).toEqual(['riley@example.com', 'jordan@example.com']);
  });

  it('reads HubSpot values printed as internal names', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'date', 'type', 'direction'], lang: 'en' };
    const result = read('hubspot', mapping, ['Re: pricing', '2026-11-18 14:30', 'INCOMING_EMAIL', 'INCOMING_EMAIL']);
    expect(result.ok && result.row).toMatchObject({ type: 'email', direction: 'inbound' });
  });

  it('takes the direction from a HubSpot type word when the export has no direction column', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'date', 'type'], lang: 'en' };
    const sent = read('hubspot', mapping, ['Pilot pricing', '2026-11-16 09:00', 'Email']);
    const reply = read('hubspot', mapping, ['Re: Pilot pricing', '2026-11-17 09:00', 'Incoming email']);
    expect([sent.ok && sent.row.direction, reply.ok && reply.row.direction]).toEqual(['outbound', 'inbound']);
  });

  it('gives a Pipedrive row the direction its page reader gives the same activity (exports have none)', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'type', 'date'], lang: 'en', dayFirst: false };
    const directions = [
      ['Intro call', 'Call'],
      ['Incoming call from Jordan', 'Call'],
      ['Pilot kickoff', 'Meeting'],
      ['Send proposal', 'Task'],
    ].map(([subject, type]) => {
      const result = read('pipedrive', mapping, [subject as string, type as string, '2026-11-18']);
      return result.ok && result.row.direction;
    });
    expect(directions).toEqual(['outbound', 'inbound', 'outbound', 'unknown']);
  });

  it('reads a HubSpot meeting marked Rescheduled as rescheduled, which is not held', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'date', 'outcome'], lang: 'en', impliedType: 'meeting' };
    const result = read('hubspot', mapping, ['Pilot kickoff', '2026-11-16 10:00', 'Rescheduled']);
    expect(result.ok && result.row.outcome).toBe('rescheduled');
  });

  it('marks a Salesforce List Email automated, a plain email not', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'date', 'type'], lang: 'en', dayFirst: false };
    const list = read('salesforce', mapping, ['Email: November newsletter', '11/18/2026', 'List Email']);
    const single = read('salesforce', mapping, ['Email: pricing', '11/18/2026', 'Email']);
    expect([list.ok && list.row.automated, single.ok && single.row.automated]).toEqual([true, undefined]);
  });

  it('marks a not-started task as planned', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'date', 'status', 'type'], lang: 'en', dayFirst: false };
    const result = read('salesforce', mapping, ['Send proposal', '11/25/2026', 'Not Started', 'Task']);
    expect(result.ok && result.row).toMatchObject({ type: 'task', planned: true });
  });

  it('stores Salesforce ids in their 18-character form and drops a Related To id that is no opportunity', () => {
    const mapping: ColumnMapping = {
      targets: ['subject', 'date', 'contactId', 'dealId', 'sourceId'],
      lang: 'en',
      dayFirst: false,
    };
    const result = read('salesforce', mapping, [
      'Call',
      '11/18/2026',
      '0035g00000AbCdE',
      '0015g00000AcCtX',
      '00T5g00000Task1',
    ]);
    // Suffix by hand: per 5-character block, the capitals' positions as bits, read in A–Z0–5.
    expect(result.ok && result.row).toMatchObject({
      contactIds: ['0035g00000AbCdEAAV'],
      dealIds: [],
      sourceId: '00T5g00000Task1EAB',
    });
  });

  it.each([
    [['', 'x', '', '', '', '', '', ''], 'no date'],
    [['1', 'x', 'next blue moon', '', '', '', '', ''], 'date not read: "next blue moon"'],
    [['1', 'x', '2026-11-18 14:30', '', '', '', 'not-an-id', ''], 'not a hubspot contact id: "not-an-id"'],
    // A spreadsheet's rounding of 123456789012: two calls with it would merge as one id (rule 1).
    [['1.23457E+11', 'x', '2026-11-18 14:30', '', '', '', '', ''], 'not a hubspot activity id: "1.23457E+11"'],
  ])('rejects %j: %s', (cells, reason) => {
    expect(read('hubspot', hubspotCalls, cells)).toEqual({ ok: false, reason });
  });

  it("marks an inbound out-of-office email automated, as page readings do, in the file's language", () => {
    const mapping: ColumnMapping = { targets: ['subject', 'date', 'type'], lang: 'en' };
    const ooo = read('hubspot', mapping, ['Automatic reply: Route pricing v2', '2026-11-18 14:30', 'Incoming email']);
    expect(ooo.ok && ooo.row).toMatchObject({ direction: 'inbound', automated: true });
    const answer = read('hubspot', mapping, ['Re: Route pricing v2', '2026-11-18 14:30', 'Incoming email']);
    expect(answer.ok && answer.row.automated).toBeUndefined();
    const german: ColumnMapping = { targets: ['subject', 'date', 'type', 'direction'], lang: 'de' };
    const away = read('salesforce', german, ['Abwesenheitsnotiz: Angebot', '18.11.2026', 'E-Mail', 'Eingehend']);
    expect(away.ok && away.row).toMatchObject({ automated: true });
  });

  it('rejects a type or status word it does not know rather than guessing', () => {
    const mapping: ColumnMapping = { targets: ['subject', 'type', 'date', 'status'], lang: 'en' };
    // HubSpot's and Salesforce's types are fixed lists; Pipedrive's own types: pipedrive-custom-activity-types.test.ts.
    for (const crm of ['hubspot', 'salesforce'] as const)
      expect(read(crm, mapping, ['x', 'Carrier pigeon', '2026-11-18', ''])).toEqual({
        ok: false,
        reason: 'type not understood: "Carrier pigeon"',
      });
    expect(read('pipedrive', mapping, ['x', 'Call', '2026-11-18', 'Maybe'])).toEqual({
      ok: false,
      reason: 'status not understood: "Maybe"',
    });
  });
});

describe('readRow: a date saved again by a spreadsheet with a two-digit year', () => {
  it('reads "1/5/98" as 1998, not 2098 (a planned call 72 years ahead)', () => {
    const result = read('hubspot', { ...hubspotCalls, dayFirst: false }, ['1', 'Old call', '1/5/98', 'Dana Reyes']);
    // Midnight in Berlin, the reading zone: 23:00 UTC the day before.
    expect(result.ok && result.row.timestamp).toBe('1998-01-04T23:00:00.000Z');
  });
});
