/**
 * Review pd50. The sidebar's field rows, paired by the test ids crm-evidence-2.md gives (B: label
 * `[data-testid="field-name"]`, value `[data-testid="fields-list-row-field-components"]` in the same
 * row), inside a sidebar drawn as a plain `div` (no source says Pipedrive's sidebar is an
 * `<aside>`: only the title and the field rows are known). Its "Next activity" and "Last activity"
 * rows show the activity's type icon, subject and day, as a sidebar "Next activity" row with a
 * Call icon did in review s48 (sidebar-field-row-is-no-activity.test.ts, fixed only for a
 * sidebar that is an `<aside>`).
 *
 * Seen: both rows are read as History entries: the planned call of Nov 24 comes out as a *done*
 * outbound call (no `planned`), and the last activity as a second meeting on Nov 12 beside the
 * real one (different title, so no duplicate rule merges them). Touch counts, channel split and
 * meetings held are inflated on every person whose sidebar shows these rows.
 * The same holds for the sidebar's "Deals" card, whose deal rows show the deal's next-activity
 * icon and day (as the Leads Inbox rows and pipeline cards do): each row is read as a done call
 * or meeting titled by the deal's value ("€12,500").
 * Expected: a field row or sidebar card is never an activity; only the two History entries are read.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const row = (label: string, value: string) =>
  `<div class="SidebarField_row__v5Tn1"><span data-testid="field-name" class="SidebarField_label__v5Tn1">${label}</span><div data-testid="fields-list-row-field-components" class="SidebarField_value__v5Tn1">${value}</div><button type="button" class="cui5-button cui5-button--icon" aria-label="Edit"></button></div>`;

let id = 88400;
const entry = (icon: string, subject: string, date: string) =>
  `<div class="ActivityCard_card__Jk7Qe"><span class="cui5-icon" role="img" aria-label="${icon}"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id++}">${subject}</a></div><div><span>${date}</span> · <span>Priya Raman</span></div></div>`;

const page = `<div id="root"><main><div class="PersonPage_root__k9">
<header class="PersonHeader_root__h1"><div data-testid="header-title"><h1>Jonas Keller</h1></div></header>
<div class="PersonPage_body__k9">
<div class="PersonSidebar_root__s1">
<section><button type="button" aria-expanded="true">Details</button>
${row('Email', '<a href="mailto:jonas.keller@helvetia.example">jonas.keller@helvetia.example</a>')}
${row('Owner', 'Priya Raman')}
</section>
<section><button type="button" aria-expanded="true">Overview</button>
${row('Next activity', '<span class="cui5-icon" role="img" aria-label="Call"></span> <span>Call Jonas</span> · <span>Nov 24, 2026</span>')}
${row('Last activity', '<span class="cui5-icon" role="img" aria-label="Meeting"></span> <span>Onsite visit</span> · <span>Nov 12, 2026</span>')}
</section>
</div>
<section class="Timeline_root__t2"><h2>History</h2>
${entry('Call', 'Pricing call', 'Nov 18, 2026 10:00 AM')}
${entry('Meeting', 'Onsite visit', 'Nov 12, 2026 2:00 PM')}
</section>
</div></div></main></div>`;

describe('Pipedrive person: "Next activity" / "Last activity" field rows in a sidebar that is no <aside>', () => {
  const result = readOk('/person/812', page);

  it('reads only the History entries', () => {
    expect(result.activities.map((a) => [a.type, a.title, a.timestamp])).toEqual([
      ['call', 'Pricing call', '2026-11-18T10:00:00.000Z'],
      ['meeting', 'Onsite visit', '2026-11-12T14:00:00.000Z'],
    ]);
  });

  it('never counts the next (planned) activity as a done touch', () => {
    const future = result.activities.filter((a) => !a.planned && a.timestamp && a.timestamp > '2026-11-20T15:00:00Z');
    expect(future.map((a) => a.title)).toEqual([]);
  });

  it("reads no activity from the sidebar's deal cards", () => {
    const card = (deal: number, title: string, value: string, icon: string, day: string) =>
      `<div class="DealCard_root__c2Wq7"><a href="/deal/${deal}">${title}</a><div><span>${value}</span> · <span>Proposal made</span></div><div><span class="cui5-icon" role="img" aria-label="${icon}"></span> <span>${day}</span></div></div>`;
    const withCards = page.replace(
      '<section><button type="button" aria-expanded="true">Overview</button>',
      `<section><button type="button" aria-expanded="true">Deals (2)</button>${card(41, 'Framework 2027', '€12,500', 'Call', 'Nov 24, 2026')}${card(42, 'Pilot extension', '€2,000', 'Meeting', 'Nov 12, 2026')}</section>
<section><button type="button" aria-expanded="true">Overview</button>`,
    );
    const titles = readOk('/person/812', withCards).activities.map((a) => a.title);
    expect(titles.filter((t) => t !== 'Next activity' && t !== 'Last activity')).toEqual([
      'Pricing call',
      'Onsite visit',
    ]);
  });
});
