import { describe, expect, it } from 'vitest';
import { inspectPage } from '../../../../scripts/inspect-page';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../../fixtures/fixture-files';

/**
 * crm-pages.md: HubSpot's timeline "scrolls in more items"; crm-evidence-2.md names its loading
 * state. Shown under items already drawn, it means the reading has only part of the timeline,
 * which the reading says (the panel then says its figures may miss some).
 */
const fixture = fixtureFiles().find((f) => f.crm === 'hubspot' && f.name === 'contact-long-timeline');

function read(extra: string) {
  if (!fixture) throw new Error('missing fixture contact-long-timeline');
  const html = fixture.html.replace(/(<[^>]*data-test-id="crm-events-viz-timeline"[^>]*>)/, `$1${extra}`);
  const out = inspectPage(html, fixture.url, FIXTURE_NOW, FIXTURE_ZONE).output as {
    activities: unknown[];
    notRead: { field: string; reason: string }[];
  };
  return { activities: out.activities.length, timeline: out.notRead.filter((n) => n.field === 'activities') };
}

describe('a HubSpot timeline showing items with more still loading', () => {
  const complete = read('');

  it('reads the items shown and says more were still loading', () => {
    const partial = read('<div data-test-id="timeline-event-container-loading-state"></div>');
    expect(partial).toEqual({
      activities: complete.activities,
      timeline: [{ field: 'activities', reason: 'more timeline items were still loading' }],
    });
  });

  it('finds it without the test id too, from a busy region inside the timeline', () => {
    expect(read('<div aria-busy="true"></div>').timeline).toHaveLength(1);
  });

  it('says nothing of the kind for a loading state that is hidden, or a timeline read in full', () => {
    expect(read('<div data-test-id="timeline-event-container-loading-state" hidden></div>').timeline).toEqual([]);
    expect(complete.timeline).toEqual([]);
  });
});
