// @vitest-environment happy-dom
/**
 * Review s45 (pdgen). A History cut off by a "Show more" control below its entries is read in
 * part, and notRead must say so (README: a timeline "only partly loaded ... is reported as partly
 * read"; feed-state.ts). The control is found only as a <button>, [role="button"] or <a> whose
 * text starts with the words: the same control drawn as an icon button named by its aria-label,
 * or as a [role="link"] element, leaves the reading claiming the whole history.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const entry = (id: number, subject: string, date: string) =>
  `<div class="FlowItem_item__t7Kq2"><span aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true"></button><a href="/activities/${id}">${subject}</a></div>` +
  `<div><span class="FlowItem_date__t7Kq2">${date}</span> · <span>Casey Nguyen</span></div></div>`;

function personPage(control: string, lang: string) {
  return readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
<section class="Flow_flow__i9"><h2>History</h2>
${entry(91001, 'Call Maya', '2026-11-18 15:10')}
${entry(91002, 'Second call', '2026-11-17 15:10')}
${control}
</section></div></main></div>`,
    { lang, title: 'Maya Lindqvist - Persons' },
  );
}

describe('Pipedrive: the History cut off by a "Show more" control', () => {
  it.each([
    [
      'an icon button named by aria-label',
      'en-US',
      '<button type="button" class="cui5-button" aria-label="Show more"><svg viewBox="0 0 16 16"></svg></button>',
    ],
    ['a role="link" element', 'en-US', '<span role="link" tabindex="0" class="Flow_more__x2">Show more</span>'],
    [
      'a German icon button named by aria-label',
      'de-DE',
      '<button type="button" class="cui5-button" aria-label="Mehr anzeigen"><svg viewBox="0 0 16 16"></svg></button>',
    ],
    [
      'a Portuguese role="link" element',
      'pt-BR',
      '<span role="link" tabindex="0" class="Flow_more__x2">Mostrar mais</span>',
    ],
  ])('shown as %s, is reported as read in part', (_name, lang, control) => {
    const { activities, notRead } = personPage(control, lang);
    expect(activities.map((a) => a.title)).toEqual(['Call Maya', 'Second call']);
    expect(notRead.filter((n) => n.field === 'activities')).not.toEqual([]);
  });
});
