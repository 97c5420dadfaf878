import { expect, it } from 'vitest';
import { keepOlderNotKept } from '../../../lib/content/keep-older-not-kept';
import { asContact, extension } from './chain';
import { contactPage, contactUrl, item } from './hubspot-hand-page';
import { openPage } from './open-hand-written-page';

/**
 * Retention applies on read (decisions.md): activities older than it are not stored again. The page
 * still shows them, and the figures that reach back to the first touch must not read as if they
 * were not there. Clock 2026-11-20 15:00 UTC.
 */
it('shows no lead response time when the page shows an email older than retention (it may have come first)', async () => {
  // Marta's record was created 21 Sep; the rep first emailed her on 10 Aug (not kept at 90 days).
  const ext = extension('UTC', { retentionDays: 90 });
  const html = contactPage(
    '3302',
    'Marta Quinn',
    'marta@harbor.example',
    '09/21/2026 9:00 AM',
    [
      item('901', 'Email sent by Dana Whitfield', 'Oct 1, 2026 at 10:00 AM', [
        'Follow-up on pallets',
        'To: Marta Quinn',
      ]),
      item('902', 'Email sent by Dana Whitfield', 'Aug 10, 2026 at 10:00 AM', ['Pallet pricing', 'To: Marta Quinn']),
    ].join(''),
  );
  const view = asContact((await openPage(ext, html, contactUrl('3302'))).view);
  // metrics.md: "not shown when either is unknown or the touch came first" (10 Aug, before 21 Sep).
  expect(view.outcomes.leadResponseHours).toBeNull();
});

it('keeps the lead response time when the only activity older than retention is a cancelled meeting (no touch)', async () => {
  // Retention 60 days keeps from 21 Sep 15:00; created 25 Sep 9:00, first email 26 Sep 10:00.
  const ext = extension('UTC', { retentionDays: 60 });
  const html = contactPage(
    '4420',
    'Ines Carver',
    'ines@tidewater.example',
    '09/25/2026 9:00 AM',
    [
      item('981', 'Email sent by Rob Tanaka', 'Sep 26, 2026 at 10:00 AM', ['Dock schedule', 'To: Ines Carver']),
      item('982', 'Canceled meeting', 'Sep 10, 2026 at 2:00 PM', ['Dock visit', 'Attendees: Ines Carver, Rob Tanaka']),
    ].join(''),
  );
  const view = asContact((await openPage(ext, html, contactUrl('4420'))).view);
  // metrics.md Meetings: a cancelled meeting is no touch; the first outbound touch is the email, 25 h after.
  expect(view.outcomes.leadResponseHours).toBe(25);
});

it('shows no lead response time after the period is switched either: the view asked again keeps what the reading said', async () => {
  const ext = extension('UTC', { retentionDays: 90 });
  const html = contactPage(
    '4450',
    'Ines Carver',
    'ines@tidewater.example',
    '09/21/2026 9:00 AM',
    [
      item('9501', 'Email sent by Rob Tanaka', 'Oct 1, 2026 at 10:00 AM', ['Dock schedule, again', 'To: Ines Carver']),
      item('9502', 'Email sent by Rob Tanaka', 'Aug 10, 2026 at 10:00 AM', ['Dock schedule', 'To: Ines Carver']),
    ].join(''),
  );
  const { view } = await openPage(ext, html, contactUrl('4450'));
  expect(asContact(view).outcomes.leadResponseHours).toBeNull();
  ext.settings.period = '7d';
  const again = keepOlderNotKept({ status: 'ready', view }, await ext.view(view.recordKey));
  expect(asContact(again).outcomes.leadResponseHours).toBeNull();
});

it('shows no lead response time when a completed task older than retention came first, completed tasks counted', async () => {
  // metrics.md "Completed tasks": the setting counts them as touches; the 10 Sep task came before the 25 Sep creation.
  const ext = extension('UTC', { retentionDays: 60, countCompletedTasks: true });
  const html = contactPage(
    '4460',
    'Ines Carver',
    'ines@tidewater.example',
    '09/25/2026 9:00 AM',
    [
      item('9601', 'Email sent by Rob Tanaka', 'Sep 26, 2026 at 10:00 AM', ['Dock schedule', 'To: Ines Carver']),
      item('9602', 'Completed call task assigned to Rob Tanaka', 'Sep 10, 2026 at 2:00 PM', [
        'Call Ines about the dock',
        'Status: Completed',
      ]),
    ].join(''),
  );
  expect(asContact((await openPage(ext, html, contactUrl('4460'))).view).outcomes.leadResponseHours).toBeNull();
});
