// @vitest-environment happy-dom
/**
 * A subject drawn as a link-styled button ends its line but for a badge; an action drawn with its
 * text stands before the subject on the line (subject-button.ts). So an action the word tables do
 * not name, or on a page in a language without them, is no title when the subject follows it,
 * and a subject button keeps its title beside an outcome badge or an automation tag.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const page = (lang: string, icon: string, header: string) =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
<section class="Flow_flow__i9"><h2>History</h2>
<div class="FlowItem_item__t7Kq2"><span class="FlowItem_icon__p0" aria-label="${icon}"></span>
<div class="FlowItem_header__h1"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button>${header}</div>
<div class="FlowItem_meta__m3"><span class="FlowItem_date__t7Kq2">2026-11-18 15:10</span> · <span>Casey Nguyen</span></div></div>
</section></div></main></div>`,
    { lang, title: 'Maya Lindqvist - Persons' },
  );

const subjectButton = (text: string) =>
  `<button type="button" class="cui5-button cui5-button--variant-link FlowItem_subject__s2">${text}</button>`;

describe('Pipedrive: a text button before the subject on its line', () => {
  it('an action no word table names is no title (German)', () => {
    const [call] = page(
      'de-DE',
      'Anruf',
      '<button type="button">Aktivität duplizieren</button><span>Eingehender Anruf von Maya</span>',
    ).activities;
    expect(call).toMatchObject({ type: 'call', title: 'Eingehender Anruf von Maya', direction: 'inbound' });
  });

  it('an action on a page in a language without words is no title (Polish)', () => {
    const [item] = page(
      'pl-PL',
      'Połączenie',
      '<button type="button">Edytuj aktywność</button><span>Rozmowa z Mayą o cenach</span>',
    ).activities;
    expect(item?.title).toBe('Rozmowa z Mayą o cenach');
  });
});

describe('Pipedrive: a subject button with a badge after it on its line', () => {
  it.each([
    ['Connected', { outcome: 'connected' }],
    ['No answer', { outcome: 'no-answer' }],
    ['Sequence', {}],
  ])('keeps its title beside "%s"', (badge, facts) => {
    const [call] = page(
      'en-US',
      'Call',
      `${subjectButton('Intro call with Maya')} <span class="cui5-badge">${badge}</span>`,
    ).activities;
    expect(call).toMatchObject({ type: 'call', title: 'Intro call with Maya', ...facts });
  });
});
