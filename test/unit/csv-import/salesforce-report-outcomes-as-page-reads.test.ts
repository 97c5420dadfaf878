import { describe, expect, it } from 'vitest';
import { dump, freshDb, importText } from './import-fixture';

/**
 * A Salesforce "Tasks and Events" report row's outcome is read as the Lightning page reader reads
 * the same Task or Event, so a report alone counts what the page would (metrics.md: a meeting is a
 * touch once held, "no cancelled, no-show or rescheduled outcome"; connect rate = calls with a
 * connected outcome / call attempts):
 * - an Event whose subject opens with calendar sync's cancelled label in the report's language
 *   ("Canceled: Pricing review", "Abgesagt: Pilotbesprechung") was cancelled (cancelled-subject.ts),
 *   and one whose subject says it was missed ("Pricing review – no show") was a no-show;
 * - a Call Result that is one of Sales Engagement's own means what the page reader's table says:
 *   "Meaningful Connect" and "Not Interested" reached a person, "Call Back Later" does not say.
 */
const TENANT = 'acme.lightning.force.com';

async function outcomes(header: string, rows: string[]) {
  const db = await freshDb();
  await importText(db, 'salesforce', TENANT, [header, ...rows].join('\n'));
  return (await dump(db)).map((a) => [a.title, a.outcome]);
}

describe('a Salesforce report Event read as its page reads the same Event', () => {
  const header = 'Activity ID,Subject,Task/Event,Assigned,Date,Time,Contact ID';
  const event = (id: string, subject: string) =>
    `00U5e00000Ev00${id}AA,${subject},Event,Dana Reyes,11/18/2026,2:00 PM,0035g00000AbCdE`;

  it('is cancelled when its subject opens with "Canceled:", a no-show when its subject says so', async () => {
    expect(
      await outcomes(header, [event('01', 'Canceled: Pricing review'), event('02', 'Pricing review – no show')]),
    ).toEqual(
      expect.arrayContaining([
        ['Canceled: Pricing review', 'cancelled'],
        ['Pricing review – no show', 'no-show'],
      ]),
    );
  });

  it('keeps no outcome where the subject says nothing of how it went', async () => {
    expect(await outcomes(header, [event('03', 'Weekly sync')])).toEqual([['Weekly sync', undefined]]);
  });

  it("reads a German report's cancelled label, German being the report's language", async () => {
    const german = 'Aktivitäts-ID,Betreff,Aufgabe/Ereignis,Zugewiesen,Datum,Uhrzeit,Kontakt-ID';
    const row = '00U5e00000Ev0004AA,Abgesagt: Pilotbesprechung,Ereignis,Dana Reyes,18.11.2026,14:00,0035g00000AbCdE';
    expect(await outcomes(german, [row])).toEqual([['Abgesagt: Pilotbesprechung', 'cancelled']]);
  });
});

describe("a Salesforce report call's Call Result read as its page reads it", () => {
  const header = 'Activity ID,Subject,Task Subtype,Assigned,Date,Status,Call Result,Contact ID';
  const call = (id: string, result: string) =>
    `00T5e00000Tk00${id}AA,${result},Call,Dana Reyes,11/17/2026,Completed,${result},0035g00000AbCdE`;

  it("reads Sales Engagement's own results by the page reader's table, others by the export's", async () => {
    const results = ['Meaningful Connect', 'Not Interested', 'Call Back Later', 'Left Voicemail', 'No Answer'];
    const read = await outcomes(
      header,
      results.map((result, i) => call(`1${i}`, result)),
    );
    expect(new Map(read as [string, string][])).toEqual(
      new Map([
        ['Meaningful Connect', 'connected'],
        ['Not Interested', 'connected'],
        ['Call Back Later', 'unknown'],
        ['Left Voicemail', 'voicemail'],
        ['No Answer', 'no-answer'],
      ]),
    );
  });
});
