/**
 * The deal's contacts are the persons of its Persons/Participants sections: the saved page lists two
 * ("Persons (2)": Maya Lindqvist, Jonas Berg). Ola Svensson is another person of the organisation.
 * A person named inside a feed item (an activity's participants, the person an activity was with)
 * is not a contact of the deal (read-deal's own rule, person-links.ts: "Links elsewhere (timeline
 * items, mail bodies) do not make a person a contact of the deal"). Otherwise `contacts-touched`
 * reads "… of 3" for a deal with two persons (metrics.md, Multi-threading: the deal's contacts).
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const OUTCOME = {
  en: '<div class="FlowItem_text__t7Kq2">Outcome: No answer</div>',
  de: '<div class="FlowItem_text__t7Kq2">Ergebnis: Keine Antwort</div>',
};
const HIDDEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)';

function contactIds(html: string, url: string): string[] {
  return (readPage(html, url).record.contacts as { id: string }[]).map((c) => c.id);
}

describe('Pipedrive deal contacts and persons named in the feed', () => {
  it.each([
    ['en', 'deal-hashed', OUTCOME.en, 'Participants'],
    ['de', 'deal-hashed-de', OUTCOME.de, 'Teilnehmer'],
  ] as const)(
    'an activity’s participants line in the feed (%s) adds no deal contact',
    (_lang, name, outcome, label) => {
      const deal = fixturePage('pipedrive', name);
      const page = edited(deal.html, [
        outcome,
        `${outcome}<div class="FlowItem_participants__t7Kq2"><span>${label}</span> <a href="/person/2245">Ola Svensson</a></div>`,
      ]);
      expect(contactIds(page, deal.url)).toEqual(['2210', '2231']);
    },
  );

  it('a feed item’s person link with an assistive "Person" prefix adds no deal contact', () => {
    // The same link component as the sidebar's (visually hidden "Person " before the name), on a call with Ola.
    const deal = fixturePage('pipedrive', 'deal-hashed');
    const page = edited(deal.html, [
      `· <a href="/person/2210">Maya Lindqvist</a></div>\n                  ${OUTCOME.en}`,
      `· <a href="/person/2245"><span style="${HIDDEN}">Person </span>Ola Svensson</a></div>\n                  ${OUTCOME.en}`,
    ]);
    expect(contactIds(page, deal.url)).toEqual(['2210', '2231']);
  });
});
