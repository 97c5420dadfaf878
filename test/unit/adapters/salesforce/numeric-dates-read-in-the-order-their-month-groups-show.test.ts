import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce';
import { contactPage, item, read, timeline, URL_CONTACT } from './contact-page';
import { dealPage, field, readDeal, relatedCard } from './opportunity-page';

/**
 * Salesforce's language and locale are separate settings: a user with the language English and the
 * locale English (Australia) gets `<html lang="en-US">` pages printing "6/11/2026" for 6 November and
 * "2:10 pm"; one with Spanish and the locale Spanish (United States) gets `lang="es"` pages printing
 * "11/5/2026" for 5 November. Early in a month no numeric date shows its order by its digits, but
 * the timeline's past groups are headed by their month (crm-evidence-2.md: "past-activity-groups
 * headed by period text"), and an item is listed under its date's month. crm-evidence-2.md: "an
 * ambiguous date (03/04) is kept as text and reported, never guessed". Clock 2026-11-20 15:00 UTC.
 */
const MARIA = '<a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a>';

const email = (subject: string, id: string, date: string, summary = `You sent an email to ${MARIA}`) =>
  item({ token: 'Task', icon: 'email', iconTitle: 'Email', subject, id, date, summary });

const dated = (r: ReturnType<typeof read>) => r.activities.map((a) => [a.title, a.timestamp ?? `text ${a.dateText}`]);

/** The page read on a laptop set to UTC at `now`. */
function readAt(html: string, now: string) {
  const window = new Window({ url: URL_CONTACT });
  window.document.write(html);
  const r = salesforce.read(window.document as unknown as Document, new URL(URL_CONTACT), {
    now: new Date(now),
    timeZone: 'UTC',
  });
  window.close();
  if (r.status !== 'read') throw new Error(JSON.stringify(r));
  return r;
}

describe('numeric dates under month groups', () => {
  it('en-US page, Australian locale: dates are read day first, as the November and October groups show', () => {
    const r = read(
      contactPage(
        timeline('', [
          {
            heading: 'November • 2026',
            items:
              email('RE: Quote', '00T5g00000AaA01AAA', '2:10 pm | 6/11/2026', `${MARIA} sent you an email`) +
              email('Quote', '00T5g00000AaA02AAA', '9:30 am | 5/11/2026'),
          },
          { heading: 'October • 2026', items: email('Intro', '00T5g00000AaA03AAA', '11:15 am | 12/10/2026') },
        ]),
      ),
    );
    expect(dated(r)).toEqual([
      ['RE: Quote', '2026-11-06T14:10:00.000Z'],
      ['Quote', '2026-11-05T09:30:00.000Z'],
      ['Intro', '2026-10-12T11:15:00.000Z'],
    ]);
  });

  it('Spanish page, US locale: "11/5/2026" under "noviembre • 2026" is 5 November', () => {
    const r = read(
      contactPage(
        timeline(
          '',
          [{ heading: 'noviembre • 2026', items: email('Propuesta', '00T5g00000AaA04AAA', '11/5/2026') }],
          'Próximas y vencidas',
        ),
        { lang: 'es' },
      ),
    );
    expect(dated(r)).toEqual([['Propuesta', '2026-11-05T00:00:00.000Z']]);
  });

  it('groups showing both orders settle nothing: the ambiguous dates are reported, not guessed', () => {
    // "6/11/2026" under November is day first, "11/5/2026" under November month first.
    const r = read(
      contactPage(
        timeline('', [
          {
            heading: 'November • 2026',
            items: email('A', '00T5g00000AaA05AAA', '6/11/2026') + email('B', '00T5g00000AaA06AAA', '11/5/2026'),
          },
        ]),
      ),
    );
    expect(dated(r)).toEqual([
      ['A', 'text 6/11/2026'],
      ['B', 'text 11/5/2026'],
    ]);
    expect(r.notRead.map((n) => n.field)).toEqual(
      expect.arrayContaining(['activity date of "A"', 'activity date of "B"']),
    );
  });

  it('a date its group contradicts is kept as text and reported, never dated in another month', () => {
    // en-GB reads day first: "3/11/2026" is 3 November (or 11 March), neither in October.
    const r = read(
      contactPage(
        timeline('', [{ heading: 'October • 2026', items: email('Intro', '00T5g00000AaA07AAA', '3/11/2026') }]),
        {
          lang: 'en-GB',
        },
      ),
    );
    expect(dated(r)).toEqual([['Intro', 'text 3/11/2026']]);
    expect(r.notRead).toContainEqual({
      field: 'activity date of "Intro"',
      reason: '"3/11/2026" reads as 2026-11-03, outside the month of its group "October • 2026"',
    });
  });

  it('guard: an ISO date is no order question, whatever its group', () => {
    const r = read(
      contactPage(
        timeline('', [{ heading: 'October • 2026', items: email('Intro', '00T5g00000AaA08AAA', '2026-10-30') }]),
      ),
    );
    expect(dated(r)).toEqual([['Intro', '2026-10-30T00:00:00.000Z']]);
  });

  it('the order the groups show is the whole page’s: Stage History is read day first too', () => {
    const row = (stage: string, when: string) => [stage, 'A$40,000.00', when];
    const r = readDeal(
      dealPage({
        fields: field('Stage', 'Proposal'),
        timeline: timeline('', [
          { heading: 'November • 2026', items: email('Proposal', '00T5g00000AaA09AAA', '4:40 pm | 10/11/2026') },
        ]),
        related: relatedCard(
          'Stage History',
          '(2)',
          ['Stage', 'Amount', 'Last Modified'],
          [row('Proposal', '10/11/2026, 4:35 pm'), row('Qualification', '3/11/2026, 9:15 am')],
          'OpportunityHistories',
        ),
      }),
    );
    const entered = (r.record.stageHistory as { stage: string; enteredAt: string }[]).map((e) => [
      e.stage,
      e.enteredAt,
    ]);
    expect(entered).toEqual([
      ['Qualification', '2026-11-03T09:15:00.000Z'],
      ['Proposal', '2026-11-10T16:35:00.000Z'],
    ]);
  });

  // Lightning counts "This Month" and "Last Month" in the user's Salesforce time zone, which the page
  // does not show: a Chicago user reading on a laptop set to UTC just after midnight UTC on the 1st is
  // still in the month before, so those groups are a month behind what the laptop's clock says.
  it('a "This Month" group read as the clock’s month turns is no evidence of the order', () => {
    // 1 Oct 2026 04:00 UTC, 30 Sep 11 pm in Chicago: "This Month" is September's. "9/10/2026" under
    // a supposed October would read day first, 9 October, ahead of the clock.
    const r = readAt(
      contactPage(
        timeline('', [
          {
            heading: 'This Month',
            items:
              email('Renewal terms', '00T5g00000AaB01AAA', '2:00 PM | 9/10/2026') +
              email('Agenda', '00T5g00000AaB02AAA', '8:45 AM | 9/2/2026'),
          },
        ]),
      ),
      '2026-10-01T04:00:00Z',
    );
    expect(dated(r)).toEqual([
      ['Renewal terms', '2026-09-10T14:00:00.000Z'],
      ['Agenda', '2026-09-02T08:45:00.000Z'],
    ]);
  });

  it('a "Last Month" group’s date a month before the clock’s "last month" is still of its group', () => {
    // 1 Jan 2027 05:00 UTC, 31 Dec 11 pm in Chicago: "Last Month" is November 2026's, not December's.
    const r = readAt(
      contactPage(
        timeline('', [
          { heading: 'Last Month', items: email('Site visit recap', '00T5g00000AaB03AAA', '4:20 PM | 11/3/2026') },
        ]),
      ),
      '2027-01-01T05:00:00Z',
    );
    expect(dated(r)).toEqual([['Site visit recap', '2026-11-03T16:20:00.000Z']]);
    expect(r.notRead.map((n) => n.field)).not.toContain('activity date of "Site visit recap"');
  });

  it('guard: a "This Month" date two months off its group is still reported', () => {
    // 20 Nov 2026: "This Month" is November's, or October's at most; "8/4/2026" is neither order's.
    const r = read(
      contactPage(
        timeline('', [{ heading: 'This Month', items: email('Old thread', '00T5g00000AaB04AAA', '8/4/2026') }]),
      ),
    );
    expect(dated(r)).toEqual([['Old thread', 'text 8/4/2026']]);
  });

  // Review s61 (r61e): away from a month's turn "This Month" is the clock's month, and shows the order.
  it('mid-month, "This Month" shows day first: "12/11/2026" is 12 November, not a touch ahead of the clock', () => {
    const r = readAt(
      contactPage(
        timeline('', [
          {
            heading: 'This Month',
            items:
              email('Renewal terms', '00T5g00000AaB05AAA', '3:00 PM | 12/11/2026') +
              email('Agenda', '00T5g00000AaB06AAA', '9:30 AM | 5/11/2026'),
          },
        ]),
      ),
      '2026-11-20T15:00:00Z',
    );
    expect(dated(r)).toEqual([
      ['Renewal terms', '2026-11-12T15:00:00.000Z'],
      ['Agenda', '2026-11-05T09:30:00.000Z'],
    ]);
  });
});
