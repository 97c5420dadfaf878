/**
 * Review s60 (tz). The panel's CRM comparison (README: "the CRM's own ... figure beside
 * Touchline's with the difference explained"; changelog: "the CRM's date-only Last Activity shows as
 * printed", "same-day merging compares the days the page prints"). decisions.md: a date-only
 * reading is its date "as printed on the page; never the time-zone setting". metrics.md: "All day
 * counting happens in the user's time zone".
 *
 * A rep in New York (browser and Salesforce profile) with the Touchline zone setting on
 * Europe/London. Ana Ruiz's Lightning page, read Fri 20 Nov 2026 10:00 New York: Last Activity
 * "11/19/2026"; the timeline lists a sent email "7:30 PM | Nov 19" (the latest activity, so the very
 * one Salesforce's Last Activity date is from) and a call "Nov 16".
 *
 * By hand: Salesforce's date and Touchline's last touch are the same email, printed on the same day
 * (19 Nov): the comparison row agrees, "Nov 19" on both sides, and gives no explanation (however the email's own date is
 * written in London, 00:30 on the 20th, it is the activity Salesforce's date is from). Touchline showed "Nov 20, 2026"
 * beside Salesforce's "Nov 19, 2026" and explains "Salesforce may not count the email of Nov 20,
 * 2026 in its date, or had not recorded it yet": a difference that did not exist, with a made-up
 * reason. (The email's instant, 00:30 London on the 20th, is compared with a date Salesforce
 * printed in New York.) With the setting on New York the row agrees (control).
 */
import { describe, expect, it, vi } from 'vitest';

const zone = vi.hoisted(() => ({ browser: 'UTC' }));
vi.mock('../../../lib/db/time-precision', async (orig) => ({
  ...(await orig<typeof import('../../../lib/db/time-precision')>()),
  browserTimeZone: () => zone.browser,
}));

import { page, task, world } from './salesforce-world-in-two-zones';

const ID = '0035e00000TzAaA';
const lastActivity =
  '<records-record-layout-item field-label="Last Activity"><div slot="outputField"><lightning-formatted-text>11/19/2026</lightning-formatted-text></div></records-record-layout-item>';

async function comparison(setting: string) {
  zone.browser = 'America/New_York';
  const w = world(setting);
  w.clock.now = new Date('2026-11-20T15:00:00Z');
  const items =
    task('00T5e00000TzB01', 'email', 'Proposal', 'You sent an email to Ana Ruiz', '7:30 PM | Nov 19') +
    task('00T5e00000TzB02', 'call', 'Call', 'You logged a call with Ana Ruiz', 'Nov 16');
  const html = page(ID, 'Ana Ruiz', 'Dana Whitfield', [['This Month', items]]).replace(
    '<div class="skip-timeline-wrapper">',
    `${lastActivity}<div class="skip-timeline-wrapper">`,
  );
  const { view } = await w.open(html, ID, zone.browser);
  if (view.kind !== 'contact') throw new Error('contact view expected');
  return view.crmComparisons.find((c) => c.label === 'Last activity');
}

describe("Salesforce's Last Activity beside the evening email it comes from, setting Europe/London", () => {
  it('agrees: no difference is claimed and no reason made up', async () => {
    const row = await comparison('Europe/London');
    expect([row?.crmValue, row?.touchlineValue, row?.explanation]).toEqual(['Nov 19, 2026', 'Nov 19, 2026', undefined]);
  });

  it('control: with the setting on New York it agrees', async () => {
    const row = await comparison('America/New_York');
    expect([row?.crmValue, row?.touchlineValue, row?.explanation]).toEqual(['Nov 19, 2026', 'Nov 19, 2026', undefined]);
  });
});
