// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * Review hs51. HubSpot's timeline filter bar ("Filter by: Filter activity (24/26) · All users · All
 * teams", crm-evidence-2.md's filter controls; the 2024+ record's filter bar above the feed) counts
 * the activity types shown. A rep who once unticked Emails and Calls sees "Filter activity (3/25)"
 * and a feed of notes and meetings only: README, "a timeline the CRM shows filtered … is reported as
 * partly read", never read as a confident count. No source shows HubSpot's default selection, so
 * any type left out is reported. The count's shape is the same in every language; its label is not.
 */
const properties = property('Email', 'mara.quist@northwind.example') + property('Contact owner', 'Alex Morgan');

function page(label: string, lang = 'en-US') {
  const filterBar = `<div><span>Filter by:</span><button type="button" aria-haspopup="true">${label}</button><button type="button">All users</button><button type="button">All teams</button><button type="button">Collapse all</button></div>`;
  const feed = [
    groupHeading('November 2026'),
    previewEvent(
      'Meeting - Pilot kickoff',
      'Nov 18, 2026 at 10:00 AM',
      '<div>Organized by Alex Morgan</div><div>Outcome: Completed</div>',
    ),
    previewEvent('Note', 'Nov 17, 2026 at 4:40 PM', '<div>Mara wants the rollout plan before the board meeting</div>'),
  ].join('');
  return contactRecord({ lang, properties, middle: filterBar + timeline(feed) });
}

const timelineNotRead = (reading: ReturnType<typeof readHubSpot>) =>
  reading.notRead.filter((n) => n.field === 'activities');

describe('a HubSpot timeline whose activity filter shows 3 of 25 types', () => {
  it('reads what it shows and reports that the other types are hidden', () => {
    const reading = readHubSpot(page('Filter activity (3/25)'));
    expect(reading.activities.map((a) => a.type)).toEqual(['meeting', 'note']);
    expect(timelineNotRead(reading)).toEqual([
      { field: 'activities', reason: "the timeline's activity filter shows 3 of 25 types" },
    ]);
  });

  it('is reported without test ids or classes, and with the label in German', () => {
    expect(timelineNotRead(readHubSpot(page('Filter activity (3/25)'), { strip: true }))).toHaveLength(1);
    expect(timelineNotRead(readHubSpot(page('Aktivität filtern (3/25)', 'de-DE')))).toHaveLength(1);
  });

  it('says nothing when every type is shown (25/25)', () => {
    expect(timelineNotRead(readHubSpot(page('Filter activity (25/25)')))).toEqual([]);
    expect(timelineNotRead(readHubSpot(page('Filter activity (25/25)'), { strip: true }))).toEqual([]);
  });
});
