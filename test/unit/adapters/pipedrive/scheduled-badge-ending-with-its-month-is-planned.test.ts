/**
 * Review s60 (regd). metrics.md: "Planned items of any type are never touches while the CRM shows them as planned."
 * A mail in Focus with a badge "Scheduled for <day>" is a scheduled mail: planned. The badge's day
 * may be printed day-first with the month last (en-GB "24 Nov", German "24. Nov.", Spanish "24 de nov.")
 * and without a time: it still says when the mail goes out, it names no subject.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

const mail = (subject: string, date: string, badge: string) =>
  item({
    icon: 'Email',
    subject,
    href: `/mail/threads/${subject.length}`,
    date,
    owner: '',
    lines: [
      'From: Casey Nguyen &lt;casey@acme.example&gt;',
      'To: Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;',
    ],
    pinned: badge,
  });

function planned(focus: string[], lang: string) {
  const result = readWhole('/person/2210', personPage({ lang, focus, history: [] }));
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  return Object.fromEntries(result.activities.map((a) => [a.title, a.planned === true]));
}

describe('a Focus mail whose badge ends with the month ("Scheduled for 24 Nov")', () => {
  it('en-GB "Scheduled for 24 Nov": planned', () => {
    expect(planned([mail('Pricing follow-up', '24 Nov 2026 09:00', 'Scheduled for 24 Nov')], 'en-GB')).toEqual({
      'Pricing follow-up': true,
    });
  });
  it('German "Geplant für 24. Nov.": planned', () => {
    expect(planned([mail('Angebot', '24.11.2026 09:00', 'Geplant für 24. Nov.')], 'de')).toEqual({ Angebot: true });
  });
  it('Spanish "Programado para el 24 de nov.": planned', () => {
    expect(planned([mail('Propuesta', '24/11/2026 09:00', 'Programado para el 24 de nov.')], 'es')).toEqual({
      Propuesta: true,
    });
  });
});
