import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../lib/adapters/salesforce/classify-activity';
import { csvOf } from '../../../lib/export/logged-csv';
import type { LoggedRow } from '../../../lib/export/logged-row';
import { type Activity, type Channel, channelSchema, type Direction } from '../../../lib/schema/activity';
import type { Contact } from '../../../lib/schema/record';

/**
 * The Salesforce file (lib/export/crm-columns.ts) makes every logged touch a completed Task; the
 * Activity timeline then shows it as a Task item: the task icon, its Subject, and the sentence
 * "You had a task with …" (a logged call or email: "You logged a call/an email with …", as the
 * fixtures show). Read back by the Salesforce reader it must give the logged channel and direction,
 * or the logged touch never merges with it (metrics.md "Logged in Touchline"): counted twice once
 * completed tasks count, and exported again on every export as a touch "the CRM does not show".
 */
const contact = { recordId: '0035g00000000EXAAY', name: 'Jordan Lee', email: 'jordan@example.com' } as Contact;

function salesforceLine(channel: Channel, direction: Direction): Record<string, string> {
  const title = { call: 'Call', email: 'Email', meeting: 'Meeting', social: 'Social touch', sms: 'SMS' }[channel];
  const touch = { channel, type: channel, direction, title: `${title} logged in Touchline` } as Activity;
  const row: LoggedRow = { touch, contact, deal: undefined, date: '2026-11-20', time: '06:00' };
  return Papa.parse<Record<string, string>>(csvOf('salesforce', [row]), { header: true }).data[0] as Record<
    string,
    string
  >;
}

describe('a logged touch put back into Salesforce through the CSV reads back as that touch', () => {
  it('a meeting (a Task of type Meeting) comes back as a meeting, not as a task', () => {
    const line = salesforceLine('meeting', 'outbound');
    const subject = line.Subject ?? '';
    const summary = 'You had a task with Jordan Lee';
    const read = classifyItem(
      { kind: 'task', assistive: 'Task', subject, summary, all: `${subject} ${summary}` },
      { names: ['Jordan Lee'] },
    );
    expect(read.type).toBe('meeting');
  });

  /**
   * What the timeline shows for each line, collapsed (no Call Type detail): the TaskSubtype's icon
   * and sentence ("You logged a call with …", "You logged an email with …", "You had a task with …").
   */
  function readBack(line: Record<string, string>) {
    const subject = line.Subject ?? '';
    const kind = ({ Call: 'call', Email: 'email' } as Record<string, string>)[line.TaskSubtype ?? ''] ?? 'task';
    const summary = {
      call: 'You logged a call with Jordan Lee',
      email: 'You logged an email with Jordan Lee',
      task: 'You had a task with Jordan Lee',
    }[kind as 'call' | 'email' | 'task'];
    const assistive = kind.charAt(0).toUpperCase() + kind.slice(1);
    return classifyItem({ kind, assistive, subject, summary, all: `${subject} ${summary}` }, { names: ['Jordan Lee'] });
  }

  // Every channel either way: a Task of type Meeting, Other, or an inbound email shows no direction.
  const every = channelSchema.options.flatMap((channel) =>
    (['outbound', 'inbound'] as const).map((direction) => [channel, direction] as const),
  );
  it.each(every)('a %s, %s, comes back as that channel and direction', (channel, direction) => {
    const read = readBack(salesforceLine(channel, direction));
    expect([read.type, read.direction]).toEqual([channel, direction]);
  });
});
