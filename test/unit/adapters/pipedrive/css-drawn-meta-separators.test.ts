import { describe, expect, it } from 'vitest';
import { readPage } from '../page-variation';

/**
 * A Pipedrive person page (hashed-class generation, crm-evidence-2.md) whose feed entries' meta
 * line is rendered the way React apps usually do: date, owner and person as sibling spans with no
 * separator text between them (the " · " drawn by CSS, so absent from a saved page). No source shows
 * Pipedrive's separator (crm-evidence-2.md: "No source shows a history item's markup"). The date
 * span alone reads as a date ("Nov 17, 2026 3:10 PM").
 * Clock 2026-11-20 15:00 UTC (contracts.md), zone UTC.
 *
 * Spec: contracts.md "timestamp: ISO 8601 … to the minute where the page shows a time of day";
 * crm-evidence-2.md "find each item's date by scanning its own text for something that parses as a
 * date"; decisions.md "a second path for every field that needs no class name".
 */
const URL = 'https://acme.pipedrive.com/person/2210';
const meta = (date: string, owner: string) =>
  `<div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${date}</span><span class="FlowItem_owner__t7Kq2">${owner}</span><a href="/person/2210">Maya Lindqvist</a></div>`;
const entry = (icon: string, id: number, subject: string, date: string, owner: string) =>
  `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon" aria-label="${icon}" title="${icon}"></span><div class="FlowItem_card__t7Kq2"><div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id}">${subject}</a></div>${meta(date, owner)}</div></div>`;

const html = `<!-- saved from url=(0038)${URL} -->
<!DOCTYPE html><html lang="en-US"><head><title>Maya Lindqvist - Persons</title></head><body>
<div id="root"><main><div class="DetailView_root__h2Jk4">
<header><div data-testid="header-title"><h1>Maya Lindqvist</h1></div></header>
<aside><div><span data-testid="field-name">Email</span><div data-testid="fields-list-row-field-components"><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div>
<div><span data-testid="field-name">Owner</span><div data-testid="fields-list-row-field-components">Casey Nguyen</div></div></aside>
<section><h2>History</h2><div class="FlowList_list__n4Vc7">
${entry('Call', 6990, 'Intro call', 'Nov 18, 2026 4:05 PM', 'Casey Nguyen')}
${entry('Meeting', 6970, 'Site visit', 'Nov 12, 2026 10:30 AM', 'Robin Adler')}
${entry('Call', 6950, 'Follow-up', 'Nov 5, 2026 9:15 AM', 'Casey Nguyen')}
</div></section></div></main></div></body></html>`;

const stripped = html.replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '');

const EXPECTED = [
  ['call', '2026-11-18T16:05:00.000Z', 'minute', 'Casey Nguyen'],
  ['meeting', '2026-11-12T10:30:00.000Z', 'minute', 'Robin Adler'],
  ['call', '2026-11-05T09:15:00.000Z', 'minute', 'Casey Nguyen'],
];

describe.each([
  ['current markup', html],
  ['classless markup', stripped],
])('Pipedrive person feed with CSS-drawn meta separators (%s)', (_name, page) => {
  const r = readPage(page, URL);
  it('keeps every feed entry with the day and time of day it shows, so no call or meeting the rep made goes uncounted', () => {
    expect(r.activities.map((a) => [a.type, a.timestamp, a.timePrecision])).toEqual(EXPECTED.map((e) => e.slice(0, 3)));
  });
  it('names the rep who owns each entry (the span after the date), so the team view credits the right rep', () => {
    expect(r.activities.map((a) => a.owner)).toEqual(EXPECTED.map((e) => e[3]));
  });
});
