// @vitest-environment happy-dom
/**
 * Review s45 (pdgen). The feed shows Focus (planned) above History (done); crm-evidence-2.md: the
 * History has filter chips (`aria-pressed`), and no source shows its title's markup. Where Focus is
 * an <h2> and the History's title is a plain element (or only its chips show), in the same list,
 * a History activity whose done toggle is an unlabelled icon button is read as planned because the
 * nearest heading above it says "Focus": past calls and meetings stop being touches, with nothing
 * in notRead (metrics.md: a meeting listed in the CRM's past section is held; planned items are
 * never touches).
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const entry = (icon: string, id: number, subject: string, date: string, toggle: string) =>
  `<div class="FlowItem_item__t7Kq2"><span aria-label="${icon}"></span><div>${toggle}<a href="/activities/${id}">${subject}</a></div>` +
  `<div><span class="FlowItem_date__t7Kq2">${date}</span> · <span>Casey Nguyen</span></div></div>`;
const ICON_TOGGLE =
  '<button type="button" class="cui5-button cui5-button--icon"><svg viewBox="0 0 16 16"></svg></button>';

function personPage(
  historyTitle: string,
  words: { focus: string; call: string; meeting: string; done: string },
  lang: string,
) {
  return readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
<div class="Flow_flow__i9">
<h2>${words.focus}</h2>
${entry(words.meeting, 91009, 'Demo', 'November 23, 2026 2:00 PM', `<button type="button" aria-label="${words.done}"></button>`)}
${historyTitle}
<div role="group"><button type="button" aria-pressed="true">All</button><button type="button" aria-pressed="false">Notes</button></div>
${entry(words.call, 91001, 'Call Maya', 'November 18, 2026 3:10 PM', ICON_TOGGLE)}
${entry(words.meeting, 91002, 'Site visit', 'November 17, 2026 10:00 AM', ICON_TOGGLE)}
</div></div></main></div>`,
    { lang, title: 'Maya Lindqvist - Persons' },
  );
}

const EN = { focus: 'Focus', call: 'Call', meeting: 'Meeting', done: 'Mark as done' };

describe('Pipedrive: History entries below a Focus heading', () => {
  it.each([
    ['a plain-div "History" title', '<div class="Flow_title__x1">History</div>'],
    ['no title, only the filter chips', ''],
  ])('under %s, the past call and meeting are done, not planned', (_name, title) => {
    const byTitle = Object.fromEntries(personPage(title, EN, 'en-US').activities.map((a) => [a.title, a]));
    expect(byTitle.Demo?.planned).toBe(true);
    expect(byTitle['Call Maya']?.planned).toBeUndefined();
    expect(byTitle['Site visit']).toMatchObject({ type: 'meeting', outcome: 'held' });
    expect(byTitle['Site visit']?.planned).toBeUndefined();
  });

  it('the same on a German page ("Fokus" heading, "Verlauf" as a plain div)', () => {
    const DE = { focus: 'Fokus', call: 'Anruf', meeting: 'Meeting', done: 'Als erledigt markieren' };
    const byTitle = Object.fromEntries(
      personPage('<div class="Flow_title__x1">Verlauf</div>', DE, 'de-DE').activities.map((a) => [a.title, a]),
    );
    expect(byTitle['Call Maya']?.planned).toBeUndefined();
  });
});
