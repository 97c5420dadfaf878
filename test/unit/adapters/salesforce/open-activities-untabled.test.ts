import { describe, expect, it } from 'vitest';
import { contactPage, read, type Transform } from './contact-page';

/**
 * A Japanese org's contact page with the "Open Activities" related list. Salesforce's Japanese
 * object reference names that list 活動予定 ("将来の行動や未完了の ToDo": future events and open
 * tasks; developer.salesforce.com, atlas.ja-jp, OpenActivity). Touchline has no Japanese word
 * table, but the card's title links to the list's own page,
 * `/lightning/r/Contact/{id}/related/OpenActivities/view` (the Lightning URL shape the English
 * tests use), which says in no language that every row is open.
 *
 * Oracle (metrics.md, "Planned items of any type are never touches while the CRM shows them as
 * planned"): the open ToDo 電話 and the future 行動 デモ are planned, not done. If the reader cannot
 * tell, the page had data it could not read and should say so (a notRead entry), not call them done.
 */
const LIST_PAGE = '/lightning/r/Contact/0035g00000DpQ9xAAF/related/OpenActivities/view';
const HISTORY_PAGE = '/lightning/r/Contact/0035g00000DpQ9xAAF/related/ActivityHistories/view';
const card = (
  title: string,
  href = LIST_PAGE,
) => `<lst-related-list-single-container><article class="slds-card slds-card_boundary">
<div class="slds-card__header slds-grid"><header class="slds-media slds-media_center"><div class="slds-media__body">
<h2 class="slds-card__header-title"><a class="slds-card__header-link" href="${href}"><span class="slds-truncate" title="${title}">${title}</span><span class="slds-shrink-none" title="(2)"> (2)</span></a></h2>
</div></header></div>
<div class="slds-card__body"><table class="slds-table"><thead><tr><th aria-label="件名">件名</th><th aria-label="名前">名前</th><th aria-label="ToDo">ToDo</th><th aria-label="期日">期日</th><th aria-label="割り当て先">割り当て先</th></tr></thead>
<tbody>
<tr><th><a href="/lightning/r/Task/00T5g00000DpQF1EAN/view">電話</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td><input type="checkbox" checked disabled></td><td>2026/11/10</td><td><a href="/lightning/r/User/0055g00000DpQ0zAAF/view">Alex Morgan</a></td></tr>
<tr><th><a href="/lightning/r/Event/00U5g00000DpQF2EAN/view">デモ</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td><input type="checkbox" disabled></td><td>2026/11/25</td><td><a href="/lightning/r/User/0055g00000DpQ0zAAF/view">Alex Morgan</a></td></tr>
</tbody></table></div></article></lst-related-list-single-container>`;

describe('a Japanese page\'s "Open Activities" card (活動予定), a language without a word table', () => {
  it('guard: the English card with the same link reads both rows as planned', () => {
    const r = read(contactPage(card('Open Activities'), { lang: 'en-US' }));
    expect(Object.fromEntries(r.activities.map((a) => [a.title, a.planned === true]))).toEqual({
      電話: true,
      デモ: true,
    });
  });

  it.each(['none', 'stripped'] as Transform[])(
    'reads the open ToDo and the future event as planned, never as done, or says it could not tell (%s)',
    (t) => {
      const r = read(contactPage(card('活動予定'), { lang: 'ja' }), t);
      const rows = r.activities.filter((a) => a.title === '電話' || a.title === 'デモ');
      expect(rows).toHaveLength(2);
      for (const a of rows) {
        const said = r.notRead.some(
          (n) => n.field.includes(`"${a.title}"`) && /open|planned|done|予定/i.test(n.reason),
        );
        expect({ title: a.title, plannedOrReported: a.planned === true || said }).toEqual({
          title: a.title,
          plannedOrReported: true,
        });
      }
    },
  );

  it('reads the rows as open by the link alone, in no language: planned, nothing reported', () => {
    const r = read(contactPage(card('活動予定'), { lang: 'ja' }), 'stripped');
    expect(r.activities.filter((a) => a.planned === true).map((a) => a.title)).toEqual(['電話', 'デモ']);
    expect(r.notRead.filter((n) => n.field.startsWith('planned of'))).toEqual([]);
  });

  it('reads the rows of a card linking to the "Activity History" page (活動履歴) as done, nothing reported', () => {
    const r = read(contactPage(card('活動履歴', HISTORY_PAGE), { lang: 'ja' }));
    expect(r.activities.map((a) => [a.title, a.planned === true])).toEqual([
      ['電話', false],
      ['デモ', false],
    ]);
    expect(r.notRead.filter((n) => n.field.startsWith('planned of'))).toEqual([]);
  });

  it('says it could not tell open from done when neither wording nor link tells (a title without a link)', () => {
    const r = read(contactPage(card('活動予定', '#'), { lang: 'ja' }));
    expect(r.notRead.filter((n) => n.field.startsWith('planned of'))).toEqual([
      {
        field: 'planned of "電話"',
        reason:
          'the page is in "ja", a language Touchline has no words for: only the wording of its section "活動予定 (2)" tells whether it is open or done',
      },
      {
        field: 'planned of "デモ"',
        reason:
          'the page is in "ja", a language Touchline has no words for: only the wording of its section "活動予定 (2)" tells whether it is open or done',
      },
    ]);
  });
});
