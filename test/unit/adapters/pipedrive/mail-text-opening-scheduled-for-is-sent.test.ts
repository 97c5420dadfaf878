/**
 * Review s60 (regb). metrics.md: "Planned items of any type are never touches while the CRM shows them as planned."
 * A mail in History that went out is a touch; a line of its text that opens "Scheduled for …"
 * (the mail's own preview/body line, not a badge) does not make it planned.
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

describe('regb: a sent mail whose text line opens "Scheduled for <date>"', () => {
  it('control (passes on both): English body line of 9 words "Scheduled for Nov 24, 10:00 AM — agenda attached": sent, no plan', () => {
    expect(
      planned([mail('Kickoff agenda', 'Nov 10, 2026 9:00 AM', ['Scheduled for Nov 24, 10:00 AM — agenda attached'])]),
    ).toEqual({
      'Kickoff agenda': false,
    });
  });
  it('German body line "Geplant für 24.11., 10:00 Uhr – Agenda anbei": sent, no plan', () => {
    expect(
      planned([mail('Kickoff Agenda', '10.11.2026 09:00', ['Geplant für 24.11., 10:00 Uhr – Agenda anbei'])], 'de'),
    ).toEqual({
      'Kickoff Agenda': false,
    });
  });
  it('a reply whose subject line is repeated in a line: "Scheduled for Nov 24 kickoff" thread', () => {
    expect(
      planned([mail('Re: Scheduled for Nov 24 kickoff', 'Nov 10, 2026 9:00 AM', ['Scheduled for Nov 24 kickoff'])]),
    ).toEqual({
      'Re: Scheduled for Nov 24 kickoff': false,
    });
  });
});
