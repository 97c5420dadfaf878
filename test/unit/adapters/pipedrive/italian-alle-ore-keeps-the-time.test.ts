/**
 * Italian dates may say the hour as "alle ore 16:15": the form Intl itself prints for it-IT ("16
 * novembre 2026 alle ore 16:15"), and a page's dates follow its locale (crm-pages.md, "All CRMs").
 * The Italian date words knew "alle" but not "alle ore": a dated entry lost its time of day with no
 * notRead (read at day precision), and a relative "Ieri alle ore 16:15" lost its date. Review pd51.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

const intlLong = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
}).format(new Date('2026-11-16T16:15:00Z'));

describe('an it-IT History dated "… alle ore HH:MM"', () => {
  it.each([
    [intlLong, '2026-11-16T16:15:00.000Z'],
    ['Ieri alle ore 16:15', '2026-11-19T16:15:00.000Z'],
  ])('"%s" reads as %s', (date, iso) => {
    const result = readWhole(
      '/person/2210',
      personPage({
        lang: 'it-IT',
        historyTitle: 'Cronologia',
        fields: [
          ['E-mail', '<a href="mailto:maya.lindqvist@nordhavn.example">maya.lindqvist@nordhavn.example</a>'],
          ['Proprietario', 'Casey Nguyen'],
        ],
        history: [
          item({ icon: 'Chiamata', done: true, subject: 'Chiamata conoscitiva', date }),
          item({ icon: 'Riunione', done: true, subject: 'Demo in sede', date: '12 nov 2026, 14:00' }),
        ],
      }),
    );
    if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
    const call = result.activities.find((a) => a.title === 'Chiamata conoscitiva');
    expect(call?.timestamp).toBe(iso);
    expect(call?.timePrecision).toBe('minute');
  });
});
