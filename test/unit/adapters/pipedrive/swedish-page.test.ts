import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

/**
 * A Swedish Pipedrive person page (Swedish has no word table; Italian, the README's example, has one now). README ("Supported CRMs and pages"):
 * "On a page in another language (Italian, say), what only wording tells (a call's direction, what a
 * task was) is reported as not read rather than guessed." contracts.md: `timestamp` is ISO, "or absent
 * with `dateText` kept when the page's date could not be parsed". The Salesforce reader does report a
 * type it cannot tell in a language without words ("a Task may be a logged call ...").
 * Clock 2026-11-20 15:00 UTC: "Igår 16:40" is 19 Nov 16:40.
 */
describe('Pipedrive person page in Swedish', () => {
  const reading = read(
    personPage({
      lang: 'sv',
      history: [
        item({
          icon: 'Samtal',
          done: true,
          checkLabel: 'Markera som ej klar',
          subject: 'Samtal med Maya',
          date: '17 nov. 2026 15:10',
        }),
        item({
          icon: 'Möte',
          done: true,
          checkLabel: 'Markera som ej klar',
          subject: 'Besök på plats',
          date: 'Igår 16:40',
        }),
      ],
    }),
  );
  const call = reading.activities.find((a) => a.title === 'Samtal med Maya');
  const visit = reading.activities.find((a) => a.title === 'Besök på plats');
  const reported = (field: string) => reading.notRead.some((n) => n.field.startsWith(field));

  it('reads the done call as a call, or reports that its type was not read', () => {
    expect(call).toBeDefined();
    expect(call?.type === 'call' || reported('activities')).toBe(true);
  });

  it('keeps a date it cannot read as text and reports it, never dropping it', () => {
    expect(visit).toBeDefined();
    const dated = visit?.timestamp === '2026-11-19T16:40:00.000Z';
    const kept = visit?.dateText?.includes('Igår') === true && reported('activities.timestamp');
    expect(dated || kept).toBe(true);
  });
});

describe('Pipedrive person page in Swedish: synced mail', () => {
  const reading = read(
    personPage({
      lang: 'sv',
      history: [
        item({
          icon: 'E-post',
          subject: 'Re: Volymer Q1',
          href: '/mail/thread/88410',
          date: '2026-11-17 16:40',
          lines: [
            'Från: Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;',
            'Till: Casey Nguyen &lt;casey@acme-sales.example&gt;',
          ],
          body: 'Tack Casey',
        }),
      ],
    }),
  );
  it("reads Maya's mail as inbound, or reports its direction as not read", () => {
    const mail = reading.activities.find((a) => a.title === 'Re: Volymer Q1');
    expect(mail?.direction === 'inbound' || reading.notRead.some((n) => n.field.startsWith('activities'))).toBe(true);
  });
});
