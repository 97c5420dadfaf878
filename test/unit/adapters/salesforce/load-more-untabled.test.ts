import { describe, expect, it } from 'vitest';
import { contactPage, item, read, type Transform, timeline } from './contact-page';

/**
 * A timeline whose older activities wait behind Lightning's "Load More Past Activities" button
 * (a button below the last month group, inside the timeline). The README: "A timeline the CRM
 * shows filtered, folded or only partly loaded ("Load More Past Activities", …) is reported as
 * partly read", and "On a page in another language (Italian, say), what only wording tells … is
 * reported as not read rather than guessed."
 *
 * On a page in a language Touchline has no words for (Swedish, Japanese), whether the button
 * under the timeline loads more history is told only by its wording: the reader cannot tell, so
 * it must not pass the shown items off as the whole history. Oracle: at least one `activities`
 * notRead entry, as the English page gets. The button wording is written in each language's
 * style (Touchline has no table for either, so any wording is unread), a guess of the exact text.
 */
const past = item({
  token: 'Event',
  icon: 'event',
  iconTitle: 'Händelse',
  subject: 'Discovery meeting',
  id: '00U5g00000DpQF2EAN',
  date: '14:00 | 22 okt. 2026',
});
const page = (lang: string, heading: string, button: string) =>
  contactPage(
    timeline('', [{ heading, items: past }]).replace(
      /<\/div>\s*$/,
      `<div class="slds-m-vertical_small"><button class="slds-button slds-button_neutral">${button}</button></div></div>`,
    ),
    { lang },
  );
const gaps = (html: string, t: Transform = 'none') => read(html, t).notRead.filter((n) => n.field === 'activities');
/** A related list after the timeline, its "New" button (新規) and a row: a card's button loads no history. */
const relatedCard = `<lst-related-list-single-container><article class="slds-card"><div class="slds-card__header"><h2 class="slds-card__header-title"><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/related/AttachedContentNotes/view">メモ</a></h2><button class="slds-button">新規</button></div>
<div class="slds-card__body"><table><thead><tr><th aria-label="タイトル">タイトル</th></tr></thead><tbody><tr><th><a href="/lightning/r/Task/00T5g00000DpQF9EAN/view">電話メモ</a></th></tr></tbody></table></div></article></lst-related-list-single-container>`;

describe("older activities behind the timeline's load button, in a language without a word table", () => {
  it('guard: the English page says the history is partly read', () => {
    expect(gaps(page('en-US', 'October • 2026', 'Load More Past Activities'))).toHaveLength(1);
  });

  it.each([
    ['sv-SE', 'oktober • 2026', 'Läs in fler tidigare aktiviteter'],
    ['ja', '2026年10月', '過去の活動をさらに読み込む'],
  ])('%s: says the shown history may not be the whole one', (lang, heading, button) => {
    expect(gaps(page(lang, heading, button)).length).toBeGreaterThan(0);
  });

  it('ja, with no class names (stripped): says so too', () => {
    expect(gaps(page('ja', '2026年10月', '過去の活動をさらに読み込む'), 'stripped')).toEqual([
      {
        field: 'activities',
        reason:
          'the page is in "ja", a language Touchline has no words for: the "過去の活動をさらに読み込む" button below the activity timeline may load older activities',
      },
    ]);
  });

  it('guard: a button above the items (a header action) or a related list\'s "New" button is no gap', () => {
    const html = contactPage(
      `<div><button class="slds-button">更新</button></div>${timeline('', [{ heading: '2026年10月', items: past }])}${relatedCard}`,
      { lang: 'ja' },
    );
    expect(gaps(html)).toEqual([]);
    expect(gaps(html, 'stripped')).toEqual([]);
  });
});
