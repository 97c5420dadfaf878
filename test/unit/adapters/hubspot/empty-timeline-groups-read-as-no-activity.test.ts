// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { hubspot } from '../../../../lib/adapters/hubspot/index';

/**
 * A HubSpot contact with no activity yet, its timeline drawn as groups (the fixtures' shape:
 * `<section><h3>Upcoming</h3>…</section>`, one per group) that each say they are empty, or with two
 * filter dropdowns side by side ("Filter activity (22/22)": every type shown; "All users · All teams"). Two blocks of
 * one shape saying two texts each are no unread items (unfound-items.ts): neither shows a date, a
 * time or a type word, so the reading is 0 activities with nothing in notRead, not "timeline not read".
 */
const URL_ = 'https://app-eu1.hubspot.com/contacts/26112233/record/0-1/7301';

function read(timeline: string) {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ana Souza</title></head><body>
<div data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><div data-test-id="record-highlight-main-content"><h3 data-selenium-test="highlightTitle">Ana Souza</h3></div></div></div>
<div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">${timeline}</div></div>
<div data-test-id="records-right-sidebar"></div></body></html>`;
  const window = new Window({
    url: URL_,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  try {
    window.document.write(html);
    return hubspot.read(window.document as unknown as Document, new URL(URL_), {
      now: new Date('2026-11-20T15:00:00Z'),
      timeZone: 'UTC',
    });
  } finally {
    window.close();
  }
}

describe('a HubSpot timeline that says, group by group, it is empty', () => {
  it('reads as no activity, not as a timeline not read', () => {
    const result = read(
      '<section><h3>Upcoming</h3><p>No upcoming activities</p></section><section><h3>Past</h3><p>No activity yet</p></section>',
    );
    expect(result.status).toBe('read');
    if (result.status !== 'read') return;
    expect(result.activities).toEqual([]);
    expect(result.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });

  it('with two filter dropdowns above "No activities yet", reads as no activity', () => {
    const result = read(
      '<div><button type="button"><span>Filter activity</span><span>(22/22)</span></button><button type="button"><span>All users</span><span>All teams</span></button></div><p>No activities yet</p>',
    );
    if (result.status !== 'read') throw new Error(result.status);
    expect(result.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });
});
