/**
 * Review s60 (regd). metrics.md: "Planned items of any type are never touches while the CRM shows them as planned."
 * A mail listed in History that went out on Nov 10 is a sent email: a touch. Its preview/body line may
 * itself say when a meeting is set ("Scheduled for Nov 24, 10:00 AM." confirming a demo; German
 * "Geplant für 24.11., 10:00 Uhr"): that is the mail's text, not a badge of the mail (the regb test's
 * longer line "… — agenda attached" is sent; a line that stops at the time is the same text).
 */
import { describe, expect, it } from 'vitest';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

const mail = (subject: string, date: string, lines: string[]) =>
  item({
    icon: 'Email',
    subject,
    href: `/mail/threads/${subject.length}`,
    date,
    owner: '',
    lines: [
      'From: Casey Nguyen &lt;casey@acme.example&gt;',
      'To: Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;',
      ...lines,
    ],
  });

function planned(history: string[], lang = 'en') {
  const result = readWhole('/person/2210', personPage({ lang, history }));
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  return Object.fromEntries(result.activities.map((a) => [a.title, a.planned === true]));
}

describe('a sent History mail whose text line is "Scheduled for <day, time>"', () => {
  it('English "Scheduled for Nov 24, 10:00 AM.": sent, no plan', () => {
    expect(planned([mail('Demo confirmed', 'Nov 10, 2026 9:00 AM', ['Scheduled for Nov 24, 10:00 AM.'])])).toEqual({
      'Demo confirmed': false,
    });
  });
  it('German "Geplant für 24.11., 10:00 Uhr": sent, no plan', () => {
    expect(planned([mail('Demo bestätigt', '10.11.2026 09:00', ['Geplant für 24.11., 10:00 Uhr'])], 'de')).toEqual({
      'Demo bestätigt': false,
    });
  });
});
