// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * metrics.md, Meetings: a meeting "listed in the CRM's past section" is held unless it has a
 * cancelled, no-show or rescheduled outcome; a cancelled one is no touch (lib/metrics/touch.ts).
 * The reader takes a meeting's outcome from any word in the whole item, the rep's free-text
 * description included, so a held meeting whose agenda mentions a cancellation in passing is read
 * as cancelled and drops out of touches and meetings held. outcome.ts already refuses to let
 * comments stand in for a shown Call Result for this very reason ("name another outcome in passing").
 * Oracle, by hand: "You had an Event with Maria Jensen" under "This Month", 10:00 AM Nov 18, agenda
 * "they cancelled the Initech contract last quarter": a held (or unknown) meeting, not cancelled.
 */
const meeting = item({
  token: 'Event',
  icon: 'event',
  iconTitle: 'Event',
  subject: 'Pricing review',
  id: '00U5g00000DpQL3EAN',
  date: '10:00 AM | Nov 18',
  summary: 'You had an Event with Maria Jensen',
  body: '<div class="showMore"><dl class="slds-list_horizontal"><dt class="slds-item_label">Description</dt><dd class="slds-item--detail">Agenda: they cancelled the Initech contract last quarter; walk through our pricing</dd></dl></div>',
});

describe('a past Event whose description mentions a cancellation in passing', () => {
  it('is not read as a cancelled meeting', () => {
    const a = read(contactPage(timeline('', [{ heading: 'This Month', items: meeting }]))).activities.find(
      (x) => x.title === 'Pricing review',
    );
    expect(a?.type).toBe('meeting');
    expect(['held', 'unknown']).toContain(a?.outcome);
  });
});

describe('where a meeting does say how it went', () => {
  const past = (subject: string, id: string, body: string) =>
    item({
      token: 'Event',
      icon: 'event',
      iconTitle: 'Event',
      subject,
      id,
      date: '10:00 AM | Nov 18',
      summary: 'You had an Event with Maria Jensen',
      body,
    });
  const outcomeOf = (subject: string, li: string, t: 'none' | 'stripped' = 'none') =>
    read(contactPage(timeline('', [{ heading: 'This Month', items: li }])), t).activities.find(
      (x) => x.title === subject,
    )?.outcome;

  it('a description naming a no-show in passing is no no-show', () => {
    const li = past(
      'Vendor review',
      '00U5g00000DpQL8EAN',
      '<div class="showMore"><dl><dt>Description</dt><dd>Last vendor was a no-show, so we booked a longer slot</dd></dl></div>',
    );
    expect(['held', 'unknown']).toContain(outcomeOf('Vendor review', li));
  });

  it('guard: the subject prefix calendar sync writes, "Canceled: …", is cancelled', () => {
    expect(outcomeOf('Canceled: Pricing review', past('Canceled: Pricing review', '00U5g00000DpQL9EAN', ''))).toBe(
      'cancelled',
    );
  });

  it.each(['none', 'stripped'] as const)('guard: a "Meeting Outcome" detail of "No-show" is a no-show (%s)', (t) => {
    const li = past(
      'Intro',
      '00U5g00000DpQLAEAN',
      '<article><ul><li><span>Meeting Outcome</span><span>No-show</span></li></ul></article>',
    );
    expect(outcomeOf('Intro', li, t)).toBe('no-show');
  });

  it('a "Meeting Outcome" detail of four words, "Contact did not attend", is a no-show', () => {
    const li = past(
      'Demo',
      '00U5g00000DpQLBEAN',
      '<article><ul><li><span>Meeting Outcome</span><span>Contact did not attend</span></li></ul></article>',
    );
    expect(outcomeOf('Demo', li)).toBe('no-show');
  });
});
