/**
 * Review pd50. A History feed grouped by day, the day's header a plain `div` (no heading element,
 * as hashed-class React UIs often draw it) over a list of that day's entries, each entry showing
 * its time alone and its owner ("4:15 PM · Priya Raman"). crm-pages.md ("All CRMs": dates appear
 * as relative text, "Yesterday at 3:15 PM") and crm-evidence-2.md ("Find items by what they are
 * (a list of repeated siblings with a date and a subject)"; no source shows a history item's markup).
 *
 * Seen: an entry alone on its day is read with the header's day only (no time) and no owner; the
 * first entry of a day with two is read the same way (the day's whole group is taken for an entry
 * beside its entries, and keeps the first entry's id). Four of the five touches come out with no
 * owner and no time of day, with nothing in notRead: the team view puts a touch without owner on
 * no rep's row (lib/team/ownerless-touches.ts), so the rep's figures lose 4 of 5 touches.
 * Expected: every entry dated at its time on its header's day, its owner read.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

let id = 88100;
const entry = (icon: string, subject: string, time: string) =>
  `<li class="TimelineEntry_root__r8Uq2"><span class="cui5-icon" role="img" aria-label="${icon}"></span><div class="TimelineEntry_head__r8Uq2"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id++}">${subject}</a></div><div class="TimelineEntry_meta__r8Uq2"><span>${time}</span> · <span>Priya Raman</span> · <a href="/person/812">Jonas Keller</a></div></li>`;
const day = (header: string, entries: string[]) =>
  `<div class="TimelineDay_root__d4Lm1"><div class="TimelineDay_label__d4Lm1">${header}</div><ul class="TimelineDay_list__d4Lm1">${entries.join('')}</ul></div>`;

const page = `<div id="root"><main><div class="PersonPage_root__k9">
<header class="PersonHeader_root__h1"><div data-testid="header-title"><h1>Jonas Keller</h1></div></header>
<aside class="PersonSidebar_root__s1"><div><span data-testid="field-name">Email</span><div data-testid="fields-list-row-field-components"><a href="mailto:jonas.keller@helvetia.example">jonas.keller@helvetia.example</a></div></div>
<div><span data-testid="field-name">Owner</span><div data-testid="fields-list-row-field-components">Priya Raman</div></div></aside>
<section class="Timeline_root__t2"><h2>History</h2>
${day('Today', [entry('Call', 'Morning check-in', '8:30 AM')])}
${day('Yesterday', [entry('Call', 'Pricing call', '4:15 PM'), entry('Meeting', 'Onsite visit', '11:00 AM')])}
${day('Tuesday', [entry('Call', 'Intro call', '2:00 PM')])}
</section></div></main></div>`;

describe('Pipedrive person: a day-grouped History under plain (non-heading) day labels', () => {
  const result = readOk('/person/812', page);
  const rows = result.activities.map((a) => [a.title, a.timestamp, a.timePrecision, a.owner]);

  it('reads each entry once, at its own time on its day, with its owner', () => {
    expect(rows).toEqual([
      ['Morning check-in', '2026-11-20T08:30:00.000Z', 'minute', 'Priya Raman'],
      ['Pricing call', '2026-11-19T16:15:00.000Z', 'minute', 'Priya Raman'],
      ['Onsite visit', '2026-11-19T11:00:00.000Z', 'minute', 'Priya Raman'],
      ['Intro call', '2026-11-17T14:00:00.000Z', 'minute', 'Priya Raman'],
    ]);
  });

  it('leaves no touch without the owner its line shows (nothing in notRead says one is missing)', () => {
    expect(result.activities.filter((a) => !a.owner).map((a) => a.title)).toEqual([]);
  });
});
