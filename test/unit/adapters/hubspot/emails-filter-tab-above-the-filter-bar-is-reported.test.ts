// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * Review regress51. crm-evidence-2.md: the timeline's filter tabs (`timeline-tab-filter-*`, B) and,
 * below them, the filter bar's dropdowns; decisions.md: reading must hold with test ids gone (the
 * second path). With the "Emails" tab chosen the timeline shows emails only, and the reading must say
 * so (contracts.md: what was not read is reported), or calls and meetings count as none. A tab list
 * above the "Filter activity (25/25)" count is the record's own (Overview / Activities) only when
 * its tabs name no activity kinds (timeline-filter.ts); these name Notes, Emails, Calls…
 *
 * Oracle, by hand: a notRead entry naming the chosen tab.
 */
const tabs = (chosen: string) =>
  `<div role="tablist">${['Activity', 'Notes', 'Emails', 'Calls', 'Tasks', 'Meetings']
    .map(
      (t) =>
        `<button role="tab" data-test-id="timeline-tab-filter-${t.toLowerCase()}" aria-selected="${t === chosen}">${t}</button>`,
    )
    .join('')}</div>`;
const filterBar =
  '<div><span>Filter by:</span><button type="button">Filter activity (25/25)</button><button type="button">All users</button><button type="button">All teams</button></div>';

describe('the HubSpot timeline on its "Emails" filter tab, the filter bar below the tabs', () => {
  it('without test ids (decisions.md second path), is reported as filtered', () => {
    const html = contactRecord({
      properties: property('Email', 'mara.quist@northwind.example') + property('Contact owner', 'Alex Morgan'),
      middle:
        tabs('Emails') +
        filterBar +
        timeline(
          groupHeading('November 2026') +
            previewEvent(
              'Email - Re: Fleet pricing',
              'Nov 17, 2026 at 9:00 AM',
              '<div>from Alex Morgan to Mara Quist</div>',
            ),
        ),
    });
    const reading = readHubSpot(html, { strip: true });
    expect(reading.activities.map((a) => a.type)).toEqual(['email']);
    expect(reading.notRead.filter((n) => n.field === 'activities').map((n) => n.reason)).toEqual([
      expect.stringContaining('filtered to "Emails"'),
    ]);
  });
});
