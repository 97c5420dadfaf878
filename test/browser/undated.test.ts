import { describe, expect, it } from 'vitest';
import { generateWorld } from '../demo-crm/generate-world';
import { type DemoActivity, FIXED_NOW } from '../demo-crm/world';
import { demoBrowser } from './demo-browser';
import { DEMO_CRMS } from './demo-server';
import { crmUrl, PANEL, readMetrics, waitForPanel } from './harness';

/**
 * Issue 9, item 5 ("Done when"): on a page whose item dates cannot be read, the panel says how
 * many touches it could not date and never shows the "No touches" notice. The demo's test-only
 * switch `?dates=unreadable` prints every timeline item's date as text no reader can date.
 */
const world = generateWorld({ now: FIXED_NOW });
const CHANNELS = new Set(['call', 'email', 'meeting', 'social', 'sms']);

/**
 * The oracle, from the demo's own data (metrics.md "Touches"): the contact's calls, emails,
 * meetings, LinkedIn messages and texts that happened (nothing planned, no cancelled or missed
 * meeting). Without a date no two captures can be told to be one touch, so each counts.
 */
function undatedTouches(activities: DemoActivity[]): number {
  return activities.filter(
    (a) =>
      CHANNELS.has(a.type) &&
      !a.planned &&
      !(a.type === 'meeting' && ['cancelled', 'no-show'].includes(a.outcome ?? '')),
  ).length;
}

const cases = DEMO_CRMS.map((demo) => {
  const busiest = [...world.contacts].sort(
    (x, y) => undatedTouches(activitiesOf(y.id)) - undatedTouches(activitiesOf(x.id)),
  )[0];
  if (!busiest) throw new Error('the demo world has no contacts');
  return {
    crm: demo.crm,
    url: crmUrl(demo.host, `${demo.contactPath(world, busiest)}?dates=unreadable`),
    expected: undatedTouches(activitiesOf(busiest.id)),
  };
});

function activitiesOf(contactId: number): DemoActivity[] {
  return world.activities.filter((a) => a.contactId === contactId);
}

const demo = demoBrowser();

describe.each(cases)('$crm contact page whose timeline dates are unreadable', ({ url, expected }) => {
  it('shows how many touches could not be dated and no "No touches" notice', async () => {
    const page = await demo.browser.context.newPage();
    await page.goto(url);
    await waitForPanel(page);
    await page.locator(`${PANEL} [data-metric="touches-undated"]`).waitFor();
    const metrics = await readMetrics(page);
    // The notice (NoActivityNotice) is the panel's `.tl-notice`; "no touches yet" beside the days
    // since the last touch is a reason for a missing figure, not the claim this protects against.
    const notices = await page.locator(`${PANEL} .tl-notice`).allInnerTexts();
    await page.close();
    expect(expected).toBeGreaterThan(0);
    expect(metrics['touches-undated']).toBe(String(expected));
    expect(metrics['touches-total']).toBe('0');
    expect(notices.join('\n')).not.toMatch(/No touches in/i);
  });
});
