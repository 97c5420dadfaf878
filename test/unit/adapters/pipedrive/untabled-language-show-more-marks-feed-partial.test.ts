// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWhole } from './read-written-page';

/**
 * From review pdgen (session 48). A hashed-class person page in Polish (a language Pipedrive
 * ships, without a Touchline word table) whose History ends in a "load more" control: "Pokaż
 * więcej (14)". The feed is only the newest part of the history, yet the reading said nothing:
 * the person looked like it had two touches in total, and days-since-last-touch / counts over the
 * window were computed as if whole. feed-state.ts recognised the control only by words
 * (wording.ts showMore), which Polish has none of. Expected: an `activities` not-read entry (the
 * feed may be partial), as for a control it recognises: a control after the last item whose name
 * ends in a count says there is more. A sidebar card's "(3)" control is no such thing.
 */
const entry = (id: number, icon: string, subject: string, date: string) =>
  `<li class="FlowItem_item__q8Tz1"><span class="cui5-icon" aria-label="${icon}"></span><div class="FlowItem_card__q8Tz1"><div class="FlowItem_head__q8Tz1"><button type="button" role="checkbox" aria-checked="true" aria-label="Oznacz jako niewykonane" class="cui5-checkbox"></button><a href="/activities/${id}">${subject}</a></div><div class="FlowItem_meta__q8Tz1"><span>${date}</span> · <span>Piotr Zieliński</span></div></div></li>`;

const entries = `${entry(8801, 'Połączenie', 'Rozmowa o ofercie', '2026-11-18 14:05')}
${entry(8802, 'Połączenie', 'Pierwszy kontakt', '2026-11-02 09:30')}`;

const sidebar = `<aside><div class="FieldRow_row__Xa91k"><span class="FieldRow_label__Xa91k">E-mail</span><span class="FieldRow_value__Xa91k"><a href="mailto:ola@nowak.example">ola@nowak.example</a></span></div></aside>`;

const shell = (
  body: string,
) => `<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Ola Nowak - Osoby</title></head><body>
<div id="root"><main class="App_main__k2Lp0"><div class="PersonView_root__h2Jk4">
<header class="PersonHeader_root__a8Rt3"><h1 class="cui5-text">Ola Nowak</h1></header>
${body}
</div></main></div></body></html>`;

const page = shell(`${sidebar}
<section class="Flow_root__t5Lm2"><h2>Historia</h2><ul class="Flow_list__t5Lm2">
${entries}
</ul><button type="button" class="cui5-button cui5-button--secondary Flow_more__t5Lm2">Pokaż więcej (14)</button></section>`);

const partial = (html: string) => {
  const reading = readWhole('/person/77', html);
  if (reading.status !== 'read') throw new Error(JSON.stringify(reading));
  expect(reading.activities.map((a) => a.title)).toEqual(['Rozmowa o ofercie', 'Pierwszy kontakt']);
  return reading.notRead.some((n) => n.field === 'activities');
};

describe('Polish person page with "Pokaż więcej (14)" under its History', () => {
  it('reports the history as possibly partial', () => {
    expect(partial(page)).toBe(true);
  });

  it('(control) without the button, the history is whole', () => {
    expect(partial(page.replace(/<button type="button" class="cui5-button[^>]*>[^<]*<\/button>/, ''))).toBe(false);
  });

  it('(control) a sidebar card after the feed, "Osoby (3)" in the same container, says nothing of the feed', () => {
    const feedThenSidebar = shell(`<div class="Layout_root__x1"><section class="Flow_root__t5Lm2"><h2>Historia</h2>
${entries}
</section><aside><h3>Osoby</h3><button type="button">Osoby (3)</button></aside></div>`);
    expect(partial(feedThenSidebar)).toBe(false);
  });
});
