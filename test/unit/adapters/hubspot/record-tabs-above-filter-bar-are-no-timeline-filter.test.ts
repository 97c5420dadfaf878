// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * Review hs51. The 2024+ record page: the middle column has the record's own tabs, Overview /
 * Activities / Intelligence (a `role="tablist"`, crm-evidence-2.md: ARIA roles last longest), the
 * rep on Activities. Its filters are the filter bar's dropdowns ("Filter activity (25/25)", "All
 * users"), every type shown. No source says the tabs' content carries `role="tabpanel"`; here it is
 * a plain block. Read as a filter, the timeline was said to be "filtered to "Activities": select
 * "Overview"" on every record: a complete timeline flagged as partial, and the rep sent to a tab
 * that shows fewer items. The type count chooses among every kind of activity, so the tabs above
 * it are the record's, not a one-kind filter (timeline-filter.ts).
 */
const recordTabs = `<div role="tablist">${['Overview', 'Activities', 'Intelligence']
  .map((t, i) => `<button role="tab" aria-selected="${i === 1}">${t}</button>`)
  .join('')}</div>`;
const filterBar =
  '<div><span>Filter by:</span><button type="button">Filter activity (25/25)</button><button type="button">All users</button><button type="button">All teams</button></div>';
const html = contactRecord({
  properties: property('Email', 'mara.quist@northwind.example') + property('Contact owner', 'Alex Morgan'),
  middle:
    recordTabs +
    filterBar +
    timeline(
      [
        groupHeading('November 2026'),
        previewEvent('Logged call - Connected', 'Nov 18, 2026 at 10:00 AM', '<div>Talked about rollout</div>'),
        previewEvent(
          'Email - Re: Fleet pricing',
          'Nov 17, 2026 at 9:00 AM',
          '<div>from Mara Quist to Alex Morgan</div>',
        ),
      ].join(''),
    ),
});

describe('HubSpot record tabs Overview / Activities / Intelligence above the filter bar and a full timeline', () => {
  it.each([
    ['with test ids', false],
    ['without test ids or classes', true],
  ])('are not read as a timeline filter (%s)', (_path, strip) => {
    const reading = readHubSpot(html, { strip });
    expect(reading.activities.map((a) => a.type)).toEqual(['call', 'email']);
    expect(reading.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });
});
