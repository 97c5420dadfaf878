// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseTimelineDate } from '../../../../lib/adapters/salesforce/timeline-date';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * crm-evidence-2.md: past groups are "This Month", then older months; a task marked done before its
 * due date is listed there with that date. The English page reads "This Month" and puts "Nov 25"
 * in 2026 (this-month-group.test.ts). The other tables have no month-group words, so on a French,
 * German or Spanish page the same item is put a year back (2025-11-25): out of every period, and no
 * notRead says the year was guessed. A yearless group heading is never an older month (those carry
 * their year, "novembre • 2025"), so the item is this month's whatever the heading's language.
 * Oracle, by hand, at 2026-11-20: 2026-11-25 (or a notRead for its date), never 2025-11-25 unreported.
 */
const cases = [
  {
    lang: 'fr',
    heading: 'Ce mois-ci',
    date: '25 nov.',
    subject: 'E-mail : Proposition',
    summary: 'Vous aviez une tâche avec Maria Jensen',
  },
  {
    lang: 'de',
    heading: 'Diesen Monat',
    date: '25. Nov.',
    subject: 'E-Mail: Angebot',
    summary: 'Sie hatten eine Aufgabe mit Maria Jensen',
  },
];

describe('a done email task under the "This Month" group, dated later this month', () => {
  it.each(cases)('is not silently put a year back ($lang)', ({ lang, heading, date, subject, summary }) => {
    const li = item({
      token: 'Task',
      icon: 'email',
      iconTitle: 'Email',
      subject,
      id: '00T5g00000DpQL1EAN',
      date,
      checkbox: 'checked',
      summary,
    });
    const r = read(contactPage(timeline('', [{ heading, items: li }]), { lang }));
    const a = r.activities.find((x) => x.title === subject);
    const reported = r.notRead.some((n) => n.field === `activity date of "${subject}"`);
    expect(a?.timestamp === '2026-11-25T00:00:00.000Z' || reported).toBe(true);
  });
});

const doneEmail = (subject: string, date: string, summary: string) =>
  item({
    token: 'Task',
    icon: 'email',
    iconTitle: 'Email',
    subject,
    id: '00T5g00000DpQL1EAN',
    date,
    checkbox: 'checked',
    summary,
  });

describe("a month group named in the page's language", () => {
  it('is this month by its words where the heading is plain text, no folding button (fr, stripped)', () => {
    const li = doneEmail('E-mail : Proposition', '25 nov.', 'Vous aviez une tâche avec Maria Jensen');
    const html = `<div><div><h3>Ce mois-ci</h3><ul>${li}</ul></div></div>`;
    const a = read(contactPage(html, { lang: 'fr' }), 'stripped').activities.find(
      (x) => x.title === 'E-mail : Proposition',
    );
    expect(a?.timestamp).toBe('2026-11-25T00:00:00.000Z');
  });

  it('in wording no table has, under its folding button, is near today, not a year back (de)', () => {
    // Oracle, at 2026-11-20: "Aktueller Monat" names no year, so it is no older month: Nov 25 is 2026's.
    const li = doneEmail('E-Mail: Angebot', '25. Nov.', 'Sie hatten eine Aufgabe mit Maria Jensen');
    const r = read(contactPage(timeline('', [{ heading: 'Aktueller Monat', items: li }]), { lang: 'de' }));
    expect(r.activities.find((x) => x.title === 'E-Mail: Angebot')?.timestamp).toBe('2026-11-25T00:00:00.000Z');
  });
});

describe('a done item under a relative group whose wording is unknown', () => {
  it("is the day nearest today: last month in January is last year's December", () => {
    const january = { now: new Date('2027-01-10T12:00:00Z'), timeZone: 'UTC' };
    const read = (raw: string) => parseTimelineDate(raw, january, { upcoming: false, relativeGroup: true })?.timestamp;
    expect(read('Dec 15')).toBe('2026-12-15T00:00:00.000Z');
    expect(read('Jan 28')).toBe('2027-01-28T00:00:00.000Z');
  });
});
