// @vitest-environment happy-dom
// A HubSpot meeting (one engagement id, crm-pages.md: the id is the data-selenium-id of
// timeline-header-actions) with Priya Nair on Wed 18 Nov 10:00. On Thu 19 Nov the rep, in a hurry,
// sets its "Meeting outcome" to "No show"; Priya had only joined late, so the rep sets it back to
// the default "Scheduled" the same afternoon. Touchline read the page in between (Thu 15:00) and
// again on Fri 20 Nov 15:00.
//
// What the page shows on Friday is a meeting whose time has passed with no cancelled, no-show or
// rescheduled outcome: metrics.md (Meetings) makes it a touch, held. "Scheduled" reads as outcome
// unknown, and a known outcome survives an unknown one only between *copies* of one touch from
// different pages or sources (metrics.md "Duplicate"): the newest sighting of the same item on
// its own page says its outcome, as it says whether it is planned (lib/db/page-activities.ts
// mergeActivity, lib/db/same-day-row.ts readOnPage).
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { metric, renderPanel } from '../components/render-panel';
import { asContact, asDeal, extension } from './chain';
import { contactPage, DEAL_URL, dealPage, PORTAL, PRIYA, PRIYA_URL, preview } from './hubspot-northwind-day';
import { openPage } from './open-hand-written-page';

afterEach(cleanup);

const PRIYA_KEY = `hubspot:${PORTAL}:contact:2101`;

const meeting = (outcome: string | null) =>
  preview(
    'Meeting',
    'Meeting with Priya Nair',
    'Nov 18, 2026 at 10:00 AM',
    'Security review',
    `<div data-selenium-test="timeline-header-actions" data-selenium-id="77001"></div>${
      outcome ? `<div><span>Meeting outcome</span> <span>${outcome}</span></div>` : `<span>with ${PRIYA}</span>`
    }`,
  );
const page = (outcome: string) => contactPage(PRIYA_URL, 'Priya Nair', 'priya@northwind.example', meeting(outcome));

it('a meeting marked "No show", then set back to "Scheduled", is held as the page now shows', async () => {
  const ext = extension();
  ext.clock.now = new Date('2026-11-19T15:00:00Z');
  const thursday = asContact((await openPage(ext, page('No show'), PRIYA_URL)).view);
  expect(thursday.outcomes.meetingsHeld).toBe(0);
  ext.clock.now = new Date('2026-11-20T15:00:00Z');
  const friday = asContact((await openPage(ext, page('Scheduled'), PRIYA_URL)).view);
  const { container } = renderPanel({ status: 'ready', view: friday });
  expect.soft(metric(container, 'meetings-held').dataset.value).toBe('1');
  expect.soft(friday.outcomes.unknownOutcomes).toBe(1);
  expect.soft(friday.cadence.lastTouchAt).toBe('2026-11-18T10:00:00.000Z');
});

it("the deal page's copy of the meeting, showing no outcome, keeps the No show its contact's page showed", async () => {
  const ext = extension();
  ext.clock.now = new Date('2026-11-19T15:00:00Z');
  await openPage(ext, page('No show'), PRIYA_URL);
  ext.clock.now = new Date('2026-11-20T15:00:00Z');
  const deal = asDeal((await openPage(ext, dealPage('Qualified to buy', meeting(null), false), DEAL_URL)).view);
  expect.soft(deal.outcomes.meetingsHeld).toBe(0);
  expect.soft(deal.outcomes.unknownOutcomes).toBe(0);
  const priya = asContact(await ext.view(PRIYA_KEY));
  expect.soft(priya.outcomes.meetingsHeld).toBe(0);
  expect.soft(priya.outcomes.unknownOutcomes).toBe(0);
});
