/**
 * decisions.md ("Reading pages"): "an item's date is looked for in its header line before its body".
 * An older HubSpot card (crm-pages.md `[data-selenium-test="timeline-card"]`, no event-timestamp
 * test id) shows "Email" and a <time> on its header line; its body shows the earlier message of the
 * thread, whose row carries a styled-components class with "Timestamp" in it. The email is dated by
 * its header's <time>: Nov 16, 2026 15:45 UTC.
 */
import { expect, it } from 'vitest';
import { contactRecord, readHubSpot, timeline } from './contact-record';

const card = [
  '<div data-selenium-test="timeline-card">',
  '<div><span>Email</span> · <time datetime="2026-11-16T15:45:00Z">Nov 16, 2026 at 3:45 PM</time></div>',
  '<div><span data-selenium-test="timeline-editable-title">Re: Renewal terms</span></div>',
  '<div data-selenium-test="timeline-header-actions" data-selenium-id="6101"></div>',
  '<div><div>from Alex Morgan to Ivo Brandt</div><p>Ivo, attached the revised terms.</p>',
  '<div class="ThreadReply__Row-sc-9f1a"><span>Ivo Brandt</span> <span class="ThreadReply__Timestamp-sc-9f1a-2">Nov 2, 2026 at 9:00 AM</span></div>',
  '</div></div>',
].join('');

it('dates the email by the <time> on its header line, not a thread row’s Timestamp class in its body', () => {
  const a = readHubSpot(contactRecord({ name: 'Ivo Brandt', middle: timeline(card) })).activities[0];
  expect(a).toMatchObject({ type: 'email', timestamp: '2026-11-16T15:45:00.000Z' });
});
