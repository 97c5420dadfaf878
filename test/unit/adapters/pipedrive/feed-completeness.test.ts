/**
 * When the shown History is not the record's whole history: still loading below shown items,
 * filtered by a chip, or cut by a "Show more" control. And what is not a loading page.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');
const partial = (html: string) => readPage(html, person.url).notRead.filter((n) => n.field === 'activities');
const historyList = /<div class="FlowList_list__n4Vc7">\n([\s\S]*?)\n {14}<\/div>\n {12}<\/section>/;

describe('the History feed', () => {
  it('still loading below a rendered Focus section: activities are reported partial', () => {
    const loading = edited(person.html, [
      historyList,
      '<div class="FlowList_list__n4Vc7" aria-busy="true"><div class="cui5-spinner" role="progressbar" aria-label="Loading"></div></div>\n            </section>',
    ]);
    expect(partial(loading).map((n) => n.reason)).toEqual(['more history items were still loading']);
  });

  it('filtered by the "Emails" chip: activities are reported partial, naming the chip', () => {
    const items = (person.html.match(historyList)?.[1] ?? '').split(/(?=\n {16}<div class="FlowItem_item__t7Kq2")/);
    const mailOnly = items.filter((item) => item.includes('aria-label="Email"')).join('');
    const filtered = edited(
      person.html,
      ['data-testid="filter-button-all" aria-pressed="true"', 'data-testid="filter-button-all" aria-pressed="false"'],
      [
        'data-testid="filter-button-emails" aria-pressed="false"',
        'data-testid="filter-button-emails" aria-pressed="true"',
      ],
      [person.html.match(historyList)?.[1] ?? '', mailOnly],
    );
    const reading = readPage(filtered, person.url);
    expect(reading.activities.some((a) => a.type === 'call' && !a.planned)).toBe(false);
    expect(partial(filtered).map((n) => n.reason)).toEqual(['the history is filtered to "Emails"']);
  });

  it('with "All" pressed is read whole', () => {
    expect(partial(person.html)).toEqual([]);
  });

  it('ending in a "Show more" button: older activities are reported not read', () => {
    const more = edited(person.html, [
      /(Owner: Jamie Patel → Casey Nguyen[\s\S]*?<\/div>\n {18}<\/div>\n {16}<\/div>\n)/,
      '$1                <button type="button" class="cui5-button">Show more</button>\n',
    ]);
    expect(partial(more).map((n) => n.reason)).toEqual(['older history items are behind a "Show more" control']);
  });
});

describe('a fully rendered page with an unrelated sidebar panel still busy and renamed item classes', () => {
  const html = edited(
    person.html,
    [/FlowItem_/g, 'Fi9x_'],
    [
      '<aside class="DetailView_sidebar__h2Jk4">',
      '<aside class="DetailView_sidebar__h2Jk4"><section class="AppPanel_root__k2Lw8" aria-busy="true" aria-label="Contact enrichment"></section>',
    ],
  );

  it('is read whole, not reported loading', () => {
    const reading = readPage(html, person.url);
    expect(reading.exitCode).toBe(0);
    expect(reading.activities.length).toBeGreaterThan(5);
    expect(partial(html)).toEqual([]);
  });
});
