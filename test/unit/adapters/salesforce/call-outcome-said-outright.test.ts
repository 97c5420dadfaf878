import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * metrics.md, Outcomes: "Connect rate: calls with a connected outcome / call attempts" and "A call or
 * meeting whose outcome the page does not show counts as an attempt with outcome 'unknown'".
 * decisions.md, Reading pages: a value not read is notRead, never a guess.
 * Oracle, by hand: none of these calls shows a Call Result; their words say nobody was reached, or
 * say nothing about it. None of them is a connect. (Moved from the reviewer's zz-review-salesforce.)
 */
const call = (subject: string, i: number, comments: string) =>
  item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: 'Call',
    subject,
    id: `00T5g00000RVW${String(i).padStart(2, '0')}EAN`,
    date: 'Nov 17',
    summary: 'You logged a call with Maria Jensen',
    body: `<div class="showMore"><dl class="slds-list_horizontal"><dt class="slds-item_label">Comments</dt><dd class="slds-item--detail">${comments}</dd></dl></div>`,
  });

const outcomeOn = (li: string, title: string) =>
  read(contactPage(timeline('', [{ heading: 'This Month', items: li }]))).activities.find((a) => a.title === title)
    ?.outcome;

describe('a logged call with no Call Result gives an outcome only where its words say it outright', () => {
  it('comments "Called twice, nobody answered." are no answer, not a connect', () => {
    expect(outcomeOn(call('Pricing follow-up', 1, 'Called twice, nobody answered.'), 'Pricing follow-up')).toBe(
      'no-answer',
    );
  });

  it('comments "No one answered, will retry Friday" are no answer, not a connect', () => {
    expect(outcomeOn(call('Pricing follow-up', 2, 'No one answered, will retry Friday'), 'Pricing follow-up')).toBe(
      'no-answer',
    );
  });

  it('comments "She didn’t pick up" are no answer, not a connect', () => {
    expect(outcomeOn(call('Pricing follow-up', 3, 'She didn’t pick up'), 'Pricing follow-up')).toBe('no-answer');
  });

  it('a call titled "Reached out re: renewal" (an attempt) is of unknown outcome, not a connect', () => {
    expect(outcomeOn(call('Reached out re: renewal', 4, 'Will try again next week'), 'Reached out re: renewal')).toBe(
      'unknown',
    );
  });

  it('guard: comments "Has not reached the buyer yet" are not a connect', () => {
    expect(outcomeOn(call('Pricing follow-up', 5, 'Has not reached the buyer yet'), 'Pricing follow-up')).not.toBe(
      'connected',
    );
  });

  it('guard: comments "Reached out twice, then spoke with Maria about pricing" are a connect', () => {
    expect(
      outcomeOn(
        call('Pricing follow-up', 6, 'Reached out twice, then spoke with Maria about pricing'),
        'Pricing follow-up',
      ),
    ).toBe('connected');
  });

  it('guard: comments "Left voicemail" still give voicemail', () => {
    expect(outcomeOn(call('Pricing follow-up', 7, 'Left voicemail'), 'Pricing follow-up')).toBe('voicemail');
  });
});
