// @vitest-environment happy-dom
/**
 * The History filter drawn as tabs (role="tab", the chosen one aria-selected="true"), the common
 * accessible pattern for a segmented filter. crm-evidence-2.md names only `aria-pressed` chips and
 * warns that no single attribute lasts. With "Notes" chosen the feed shows two notes and no call
 * or mail: unreported, the person counts a confident 0 touches. A filter other than "All" makes
 * the activities partial, as an `aria-pressed` chip does (feed-completeness.test.ts); the
 * composer's tabs above the feed ("Notes" chosen, no "All") filter nothing.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const note = (id: number, text: string, date: string) =>
  `<div class="FlowItem_item__t7Kq2"><span aria-label="Note"></span><div><a href="/notes/${id}">${text}</a></div><div><span>${date}</span> · <span>Jordan Blake</span></div></div>`;

const tabs = (names: string[], chosen: string) =>
  `<div role="tablist">${names.map((c) => `<button role="tab" aria-selected="${c === chosen}">${c}</button>`).join('')}</div>`;

const composer = tabs(['Notes', 'Activity', 'Call', 'Email'], 'Notes');

const page = (lang: string, bars: string, history: string) =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonPage_root__k2"><header><h1>Ana Ruiz</h1></header>
<aside><div><span>Email</span> <a href="mailto:ana.ruiz@cobalto.example">ana.ruiz@cobalto.example</a></div></aside>
<div class="Feed_root__p0">${bars}
<section><h2>${history}</h2>${note(71001, 'Prefers email', 'Nov 18, 2026 10:00 AM')}${note(71002, 'Budget confirmed', 'Nov 10, 2026 10:00 AM')}</section></div></div></main></div>`,
    { lang, title: 'Ana Ruiz - Persons' },
  );

const partial = (result: ReturnType<typeof readOk>) => result.notRead.filter((n) => n.field === 'activities');

const EN = ['All', 'Activities', 'Notes', 'Emails', 'Files'];

describe('Pipedrive person: History filtered by a selected tab', () => {
  it.each([
    ['en', EN, 'Notes', 'History'],
    ['de', ['Alle', 'Aktivitäten', 'Notizen', 'E-Mails', 'Dateien'], 'Notizen', 'Verlauf'],
  ])('%s: a feed filtered to notes says its activities are partial', (lang, names, chosen, history) => {
    const result = page(lang, tabs(names, chosen), history);
    expect(result.activities.map((a) => a.type)).toEqual(['note', 'note']);
    expect(partial(result)).toEqual([{ field: 'activities', reason: `the history is filtered to "${chosen}"` }]);
  });

  it('names the History tab chosen, not the composer tab above it', () => {
    const result = page('en', composer + tabs(EN, 'Emails'), 'History');
    expect(partial(result).map((n) => n.reason)).toEqual(['the history is filtered to "Emails"']);
  });

  it.each([
    ['"All" chosen', tabs(EN, 'All')],
    ['"All" chosen, with a count', tabs(['All 2', 'Notes 2', 'Emails 0'], 'All 2')],
    ['the composer\'s "Notes" chosen, the History on "All"', composer + tabs(EN, 'All')],
    ['the composer\'s "Notes" chosen, no History filter', composer],
  ])('%s: the feed is read whole', (_, bars) => {
    expect(partial(page('en', bars, 'History'))).toEqual([]);
  });
});
