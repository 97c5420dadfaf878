// @vitest-environment happy-dom
/**
 * An item's action buttons drawn with their text on a row of their own above the subject ("Reply
 * all · Forward", "Edit activity"): nothing after them on their row could be the subject, so only
 * their words tell them from a subject drawn as a button (wording.ts `controls`, per language).
 * Read as the title, the action names the touch, and a call loses the direction its subject tells.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const entry = (icon: string, actions: string, subject: string, extra = '') =>
  `<div class="FlowItem_item__t7Kq2"><span class="FlowItem_icon__p0" aria-label="${icon}"></span>` +
  `<div class="FlowItem_actions__h1">${actions}</div><div class="FlowItem_header__h1"><span>${subject}</span></div>${extra}` +
  `<div class="FlowItem_meta__m3"><span class="FlowItem_date__t7Kq2">2026-11-18 15:10</span> · <span>Casey Nguyen</span></div></div>`;

const page = (lang: string, item: string) =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
<section class="Flow_flow__i9"><h2>History</h2>${item}</section></div></main></div>`,
    { lang, title: 'Maya Lindqvist - Persons' },
  );

const button = (text: string) => `<button type="button">${text}</button>`;
const mailLines = (from: string, to: string) =>
  `<div><span>${from}:</span> <span>Casey Nguyen</span></div><div><span>${to}:</span> <a href="/person/2210">Maya Lindqvist</a></div>`;

describe('Pipedrive: a row of action buttons with their text above the subject', () => {
  it.each([
    ['en-US', 'Email', `${button('Reply all')} ${button('Forward')}`, 'Re: pricing for Q1', mailLines('From', 'To')],
    [
      'de-DE',
      'E-Mail',
      `${button('Allen antworten')} ${button('Weiterleiten')}`,
      'AW: Preise für Q1',
      mailLines('Von', 'An'),
    ],
    ['en-US', 'Meeting', button('Mark as complete'), 'Site visit', ''],
  ])('%s: "%s" item keeps its subject', (lang, icon, actions, subject, extra) => {
    const [item] = page(lang, entry(icon, actions, subject, extra)).activities;
    expect(item?.title).toBe(subject);
  });

  it.each([
    ['en-US', 'Call', 'Edit activity', 'Incoming call from Maya'],
    ['fr-FR', 'Appel', 'Modifier l’activité', 'Appel entrant de Maya'],
    ['es-ES', 'Llamada', 'Editar actividad', 'Llamada entrante de Maya'],
  ])('%s: a call under "%s" keeps its subject and came in', (lang, icon, action, subject) => {
    const [call] = page(lang, entry(icon, button(action), subject)).activities;
    expect(call).toMatchObject({ type: 'call', title: subject, direction: 'inbound' });
  });
});
