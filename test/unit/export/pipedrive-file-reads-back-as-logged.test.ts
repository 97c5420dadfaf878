import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../lib/adapters/pipedrive/classify-activity';
import { csvOf } from '../../../lib/export/logged-csv';
import type { LoggedRow } from '../../../lib/export/logged-row';
import { type Activity, type Channel, channelSchema, type Direction } from '../../../lib/schema/activity';
import type { Contact } from '../../../lib/schema/record';

/**
 * metrics.md "Logged in Touchline": a logged touch merges with the page touch of the same channel
 * (never one of the opposite direction, logged-merge.ts) once the CRM shows it; the export exists so
 * the rep puts it back into the CRM. The Pipedrive file's cells are what Pipedrive then shows: the
 * activity's type and subject. Read back by the Pipedrive reader, they must give the logged channel
 * and direction, or the two copies never merge: counted twice on every view, and exported again.
 */
const contact = { recordId: '17', name: 'Maya Chen', email: 'maya@example.com' } as Contact;

function pipedriveLine(channel: Channel, direction: Direction): Record<string, string> {
  const title = { call: 'Call', email: 'Email', meeting: 'Meeting', social: 'Social touch', sms: 'SMS' }[channel];
  const touch = { channel, type: channel, direction, title: `${title} logged in Touchline` } as Activity;
  const row: LoggedRow = { touch, contact, deal: undefined, date: '2026-11-20', time: '06:00' };
  const parsed = Papa.parse<Record<string, string>>(csvOf('pipedrive', [row]), { header: true });
  return parsed.data[0] as Record<string, string>;
}

/** Pipedrive shows the imported activity as done, with its type and subject. */
function readBack(line: Record<string, string>) {
  const subject = line['Activity subject'] ?? '';
  return classifyItem({
    kind: 'activity',
    typeName: line['Activity type'] ?? '',
    text: `${subject} ${line['Activity note'] ?? ''}`,
    title: subject,
    done: true,
    inFocus: false,
    inHistory: true,
  });
}

describe('a logged touch put back into Pipedrive through the CSV reads back as that touch', () => {
  it('a social touch comes back as social, not as a task', () => {
    expect(readBack(pipedriveLine('social', 'outbound'))?.type).toBe('social');
  });

  it('an SMS comes back as sms, not as a task', () => {
    expect(readBack(pipedriveLine('sms', 'outbound'))?.type).toBe('sms');
  });

  it('an inbound call comes back inbound, not as an outbound call', () => {
    const read = readBack(pipedriveLine('call', 'inbound'));
    expect([read?.type, read?.direction]).toEqual(['call', 'inbound']);
  });

  // Every channel either way: Pipedrive keeps no direction for any activity.
  const every = channelSchema.options.flatMap((channel) =>
    (['outbound', 'inbound'] as const).map((direction) => [channel, direction] as const),
  );
  it.each(every)('a %s, %s, comes back as that channel and direction', (channel, direction) => {
    const read = readBack(pipedriveLine(channel, direction));
    expect([read?.type, read?.direction]).toEqual([channel, direction]);
  });
});
