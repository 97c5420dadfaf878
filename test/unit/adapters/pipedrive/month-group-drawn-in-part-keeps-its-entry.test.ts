// @vitest-environment happy-dom
/**
 * crm-pages.md: adapters "report what they could not read instead of guessing". The History groups
 * its entries by month ("November 2026", "October 2026"). A month group drawn in part shows one
 * entry's Call icon, done checkbox and subject, but not yet its date line: no dated line finds it,
 * yet it is an entry of the feed as much as one beside dated siblings. It is read as an undated
 * call and its date reported, never dropped in silence. A block beside the groups that opens with
 * no heading of theirs is no month group: its typed parts stay unread; nor is a section beside the
 * History drawn alike (a <section> opening with an <h2>) whose heading names no month or day: the
 * sidebar's field rows there are no entries (metrics.md counts touches from the activity feed).
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const entry = (icon: string, id: number, subject: string, date: string) =>
  `<div class="Entry_root__q1"><span class="cui5-icon" role="img" aria-label="${icon}"></span><div>` +
  `<div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id}">${subject}</a></div>` +
  (date
    ? `<div><span>${date}</span> · <span>Casey Nguyen</span> · <a href="/person/2210">Maya Lindqvist</a></div>`
    : '') +
  '</div></div>';

const reading = (october: string) =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
<section><h2>History</h2><div>
<div><h3>November 2026</h3>${entry('Call', 93001, 'Terms walkthrough', 'November 17, 2026 2:30 PM')}${entry('Meeting', 93002, 'Site visit', 'November 10, 2026 11:00 AM')}</div>
${october}</div></section></div></main></div>`,
    { title: 'Maya Lindqvist - Persons' },
  );

describe('Pipedrive: a month group whose one entry shows no date line yet', () => {
  it('reads the entry as an undated call and reports its date', () => {
    const read = reading(`<div><h3>October 2026</h3>${entry('Call', 93003, 'Intro call', '')}</div>`);
    expect(read.activities.map((a) => [a.title, a.type, a.timestamp])).toEqual([
      ['Terms walkthrough', 'call', '2026-11-17T14:30:00.000Z'],
      ['Site visit', 'meeting', '2026-11-10T11:00:00.000Z'],
      ['Intro call', 'call', undefined],
    ]);
    expect(read.notRead).toContainEqual({ field: 'activities.timestamp', reason: 'the item shows no date' });
  });

  it('takes nothing from a block beside the groups that opens with no heading', () => {
    const read = reading(`<div><p>Pinned</p>${entry('Call', 93003, 'Intro call', '')}</div>`);
    expect(read.activities.map((a) => a.title)).toEqual(['Terms walkthrough', 'Site visit']);
  });
});

describe('Pipedrive: a section drawn like the History beside it', () => {
  const reading = (aboutHeading: string) =>
    readOk(
      '/person/3120',
      `<div id="root"><main><div class="PersonView_view__c4">
<div class="PersonHeader_header__d5"><h1>Jonas Berg</h1></div>
<section><h2>${aboutHeading}</h2><div><span>Phone</span><div><a href="tel:+4670123456">+46 70 123 456</a></div></div><div><span>Email</span><div><a href="mailto:jonas@fjordline.example">jonas@fjordline.example</a></div></div></section>
<section><h2>History</h2>${entry('Email', 93011, 'Contract draft', 'November 16, 2026 4:05 PM').replaceAll('2210', '3120').replaceAll('Maya Lindqvist', 'Jonas Berg')}${entry('Call', 93012, 'Budget check', 'November 9, 2026 10:30 AM').replaceAll('2210', '3120').replaceAll('Maya Lindqvist', 'Jonas Berg')}</section>
</div></main></div>`,
      { title: 'Jonas Berg - Persons' },
    );

  it('reads the History entries only, and the person’s email and phone from the section beside it', () => {
    const read = reading('About this person');
    expect(read.activities.map((a) => [a.title, a.timestamp])).toEqual([
      ['Contract draft', '2026-11-16T16:05:00.000Z'],
      ['Budget check', '2026-11-09T10:30:00.000Z'],
    ]);
    expect(read.kind === 'contact' ? [read.record.email, read.record.phone] : undefined).toEqual([
      'jonas@fjordline.example',
      '+46 70 123 456',
    ]);
  });
});
