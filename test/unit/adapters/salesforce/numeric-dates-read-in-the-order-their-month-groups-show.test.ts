import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';
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
});
