/**
 * metrics.md: planned items are never touches while the CRM shows them as planned. A synced mail
 * the rep scheduled to go out later stands in Focus (the planned section) with a "Scheduled" badge
 * and the day it will go out: planned, however its date reads. A mail pinned to Focus ("Pinned")
 * went out already, as every mail in History did.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

const mail = (subject: string, date: string, badge?: string, text: string[] = []) =>
  item({
    icon: 'Email',
    subject,
    href: `/mail/threads/${subject.length}`,
    date,
    owner: '',
    lines: [
      'From: Casey Nguyen &lt;casey@acme.example&gt;',
      'To: Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;',
      ...text,
    ],
    ...(badge ? { pinned: badge } : {}),
  });

function planned(focus: string[], history: string[], lang = 'en') {
  const result = readWhole('/person/2210', personPage({ lang, focus, history }));
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  return Object.fromEntries(result.activities.map((a) => [a.title, a.planned === true]));
}

describe('Pipedrive: a mail scheduled to go out later', () => {
  it('in Focus with a "Scheduled" badge: planned, the mail sent in History is not', () => {
    expect(
      planned(
        [mail('Pricing follow-up', 'Nov 23, 2026 9:00 AM', 'Scheduled')],
        [mail('Pricing', 'Nov 10, 2026 9:00 AM')],
      ),
    ).toEqual({
      'Pricing follow-up': true,
      Pricing: false,
    });
  });

  it('in Focus without a badge (a mail pinned there, its pin an icon): a sent mail, no plan', () => {
    expect(planned([mail('Pricing follow-up', 'Nov 13, 2026 9:00 AM')], [])).toEqual({ 'Pricing follow-up': false });
  });

  it('a German "Zeitgesteuert" badge: planned', () => {
    expect(planned([mail('Angebot', '23.11.2026 09:00', 'Zeitgesteuert')], [], 'de')).toEqual({ Angebot: true });
  });

  // Review s60 (regb, regd): a sent mail's own text saying when something is set is no badge.
  it.each([
    ['en', 'Demo confirmed', 'Nov 10, 2026 9:00 AM', 'Scheduled for Nov 24, 10:00 AM.'],
    ['en', 'Kickoff agenda', 'Nov 10, 2026 9:00 AM', 'Scheduled for Nov 24, 10:00 AM — agenda attached'],
    ['en', 'Re: Scheduled for Nov 24 kickoff', 'Nov 10, 2026 9:00 AM', 'Scheduled for Nov 24 kickoff'],
    ['de', 'Demo bestätigt', '10.11.2026 09:00', 'Geplant für 24.11., 10:00 Uhr'],
    ['de', 'Kickoff Agenda', '10.11.2026 09:00', 'Geplant für 24.11., 10:00 Uhr – Agenda anbei'],
  ])('%s: a sent mail in History whose text line is "%s": no plan', (lang, subject, date, line) => {
    expect(planned([], [mail(subject, date, undefined, [line])], lang)).toEqual({ [subject]: false });
  });

  it('a sent mail whose subject opens with those words ("Scheduled for Nov 24 kickoff"): no plan', () => {
    expect(planned([], [mail('Scheduled for Nov 24 kickoff', 'Nov 10, 2026 9:00 AM')])).toEqual({
      'Scheduled for Nov 24 kickoff': false,
    });
  });

  it('pinned to Focus ("Pinned"): a sent mail, no plan', () => {
    expect(planned([mail('Signed order form', 'Nov 10, 2026 9:00 AM', 'Pinned')], [])).toEqual({
      'Signed order form': false,
    });
  });
});
