// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * metrics.md: "Connect rate: calls with a connected outcome / call attempts"; a call whose outcome
 * the page does not show is an attempt with outcome "unknown". Without a Call Result the reader takes
 * the outcome from the comments, testing voicemail, no answer and busy before a connect, so comments
 * that say outright the rep spoke with the contact, and mention a voicemail or "busy" in passing, are
 * read as a voicemail or a busy line: a connect counted as a failed attempt (outcome.ts's own doc
 * names "she had listened to my voicemail" as such wording).
 * Oracle, by hand: both calls were connects ("Spoke with Maria …"): connected, or at worst unknown.
 */
const call = (subject: string, id: string, comments: string) =>
  item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: 'Call',
    subject,
    id,
    date: 'Nov 18',
    summary: 'You logged a call with Maria Jensen',
    body: `<div class="showMore"><dl class="slds-list_horizontal"><dt class="slds-item_label">Comments</dt><dd class="slds-item--detail">${comments}</dd></dl></div>`,
  });

const outcomeOf = (subject: string, comments: string) =>
  read(
    contactPage(timeline('', [{ heading: 'This Month', items: call(subject, '00T5g00000DpQL4EAN', comments) }])),
  ).activities.find((a) => a.title === subject)?.outcome;

describe('a logged call whose comments say the rep spoke with the contact', () => {
  it('"Spoke with Maria; she had listened to my voicemail and wants a demo" is no voicemail', () => {
    expect(['connected', 'unknown']).toContain(
      outcomeOf('Pricing follow-up', 'Spoke with Maria; she had listened to my voicemail and wants a demo'),
    );
  });

  it('"Spoke with Maria about pricing; team is busy until January" is no busy line', () => {
    expect(['connected', 'unknown']).toContain(
      outcomeOf('Pricing follow-up', 'Spoke with Maria about pricing; team is busy until January, call back then'),
    );
  });
});

describe('a connect word that reaches a machine or another channel is no connect', () => {
  it.each([
    ['Reached voicemail, will try again Friday', 'voicemail'],
    ['Connected to her voicemail', 'voicemail'],
    ['Connected on LinkedIn last week; left a voicemail today', 'voicemail'],
    ['No answer; she answered my email later', 'no-answer'],
  ])('comments "%s" are %s', (comments, outcome) => {
    expect(outcomeOf('Pricing follow-up', comments)).toBe(outcome);
  });

  it('guard: "Left a voicemail, then she called back and we connected" is a connect', () => {
    expect(outcomeOf('Pricing follow-up', 'Left a voicemail, then she called back and we connected')).toBe('connected');
  });
});
