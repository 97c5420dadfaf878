// @vitest-environment happy-dom
/**
 * From review pdperson (session 46). A control below the feed that fetches older entries, worded
 * "See more", "View more" or "See all activities (14)": the reader knew only labels starting "Show
 * more", "Load more", "Show older", "Load older" (wording.ts showMore, all guesses). With another
 * of the usual wordings the reading said nothing, and a person with 14 older calls read as having
 * one: a confident total where the page itself says there is more (contracts.md: partial results
 * name what was not read). The added wordings are guesses too.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const page = (control: string, lang = 'en-US') =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonPage_root__k2"><header><h1>Ana Ruiz</h1></header>
<aside><div><span>Email</span> <a href="mailto:ana.ruiz@cobalto.example">ana.ruiz@cobalto.example</a></div></aside>
<div class="Feed_root__p0"><section><h2>History</h2>
<div class="FlowItem_item__t7Kq2"><span aria-label="Call"></span><div><button role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/72001">Pricing call</a></div><div><span>2026-11-16 09:00</span> · <span>Jordan Blake</span></div></div>
</section>${control}</div></div></main></div>`,
    { lang, title: 'Ana Ruiz - Persons' },
  );

const partial = (control: string, lang?: string) => {
  const result = page(control, lang);
  expect(result.activities).toHaveLength(1);
  return result.notRead.some((n) => n.field === 'activities');
};

describe('Pipedrive person: a control for older feed entries', () => {
  it.each([
    ['<button type="button">See more</button>'],
    ['<button type="button">View more</button>'],
    ['<a href="#" role="button">See all activities (14)</a>'],
  ])('%s: the activities are reported partial', (control) => {
    expect(partial(control)).toBe(true);
  });

  it.each([
    ['de-DE', 'Alle Aktivitäten anzeigen (14)'],
    ['fr-FR', 'Voir toutes les activités (14)'],
    ['es-ES', 'Ver todas las actividades (14)'],
    ['pt-BR', 'Ver todas as atividades (14)'],
  ])('%s "%s": the activities are reported partial', (lang, label) => {
    expect(partial(`<button type="button">${label}</button>`, lang)).toBe(true);
  });

  it('(control) a "See all" that names no activities says nothing of the feed', () => {
    expect(partial('<button type="button">See all</button>')).toBe(false);
  });
});
