// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, read } from './contact-page';

/**
 * metrics.md: "Planned items of any type are never touches while the CRM shows them as planned."
 * Every row of the "Open Activities" related list is open (find-items.ts reads the list's title link
 * `/related/OpenActivities/view`, in no language). A Lightning datatable's column headings carry a
 * column-actions menu button ("Show Subject column actions", `aria-haspopup`). The reader takes the
 * nearest button before a row as the row's section heading, so the first heading's menu button
 * stands for the section: not an upcoming wording, so the row is read as done.
 * Oracle, by hand: the open call task due 11/17/2026 (overdue on 2026-11-20) is planned, never a
 * done outbound call on Nov 17.
 */
const th = (h: string) =>
  `<th aria-label="${h}" scope="col"><a class="slds-th__action slds-text-link_reset" role="button" tabindex="-1"><span class="slds-assistive-text">Sort by: </span><span class="slds-truncate" title="${h}">${h}</span></a><lightning-button-menu><button class="slds-button slds-button_icon-bare" aria-haspopup="true" title="Show ${h} column actions"><span class="slds-assistive-text">Show ${h} column actions</span></button></lightning-button-menu></th>`;
const openActivities = `<lst-related-list-single-container><article class="slds-card slds-card_boundary">
<div class="slds-card__header slds-grid"><header class="slds-media"><div class="slds-media__body"><h2 class="slds-card__header-title"><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/related/OpenActivities/view"><span title="Open Activities">Open Activities</span> (1)</a></h2></div></header></div>
<div class="slds-card__body"><table class="slds-table"><thead><tr>${['Subject', 'Name', 'Task', 'Due Date', 'Assigned To'].map(th).join('')}</tr></thead>
<tbody><tr><th scope="row"><a href="/lightning/r/Task/00T5g00000DpQC4EAN/view">Call: pricing follow-up</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td><input type="checkbox" checked disabled></td><td>11/17/2026</td><td>Alex Morgan</td></tr></tbody>
</table></div></article></lst-related-list-single-container>`;

describe('an "Open Activities" row in a table whose headings have column-action menus', () => {
  it.each(['none', 'stripped'] as const)('is planned (%s)', (t) => {
    const call = read(contactPage(openActivities), t).activities.find((a) => a.title === 'Call: pricing follow-up');
    expect(call).toMatchObject({ type: 'call', timestamp: '2026-11-17T00:00:00.000Z', planned: true });
  });
});

/** One open call task row, under whatever stands between the list's title and its table. */
const row = `<tbody><tr><th scope="row"><a href="/lightning/r/Task/00T5g00000DpQC4EAN/view">Call: pricing follow-up</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td>11/17/2026</td><td>Alex Morgan</td></tr></tbody>`;
const plainHead = `<thead><tr>${['Subject', 'Name', 'Due Date', 'Assigned To'].map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>`;
const callIn = (html: string) =>
  read(contactPage(html), 'stripped').activities.find((a) => a.title === 'Call: pricing follow-up');

describe('an open activities list read by its title when rows sit under other controls', () => {
  it('a sortable column heading that is a button of its own is no section (title without a link)', () => {
    // Oracle: the card's title "Open Activities" holds open rows only; "Subject" is a column.
    const head = `<thead><tr>${['Subject', 'Name', 'Due Date', 'Assigned To'].map((h) => `<th scope="col"><button type="button">${h}</button></th>`).join('')}</tr></thead>`;
    const card = `<article><div><h2>Open Activities (1)</h2></div><div><table>${head}${row}</table></div></article>`;
    expect(callIn(card)).toMatchObject({ type: 'call', timestamp: '2026-11-17T00:00:00.000Z', planned: true });
  });

  it("a toolbar's menu button between the title and the table is no section (title without a link)", () => {
    const toolbar = `<div><lightning-button-menu><button aria-haspopup="true" title="Show more actions">Show more actions</button></lightning-button-menu></div>`;
    const card = `<article><div><h2>Open Activities (1)</h2></div>${toolbar}<div><table>${plainHead}${row}</table></div></article>`;
    expect(callIn(card)).toMatchObject({ type: 'call', timestamp: '2026-11-17T00:00:00.000Z', planned: true });
  });

  it("in Lightning's related list container, its title link decides over a Refresh button above the table", () => {
    // Oracle: the container's title links to `/related/OpenActivities/view`: the row is open.
    const card = `<lst-related-list-single-container><article><div><h2><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/related/OpenActivities/view"><span title="Open Activities">Open Activities</span> (1)</a></h2></div>
<div><button type="button" title="Refresh">Refresh</button></div><div><table>${plainHead}${row}</table></div></article></lst-related-list-single-container>`;
    expect(callIn(card)).toMatchObject({ type: 'call', timestamp: '2026-11-17T00:00:00.000Z', planned: true });
  });
});
