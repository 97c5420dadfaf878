import { describe, expect, it } from 'vitest';
import { fixturePage, readPage } from '../page-variation';
import { item, personPage, read } from './hashed-person-page';

/**
 * The second path: a person page with no class names and no test ids (crm-evidence-2.md: classes and
 * test ids churn; readers must find items "by what they are"). The sidebar's Details section holds
 * the usual fields (Email, Phone, Organization, Owner) and one date field: "Person created", or a
 * company's own date field (a birthday, a contract renewal). None of these is a feed entry.
 * The feed has one done call (Nov 17) and one note. metrics.md: a touch is a real contact; field values
 * are not activities. So the only touch read is the call, and no email exists on the page.
 */
describe('Pipedrive person page without classes or test ids: a date field in the Details section', () => {
  const strip = (html: string) => html.replace(/\s(class|data-testid)="[^"]*"/g, '');
  const base: [string, string][] = [
    ['Email', '<a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a> (Work)'],
    ['Phone', '<a href="tel:+14155550142">+1 415 555 0142</a> (Mobile)'],
    ['Organization', '<a href="/organization/480">Nordhavn Logistics</a>'],
    ['Owner', 'Casey Nguyen'],
  ];
  const history = [
    item({ icon: 'Call', done: true, subject: 'Call with Maya', date: 'Nov 17, 2026 3:10 PM' }),
    item({ icon: 'Note', body: 'Prefers email over phone.', date: 'Nov 10, 2026 2:30 PM' }),
  ];
  const cases: [string, [string, string], string][] = [
    ['Person created', ['Person created', 'Sep 14, 2026'], 'en'],
    ['a custom Birthday field', ['Birthday', 'March 4, 1985'], 'en'],
    ['a custom Contract renewal field', ['Contract renewal', 'Mar 1, 2027'], 'en'],
  ];
  for (const [what, extra] of cases) {
    it(`reads no email touch from the sidebar (${what})`, () => {
      const reading = read(strip(personPage({ fields: [...base, extra], history })));
      const touches = reading.activities.filter((a) => ['call', 'email', 'meeting', 'social', 'sms'].includes(a.type));
      expect(touches.map((a) => [a.type, a.title])).toEqual([['call', 'Call with Maya']]);
    });
  }

  it('reads no email touch from a German sidebar ("E-Mail", "Person erstellt 14.09.2026")', () => {
    const de: [string, string][] = [
      ['E-Mail', '<a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a> (Arbeit)'],
      ['Telefon', '<a href="tel:+14155550142">+1 415 555 0142</a> (Mobil)'],
      ['Besitzer', 'Casey Nguyen'],
      ['Person erstellt', '14.09.2026'],
    ];
    const page = personPage({
      lang: 'de',
      fields: de,
      historyTitle: 'Verlauf',
      history: [
        item({
          icon: 'Anruf',
          done: true,
          checkLabel: 'Als nicht erledigt markieren',
          subject: 'Anruf mit Maya',
          date: '17.11.2026 15:10',
        }),
      ],
    });
    const reading = read(strip(page));
    expect(reading.activities.filter((a) => a.type === 'email')).toEqual([]);
  });

  it('reads no extra activity from the person-hashed fixture with a Birthday field, classes and test ids removed', () => {
    const page = fixturePage('pipedrive', 'person-hashed');
    const row =
      '<div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">Birthday</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw">March 4, 1985</div></div>';
    const html = page.html.replace(
      '<div class="FieldsList_list__r1Pz0">',
      `<div class="FieldsList_list__r1Pz0">${row}`,
    );
    const titles = (h: string) => readPage(strip(h), page.url).activities.map((a) => a.title);
    // The same page without the Birthday field reads the feed's entries only: the field adds none.
    expect(titles(html)).toEqual(titles(page.html));
  });
});
