// @vitest-environment happy-dom
/**
 * Review s45 (pdgen). In a hashed React feed the activity's subject may be a link-styled <button>
 * that opens the activity (no /activities/{id} href). item-title.ts skips every chunk inside a
 * button, so the subject is lost: the title falls back to the kind ("activity") and a call whose
 * subject says "Incoming call from Maya" is read as outbound (activity-direction.ts reads the
 * direction from the subject): an inbound call counted as the rep's attempt, with nothing in
 * notRead.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

function personPage(subject: string, lang: string, icon: string, done: string) {
  return readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
<section class="Flow_flow__i9"><h2>History</h2>
<div class="FlowItem_item__t7Kq2"><span class="FlowItem_icon__p0" aria-label="${icon}"></span>
<div class="FlowItem_header__h1"><button type="button" class="cui5-button" aria-label="${done}"></button><button type="button" class="cui5-button cui5-button--variant-link FlowItem_subject__s2">${subject}</button></div>
<div class="FlowItem_meta__m3"><span class="FlowItem_date__t7Kq2">2026-11-18 15:10</span> · <span>Casey Nguyen</span></div></div>
</section></div></main></div>`,
    { lang, title: 'Maya Lindqvist - Persons' },
  );
}

describe('Pipedrive: a call whose subject is a link-styled button', () => {
  it.each([
    ['en-US', 'Incoming call from Maya', 'Call', 'Mark as not done'],
    ['es-ES', 'Llamada entrante de Maya', 'Llamada', 'Marcar como no completada'],
  ])('%s: "%s" is its title, and the call came in', (lang, subject, icon, done) => {
    const [call] = personPage(subject, lang, icon, done).activities;
    expect(call).toMatchObject({ type: 'call', title: subject, direction: 'inbound' });
  });
});
