import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * A logged call's direction is its "Call Type" detail (Inbound/Outbound; the reader's own rule, "a
 * call is outbound unless its details say it came in", and session 31 item 14: inbound words count
 * only as a detail value, not inside comments, where they are everyday language). In English the
 * phrase "inbound call" inside the comments still turns the call inbound, even where the page shows
 * "Call Type: Outbound".
 *
 * Oracle, by hand (metrics.md: direction outbound = rep to contact; an active contact is one that
 * received an outbound touch): the rep's call back is outbound. Read as inbound it is no touch the
 * contact received, and can pass for the contact's reply.
 */
const call = (details: string) =>
  item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: 'Call',
    subject: 'Pricing follow-up',
    id: '00T5g00000DpQN0EAN',
    date: '3:30 PM | Nov 17',
    summary: 'You logged a call with Maria Jensen',
    body: `<div class="showMore"><dl class="slds-list_horizontal">${details}</dl></div>`,
  });
const direction = (details: string, t: 'none' | 'stripped') =>
  read(contactPage(timeline('', [{ heading: 'This Month', items: call(details) }])), t).activities.find(
    (a) => a.title === 'Pricing follow-up',
  )?.direction;

const COMMENT =
  '<dt class="slds-item_label">Comments</dt><dd class="slds-item--detail">Returning her inbound call from Monday</dd>';
const OUTBOUND = '<dt class="slds-item_label">Call Type</dt><dd class="slds-item--detail">Outbound</dd>';
const INBOUND = '<dt class="slds-item_label">Call Type</dt><dd class="slds-item--detail">Inbound</dd>';

describe('a logged call whose comments mention an "inbound call"', () => {
  it.each(['none', 'stripped'] as const)('is outbound when its Call Type says Outbound (%s)', (t) => {
    expect(direction(OUTBOUND + COMMENT, t)).toBe('outbound');
  });

  it.each(['none', 'stripped'] as const)('is not made inbound by the comment alone (%s)', (t) => {
    expect(direction(COMMENT, t)).not.toBe('inbound');
  });

  it('guard: Call Type Inbound makes it inbound (passes today)', () => {
    expect(direction(INBOUND, 'none')).toBe('inbound');
  });
});
