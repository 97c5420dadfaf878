import { describe, expect, it } from 'vitest';
import { item, timeline } from './contact-page';
import { dealPage, field, readDeal } from './opportunity-page';

/**
 * A summary sentence may count people it does not name (crm-evidence-2.md: "You had a Task with X
 * and 2 others"); on a deal that is reported, since the others may be the deal's other contacts.
 * The same sentence in the org's language, its tail a guess of the translation (no capture shows
 * it): French "et 1 autre", Spanish "y 1 más", German "und 2 weiteren". Pages by hand.
 */
const MAX = '<a href="/lightning/r/Contact/0035g00000MaXyZAAR/view">Max Young</a>';

const read = (lang: string, group: string, summary: string) =>
  readDeal(
    dealPage({
      lang,
      fields: field('Stage', 'Proposal'),
      timeline: timeline('', [
        {
          heading: group,
          items: item({
            token: 'Event',
            icon: 'event',
            iconTitle: 'Event',
            subject: 'Atelier',
            id: '00U5g00000DpQM8EAN',
            date: '12/11/2026',
            summary,
          }),
        },
      ]),
    }),
  );

describe('a deal’s meeting whose sentence counts people it does not name, in the org’s language', () => {
  it.each([
    ['fr-FR', 'novembre • 2026', `Vous aviez un événement avec ${MAX} et 1 autre`, 'one more person'],
    ['es-ES', 'noviembre • 2026', `Usted tuvo un evento con ${MAX} y 1 más`, 'one more person'],
    ['de-DE', 'November • 2026', `Sie hatten ein Ereignis mit ${MAX} und 2 weiteren`, '2 more people'],
  ])('%s: reports its contacts as not all read', (lang, group, summary, people) => {
    const r = read(lang, group, summary);
    expect(r.activities.find((a) => a.type === 'meeting')?.contactIds).toEqual(['0035g00000MaXyZAAR']);
    const said = summary.replace(MAX, 'Max Young');
    expect(r.notRead).toContainEqual({
      field: 'contacts of "Atelier"',
      reason: `its sentence counts ${people} without naming them: "${said}"`,
    });
  });

  it('guard: a French sentence naming everyone it counts reports nothing of its contacts', () => {
    const r = read('fr-FR', 'novembre • 2026', `Vous aviez un événement avec ${MAX}`);
    expect(r.notRead.filter((n) => n.field.startsWith('contacts of'))).toEqual([]);
  });
});
