import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvOf } from '../../../lib/export/logged-csv';
import type { LoggedRow } from '../../../lib/export/logged-row';
import type { Activity, Channel, Direction } from '../../../lib/schema/activity';
import type { Contact } from '../../../lib/schema/record';

/**
 * HubSpot's activity import takes a call's direction ("Call direction") and an email's ("Email
 * direction", whose values its own exports print: "Email" for one sent, "Incoming email" for one
 * received, lib/csv-import/words/hubspot.ts). The file wrote none for an email, so an email the rep
 * logged as received went into HubSpot as sent.
 */
const contact = { recordId: '51', name: 'Maya Chen', email: 'maya@example.com' } as Contact;

function hubspotLine(channel: Channel, direction: Direction): Record<string, string> {
  const touch = { channel, type: channel, direction, title: 'logged' } as Activity;
  const row: LoggedRow = { touch, contact, deal: undefined, date: '2026-11-20', time: '06:00' };
  return Papa.parse<Record<string, string>>(csvOf('hubspot', [row]), { header: true }).data[0] as Record<
    string,
    string
  >;
}

describe('an email logged in Touchline, in the HubSpot file', () => {
  it('says "Incoming email" when it came in and "Email" when it was sent', () => {
    expect(hubspotLine('email', 'inbound')['Email direction']).toBe('Incoming email');
    expect(hubspotLine('email', 'outbound')['Email direction']).toBe('Email');
  });

  it('leaves the email direction empty for other touches', () => {
    expect(hubspotLine('call', 'inbound')['Email direction']).toBe('');
    expect(hubspotLine('sms', 'inbound')['Email direction']).toBe('');
  });
});
