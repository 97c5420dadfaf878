/**
 * decisions.md: "an item's date is looked for in its header line before its body." An older card
 * (crm-pages.md: `[data-selenium-test="timeline-card"]`, no timestamp test id) shows "Logged call"
 * and its date in its header line; its notes mark the follow-up they agreed on with a `<time>`
 * element. The call happened at its header's date; the date in its notes is a plan.
 */
import { expect, it } from 'vitest';
import { contactRecord, readHubSpot, timeline } from './contact-record';

const card = (headerDate: string, notes: string) =>
  [
    '<div data-selenium-test="timeline-card">',
    `<div><span>Logged call</span> · <span>${headerDate}</span></div>`,
    '<div><span data-selenium-test="timeline-editable-title">Onboarding check-in</span></div>',
    '<div data-selenium-test="timeline-header-actions" data-selenium-id="5207"></div>',
    `<div>${notes}</div>`,
    '</div>',
  ].join('');

const read = (headerDate: string, notes: string) =>
  readHubSpot(contactRecord({ name: 'Ivo Brandt', middle: timeline(card(headerDate, notes)) })).activities[0];

it('dates a logged call by its header line, not by a <time> in its notes', () => {
  const notes = 'Outcome: Connected. Follow-up booked for <time datetime="2026-12-03T10:00">Dec 3, 2026</time>.';
  expect(read('Nov 16, 2026 at 3:45 PM', notes)).toMatchObject({
    type: 'call',
    timestamp: '2026-11-16T15:45:00.000Z',
  });
});

it('reads a <time> in the header line as the call’s date', () => {
  const header = '<time datetime="2026-11-16T15:45:00Z">Nov 16, 2026 at 3:45 PM</time>';
  expect(
    read(header, 'Outcome: Connected. Follow-up on <time datetime="2026-12-03">Dec 3, 2026</time>.'),
  ).toMatchObject({
    type: 'call',
    timestamp: '2026-11-16T15:45:00.000Z',
  });
});
