import { expect, it } from 'vitest';
import { keepOlderNotKept } from '../../../lib/content/keep-older-not-kept';
import type { Settings } from '../../../lib/schema/settings';
import { asContact, extension } from './chain';
import { contactPage, contactUrl, item } from './hubspot-hand-page';
import { openPage } from './open-hand-written-page';

/**
 * Retention applies on read (decisions.md): activities older than it are not stored again. The page
 * still shows them, and the figures that reach back to the first touch must not read as if they
 * were not there. Clock 2026-11-20 15:00 UTC.
 */

const sent = (id: string, when: string, subject = 'Dock schedule') =>
  item(id, 'Email sent by Rob Tanaka', when, [subject, 'To: Ines Carver']);

/** Ines Carver's page, created `created`, read with the settings given; the extension and its first view. */
async function opened(settings: Partial<Settings>, created: string, items: string[]) {
  const ext = extension('UTC', settings);
  const html = contactPage('4450', 'Ines Carver', 'ines@tidewater.example', created, items.join(''));
  const { view } = await openPage(ext, html, contactUrl('4450'));
  return { ext, view };
}

it('shows no lead response time when the page shows an email older than retention (it may have come first)', async () => {
  // Created 21 Sep; the rep first emailed her on 10 Aug (not kept at 90 days).
  const { view } = await opened({ retentionDays: 90 }, '09/21/2026 9:00 AM', [
    sent('901', 'Oct 1, 2026 at 10:00 AM', 'Follow-up on the dock'),
    sent('902', 'Aug 10, 2026 at 10:00 AM'),
  ]);
  // metrics.md: "not shown when either is unknown or the touch came first" (10 Aug, before 21 Sep).
  expect(asContact(view).outcomes.leadResponseHours).toBeNull();
});

it('keeps the lead response time when the only activity older than retention is a cancelled meeting (no touch)', async () => {
  // Retention 60 days keeps from 21 Sep 15:00; created 25 Sep 9:00, first email 26 Sep 10:00.
  const { view } = await opened({ retentionDays: 60 }, '09/25/2026 9:00 AM', [
    sent('981', 'Sep 26, 2026 at 10:00 AM'),
    item('982', 'Canceled meeting', 'Sep 10, 2026 at 2:00 PM', ['Dock visit', 'Attendees: Ines Carver, Rob Tanaka']),
  ]);
  // metrics.md Meetings: a cancelled meeting is no touch; the first outbound touch is the email, 25 h after.
  expect(asContact(view).outcomes.leadResponseHours).toBe(25);
});

it('shows no lead response time after the period is switched either: the view asked again keeps what the reading said', async () => {
  const { ext, view } = await opened({ retentionDays: 90 }, '09/21/2026 9:00 AM', [
    sent('9501', 'Oct 1, 2026 at 10:00 AM', 'Dock schedule, again'),
    sent('9502', 'Aug 10, 2026 at 10:00 AM'),
  ]);
  expect(asContact(view).outcomes.leadResponseHours).toBeNull();
  ext.settings.period = '7d';
  const again = keepOlderNotKept({ status: 'ready', view }, await ext.view(view.recordKey));
  expect(asContact(again).outcomes.leadResponseHours).toBeNull();
});

it('shows no lead response time when a completed task older than retention came first, completed tasks counted', async () => {
  // metrics.md "Completed tasks": the setting counts them as touches; the 10 Sep task came before the 25 Sep creation.
  const { view } = await opened({ retentionDays: 60, countCompletedTasks: true }, '09/25/2026 9:00 AM', [
    sent('9601', 'Sep 26, 2026 at 10:00 AM'),
    item('9602', 'Completed call task assigned to Rob Tanaka', 'Sep 10, 2026 at 2:00 PM', [
      'Call Ines about the dock',
      'Status: Completed',
    ]),
  ]);
  expect(asContact(view).outcomes.leadResponseHours).toBeNull();
});
