/**
 * Beside review pd50's findings (sidebar rows outside an aside, done lines beside due dates): a
 * sidebar drawn as a plain `div` whose field rows carry no test ids (crm-evidence-2.md warns that
 * ids churn) still gives no activity; and the rules that keep field rows, other records' cards and
 * done lines out of the feed leave real entries alone: an entry opening with its type icon before a
 * person's or deal's link, and an entry showing only when it was done beside one showing its due
 * date, are each read. Oracle, by hand: the clock is Friday 2026-11-20 15:00 UTC.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const row = (label: string, value: string) =>
  `<div class="SidebarField_row__v5Tn1"><span class="SidebarField_label__v5Tn1">${label}</span><div class="SidebarField_value__v5Tn1">${value}</div><button type="button" class="cui5-button cui5-button--icon" aria-label="Edit"></button></div>`;

let id = 88700;
const call = (subject: string, date: string) =>
  `<div class="ActivityCard_card__Jk7Qe"><span class="cui5-icon" role="img" aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id++}">${subject}</a></div><div><span>${date}</span> · <span>Priya Raman</span></div></div>`;

const page = (sidebar: string, feed: string[]) => `<div id="root"><main><div class="PersonPage_root__k9">
<header class="PersonHeader_root__h1"><div data-testid="header-title"><h1>Jonas Keller</h1></div></header>
<div class="PersonPage_body__k9">
<div class="PersonSidebar_root__s1">${sidebar}</div>
<section class="Timeline_root__t2"><h2>History</h2>
${feed.join('\n')}
</section>
</div></div></main></div>`;

describe('Pipedrive person: field rows without test ids, record cards and done lines beside real entries', () => {
  it('reads no activity from "Next activity" / "Last activity" rows drawn without test ids', () => {
    const sidebar = `<section><button type="button" aria-expanded="true">Overview</button>
${row('Next activity', '<span class="cui5-icon" role="img" aria-label="Call"></span> <span>Call Jonas</span> · <span>Nov 24, 2026</span>')}
${row('Last activity', '<span class="cui5-icon" role="img" aria-label="Meeting"></span> <span>Onsite visit</span> · <span>Nov 12, 2026</span>')}
</section>`;
    const result = readOk('/person/812', page(sidebar, [call('Pricing call', 'Nov 18, 2026 10:00 AM')]));
    expect(result.activities.map((a) => a.title)).toEqual(['Pricing call']);
  });

  it('(control) keeps entries that open with their type icon before a person or deal link', () => {
    const note = `<div class="FeedEntry_root__q1"><span class="cui5-icon" role="img" aria-label="Note"></span><a href="/person/812">Jonas Keller</a><div>Prefers email over calls.</div><div><span>Nov 16, 2026 9:00 AM</span> · <span>Priya Raman</span></div></div>`;
    const change = `<div class="FeedEntry_root__q1"><span class="cui5-icon" role="img" aria-label="Changelog"></span><a href="/deal/41">Framework 2027</a><div>Stage: Qualified → Proposal made</div><div><span>Nov 14, 2026 2:00 PM</span> · <span>Priya Raman</span></div></div>`;
    const result = readOk('/person/812', page('', [call('Pricing call', 'Nov 18, 2026 10:00 AM'), note, change]));
    expect(result.activities.map((a) => [a.type, a.timestamp])).toEqual([
      ['call', '2026-11-18T10:00:00.000Z'],
      ['note', '2026-11-16T09:00:00.000Z'],
      ['system', '2026-11-14T14:00:00.000Z'],
    ]);
  });

  it('(control) keeps an entry showing only its done time beside one showing its due date', () => {
    const doneOnly = `<div class="ActivityCard_card__Jk7Qe"><span class="cui5-icon" role="img" aria-label="Meeting"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id++}">Onsite visit</a></div><div>Done: Nov 12, 2026 3:10 PM</div></div>`;
    const result = readOk('/person/812', page('', [call('Pricing call', 'Nov 18, 2026 10:00 AM'), doneOnly]));
    expect(result.activities.map((a) => [a.type, a.title, a.timestamp])).toEqual([
      ['call', 'Pricing call', '2026-11-18T10:00:00.000Z'],
      ['meeting', 'Onsite visit', '2026-11-12T15:10:00.000Z'],
    ]);
  });
});
