import { describe, expect, it } from 'vitest';
import { contactPage, read, type Transform } from './contact-page';

/**
 * The older markup generation: a contact page whose layout shows the "Open Activities" related list
 * (crm-evidence-2.md: Lightning's related lists; SLDS card blueprint, whose header title is a link,
 * `h2.slds-card__header-title > a.slds-card__header-link`). Lightning points that link at the list's
 * own page, `/lightning/r/Contact/{id}/related/OpenActivities/view`, and prints the count beside the
 * title, "(3+)" when the card shows only the first rows of a longer list (the reader's own
 * related-list.ts strips such counts). Every row of "Open Activities" is an open Task or a future
 * Event: metrics.md, "Planned items of any type are never touches while the CRM shows them as planned".
 *
 * Oracle, by hand: the Task "Call" due 11/10/2026 (not marked complete) and the Event "Demo" on
 * 11/25/2026 are both planned; neither is a call or meeting that happened.
 */
const card = (
  count: string,
  href: string,
) => `<lst-related-list-single-container><article class="slds-card slds-card_boundary">
<div class="slds-card__header slds-grid"><header class="slds-media slds-media_center"><div class="slds-media__body">
<h2 class="slds-card__header-title"><a class="slds-card__header-link" href="${href}"><span class="slds-truncate" title="Open Activities">Open Activities</span><span class="slds-shrink-none" title="${count}"> ${count}</span></a></h2>
</div></header><div class="slds-no-flex"><button class="slds-button slds-button_neutral">New Task</button><button class="slds-button slds-button_neutral">New Event</button></div></div>
<div class="slds-card__body"><table class="slds-table"><thead><tr><th aria-label="Subject">Subject</th><th aria-label="Name">Name</th><th aria-label="Task">Task</th><th aria-label="Due Date">Due Date</th><th aria-label="Assigned To">Assigned To</th></tr></thead>
<tbody>
<tr><th><a href="/lightning/r/Task/00T5g00000DpQF1EAN/view">Call</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td><input type="checkbox" checked disabled></td><td>11/10/2026</td><td>Alex Morgan</td></tr>
<tr><th><a href="/lightning/r/Event/00U5g00000DpQF2EAN/view">Demo</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td><input type="checkbox" disabled></td><td>11/25/2026</td><td>Alex Morgan</td></tr>
</tbody></table></div></article></lst-related-list-single-container>`;

const LIST_PAGE = '/lightning/r/Contact/0035g00000DpQ9xAAF/related/OpenActivities/view';

function planned(html: string, transform: Transform) {
  const r = read(contactPage(html), transform);
  return Object.fromEntries(r.activities.map((a) => [a.title, a.planned === true]));
}

describe('an "Open Activities" card as Lightning renders it (title linking to the list\'s page)', () => {
  it.each(['none', 'stripped'] as const)('its open Task "Call" and future Event are planned, not done (%s)', (t) => {
    expect(planned(card('(2)', LIST_PAGE), t)).toEqual({ Call: true, Demo: true });
  });
});

describe('an "Open Activities" card whose count says the list goes on, "(3+)"', () => {
  it.each(['none', 'stripped'] as const)('its open Task "Call" and future Event are planned, not done (%s)', (t) => {
    expect(planned(card('(3+)', '#'), t)).toEqual({ Call: true, Demo: true });
  });
});

describe('guard: the same card titled without a link and with a plain count', () => {
  it('reads both rows as planned (passes today)', () => {
    expect(planned(card('(2)', '#'), 'none')).toEqual({ Call: true, Demo: true });
  });
});
