// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../../lib/adapters/salesforce/classify-activity';
import { salesforceMeetingOutcome } from '../../../../lib/csv-import/salesforce-page-words';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * metrics.md, Meetings: a meeting is a touch once held, "listed in the CRM's past section" with "no
 * cancelled, no-show or rescheduled outcome"; "You had an Event" means done (crm-evidence-2.md).
 * A meeting's subject is the title a person wrote: "Review of the cancelled order" is a meeting
 * about an order Maria's company cancelled, "Why was the no-show fee charged?" one about a fee.
 * The reader took any "cancelled" or "no-show" in the subject for the meeting's outcome, so both
 * dropped out of meetings held and touches. A subject says how the meeting went only by a label
 * set apart from the title: calendar sync's "Canceled: …", or a rep's "– no show", "(No Show)".
 * Oracle, by hand: each Event below, under "This Month" on Nov 18, summary "You had an Event with
 * Maria Jensen", no status shown: read as the control "Review of the new order" is.
 */
const event = (subject: string, n: number) =>
  item({
    token: 'Event',
    icon: 'event',
    iconTitle: 'Event',
    subject,
    id: `00U5g00000DpS${String(n).padStart(2, '0')}EAN`,
    date: '10:00 AM | Nov 18',
    summary: 'You had an Event with Maria Jensen',
  });

function outcomeOf(subject: string, transform: 'none' | 'stripped' = 'none') {
  const page = contactPage(timeline('', [{ heading: 'This Month', items: event(subject, 1) }]));
  return read(page, transform).activities.find((a) => a.title === subject)?.outcome;
}

const TOPICS = ['Review of the cancelled order', 'Why was the no-show fee charged?', 'Cancelled order review'];

describe('a past Event whose subject names something cancelled or a no-show as its topic', () => {
  const control = outcomeOf('Review of the new order');

  it('(control) "Review of the new order" has no outcome that keeps it from being held', () => {
    expect(['held', 'unknown']).toContain(control);
  });

  it.each(TOPICS)('"%s" reads as the control does', (subject) => {
    expect(outcomeOf(subject)).toBe(control);
  });

  it.each(TOPICS)('"%s" reads as the control does on a page stripped of classes', (subject) => {
    expect(outcomeOf(subject, 'stripped')).toBe(outcomeOf('Review of the new order', 'stripped'));
  });

  it('a label after the title that is no status ("Pricing review – cancelled order follow-up") says nothing', () => {
    expect(outcomeOf('Pricing review – cancelled order follow-up')).toBe(control);
  });

  it.each(TOPICS)('"%s" outside a page (no values read) is no cancelled or missed meeting', (subject) => {
    const c = classifyItem(
      { kind: 'event', assistive: '', subject, summary: 'You had an Event with Maria Jensen', all: subject },
      { names: ['Maria Jensen'] },
    );
    expect(c.outcome).toBe('unknown');
  });

  it.each(TOPICS)('"%s" in a report row has no outcome, as the page reads it', (subject) => {
    expect(salesforceMeetingOutcome(subject, 'en')).toBeUndefined();
  });
});

describe('a subject whose label set apart from the title says how the meeting went', () => {
  it.each([
    ['Pricing review – no show', 'no-show'],
    ['Pricing review - No-show', 'no-show'],
    ['Demo (No Show)', 'no-show'],
    ['[Cancelled] Kickoff', 'cancelled'],
    ['Canceled: Pricing review', 'cancelled'],
  ] as const)('"%s" is %s, on the page and in a report', (subject, outcome) => {
    expect(outcomeOf(subject)).toBe(outcome);
    expect(salesforceMeetingOutcome(subject, 'en')).toBe(outcome);
  });
});
