import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

/**
 * Pipedrive draws a record's Focus (planned activities) and its History (done ones, mail, changes)
 * as one feed (crm-evidence-2.md). The History may be drawn a moment before its entries: its heading
 * and filter chips ("All" pressed) over an empty list, below a planned call in Focus. Read then, the
 * record was saved as a whole feed holding no touch. A deal's History always holds at least its own
 * creation (an inference from the feed's `dealChange` kind, asked of deals only): empty, it is not
 * read. A person's History may be empty: what it shows under its heading (no source gives the
 * empty-state wording) keeps it whole; nothing at all is a History not drawn yet.
 */
const plannedCall =
  '<div class="FlowItem_item__t7Kq2"><span class="cui5-icon" aria-label="Call" title="Call"></span><div class="FlowItem_card__t7Kq2"><div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="false" aria-label="Mark as done" class="cui5-checkbox"></button><a href="/activities/6120">Follow-up call</a></div><div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">November 24, 2026 at 10:00 AM</span> · <span>Sam Rivera</span></div></div></div>';
const chips = `<div class="FlowFilter_bar__k2Lp9">${['All', 'Activities', 'Notes', 'Emails']
  .map(
    (c) =>
      `<button type="button" class="cui5-pill"${c === 'All' ? ' data-testid="filter-button-all"' : ''} aria-pressed="${c === 'All'}">${c}</button>`,
  )
  .join('')}</div>`;
const feed = (history: string) =>
  `<div class="DealDetails_main__s8Lk2"><section><h2 class="cui5-text">Focus</h2>${plannedCall}</section><section><h2 class="cui5-text">History</h2>${chips}<div class="FlowList_list__n4Vc7">${history}</div></section></div>`;
const person = (history: string) =>
  `<main><header class="DetailHeader_root__a8Rt3"><div data-testid="header-title"><h1>Lars Holm</h1></div></header><div class="DealDetails_body__s8Lk2"><aside><div class="FormField__formField--E60Qw"><span data-testid="field-name">Owner</span><div data-testid="fields-list-row-field-components">Sam Rivera</div></div></aside>${feed(history)}</div></main>`;
const dealPage = (history: string) =>
  `<main><header class="DealHeader_root__q1Wm4"><div data-testid="header-title"><textarea aria-label="Deal title">Brightline — Fleet app</textarea></div><button type="button">Won</button><button type="button">Lost</button></header><div class="DealDetails_body__s8Lk2"><aside><div class="FormField__formField--E60Qw"><span data-testid="field-name">Owner</span><div data-testid="fields-list-row-field-components">Sam Rivera</div></div></aside>${feed(history)}</div></main>`;
const activitiesGaps = (path: string, body: string) =>
  readOk(path, body)
    .notRead.filter((n) => n.field === 'activities')
    .map((n) => n.reason);

describe('a Pipedrive History drawn empty below a planned call in Focus', () => {
  it('is not read on a deal, whose History holds at least its creation', () => {
    expect(activitiesGaps('/deal/812', dealPage(''))).toEqual([
      "the deal's History shows no entries yet, though a deal's History holds at least its creation",
    ]);
    expect(activitiesGaps('/deal/812', dealPage('<p>Nothing here yet</p>'))).toHaveLength(1);
  });

  it('is not read on a person while it shows nothing under its heading', () => {
    expect(activitiesGaps('/person/3310', person(''))).toEqual([
      'the History shows neither entries nor any text under its heading yet',
    ]);
  });

  it("reads a person's History showing an empty state as whole", () => {
    const reading = readOk('/person/3310', person('<p>No activities yet</p>'));
    expect(reading.activities.map((a) => a.title)).toEqual(['Follow-up call']);
    expect(reading.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });
});
