// @vitest-environment happy-dom
/**
 * From review pdperson (session 46). A feed grouped by day: a header per day ("Today",
 * "Yesterday", "November 12") over the entries of that day, each entry showing only its time
 * ("4:15 PM · Jordan Blake"). A time alone is no date, so with entries whose classes the reader
 * does not know (build-hashed names other than FlowItem_…) each day's group was taken for one
 * entry, titled and dated by its header, and the other entries dropped without a word (5 calls,
 * meetings and mails read as 3 items titled "Today", "Yesterday", "November 12"); with the item
 * markers each entry was kept but its date reported unread and its owner lost. Every entry is
 * read, its day from its header and its time from its own line, its owner after the time.
 * Oracle, by hand: the clock is Friday 2026-11-20 15:00 UTC.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

let id = 64000;
const entry = (icon: string, subject: string, time: string, marker = 'class="ActivityRow_row__Hx3"', tag = 'div') =>
  `<${tag} ${marker}><span aria-label="${icon}"></span><div class="ActivityRow_head__Hx3"><button role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id++}">${subject}</a></div><div class="ActivityRow_meta__Hx3"><span>${time}</span> · <span>Jordan Blake</span> · <a href="/person/2210">Ana Ruiz</a></div></${tag}>`;
const group = (header: string, entries: string[], marker = 'class="DayGroup_group__Pq1"') =>
  `<div ${marker}><h3 class="DayGroup_title__Pq1">${header}</h3>${entries.join('')}</div>`;

const page = (feed: string, lang = 'en-US') =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonPage_root__k2"><header><h1>Ana Ruiz</h1></header>
<aside><div><span>Email</span> <a href="mailto:ana.ruiz@cobalto.example">ana.ruiz@cobalto.example</a></div><div><span>Owner</span> <span>Jordan Blake</span></div></aside>
<div class="Feed_root__p0"><section><h2>${lang.startsWith('de') ? 'Verlauf' : 'History'}</h2>
${feed}
</section></div></div></main></div>`,
    { lang, title: 'Ana Ruiz - Persons' },
  );

const grouped = (marker?: string) => `
${group('Today', [entry('Call', 'Call about renewal', '9:15 AM', marker)])}
${group('Yesterday', [entry('Call', 'Pricing call', '4:15 PM', marker), entry('Meeting', 'Onsite visit', '11:00 AM', marker)])}
${group('November 12', [entry('Email', 'Sent the proposal', '2:00 PM', marker), entry('Call', 'Quick check-in', '3:30 PM', marker)])}`;

const EXPECTED = [
  ['Call about renewal', '2026-11-20T09:15:00.000Z'],
  ['Pricing call', '2026-11-19T16:15:00.000Z'],
  ['Onsite visit', '2026-11-19T11:00:00.000Z'],
  ['Sent the proposal', '2026-11-12T14:00:00.000Z'],
  ['Quick check-in', '2026-11-12T15:30:00.000Z'],
];

const dated = (result: ReturnType<typeof readOk>) =>
  result.activities.map((a) => [a.title, a.timestamp, a.timePrecision, a.owner]);
const expected = EXPECTED.map(([title, at]) => [title, at, 'minute', 'Jordan Blake']);

describe('Pipedrive person: a History feed grouped under day headers', () => {
  it.each([
    ['hashed classes the reader does not know', undefined],
    ['the FlowItem class marker', 'class="FlowItem_item__t7Kq2"'],
    ['the flow-item test id', 'data-testid="flow-item"'],
  ])('with %s, reads every entry, its day from its header and its owner after its time', (_, marker) => {
    const result = page(grouped(marker));
    expect(dated(result)).toEqual(expected);
    expect(result.notRead.filter((n) => n.field.startsWith('activities'))).toEqual([]);
  });

  it('never takes a day header for an entry title', () => {
    const titles = page(grouped()).activities.map((a) => a.title);
    expect(titles).not.toContain('Today');
    expect(titles).not.toContain('Yesterday');
    expect(titles).not.toContain('November 12');
  });

  it('reads the entries of day groups drawn with the item marker themselves (FlowItemGroup_…)', () => {
    const marker = 'class="FlowItemGroup_group__Pq1"';
    const flow = 'class="FlowItem_item__t7Kq2"';
    const result = page(
      `${group('Today', [entry('Call', 'Call about renewal', '9:15 AM', flow)], marker)}${group('Yesterday', [entry('Call', 'Pricing call', '4:15 PM', flow), entry('Meeting', 'Onsite visit', '11:00 AM', flow)], marker)}`,
    );
    expect(dated(result)).toEqual(expected.slice(0, 3));
  });

  it('reads a flat list whose day headers stand among the entries', () => {
    const li = 'class="r1"';
    const result = page(
      `<ul><li>Today</li>${entry('Call', 'Call about renewal', '9:15 AM', li, 'li')}<li>Yesterday</li>${entry('Call', 'Pricing call', '4:15 PM', li, 'li')}${entry('Meeting', 'Onsite visit', '11:00 AM', li, 'li')}</ul>`,
    );
    expect(dated(result)).toEqual(expected.slice(0, 3));
  });

  it('reads the owner after a time shown in the marked date element', () => {
    const row = (subject: string, time: string) =>
      `<div class="FlowItem_item__t7Kq2"><span aria-label="Call"></span><div><button role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id++}">${subject}</a></div><div><span class="FlowItem_date__t7Kq2">${time}</span> · <span>Jordan Blake</span></div></div>`;
    const result = page(group('Yesterday', [row('Pricing call', '4:15 PM'), row('Second call', '5:00 PM')]));
    expect(dated(result)).toEqual([
      ['Pricing call', '2026-11-19T16:15:00.000Z', 'minute', 'Jordan Blake'],
      ['Second call', '2026-11-19T17:00:00.000Z', 'minute', 'Jordan Blake'],
    ]);
  });

  it('reads a German page ("Gestern", "12. November", 24-hour times)', () => {
    const result = page(
      `${group('Gestern', [entry('Anruf', 'Preisgespräch', '16:15'), entry('Anruf', 'Rückruf', '11:00')])}${group('12. November', [entry('Anruf', 'Erstgespräch', '09:00')])}`,
      'de-DE',
    );
    expect(dated(result)).toEqual([
      ['Preisgespräch', '2026-11-19T16:15:00.000Z', 'minute', 'Jordan Blake'],
      ['Rückruf', '2026-11-19T11:00:00.000Z', 'minute', 'Jordan Blake'],
      ['Erstgespräch', '2026-11-12T09:00:00.000Z', 'minute', 'Jordan Blake'],
    ]);
  });

  it('keeps a meeting with no done toggle under a day header in the History: held', () => {
    const meeting = (subject: string, time: string) =>
      `<div class="R"><span aria-label="Meeting"></span><div><a href="/activities/${id++}">${subject}</a></div><div><span>${time}</span> · <span>Jordan Blake</span></div></div>`;
    const [first, second] = page(
      group('Yesterday', [meeting('Demo', '4:15 PM'), meeting('Demo 2', '5:15 PM')]),
    ).activities;
    expect(first).toMatchObject({ type: 'meeting', outcome: 'held', timestamp: '2026-11-19T16:15:00.000Z' });
    expect(second).toMatchObject({ type: 'meeting', outcome: 'held' });
  });

  it('never titles an entry by its time where it shows no subject link', () => {
    const call = (subject: string, time: string) =>
      `<div class="R"><span aria-label="Call"></span><div><span>${time}</span> · <span>Jordan Blake</span></div><div>${subject}</div></div>`;
    const titles = page(
      group('Yesterday', [call('Pricing call', '4:15 PM'), call('Second call', '5:00 PM')]),
    ).activities.map((a) => a.title);
    expect(titles).toEqual(['Pricing call', 'Second call']);
  });

  it('dates an entry showing no date at all under a header by the header’s day', () => {
    const flow = 'class="FlowItem_item__t7Kq2"';
    const note = `<div ${flow}><span aria-label="Note"></span><div>Prefers email.</div></div>`;
    const result = page(group('Yesterday', [entry('Call', 'Pricing call', '4:15 PM', flow), note]));
    expect(result.activities.find((a) => a.type === 'note')).toMatchObject({
      timestamp: '2026-11-19T00:00:00.000Z',
      timePrecision: 'day',
    });
  });

  it('takes the time from the entry’s own line, never from the rep’s note', () => {
    const call = (subject: string, time: string) =>
      `<div class="R"><span aria-label="Call"></span><div><a href="/activities/${id++}">${subject}</a></div><div data-test="activity-note"><p>10:30</p><p>She asked to be called back then.</p></div><div><span>${time}</span> · <span>Jordan Blake</span></div></div>`;
    const result = page(group('Yesterday', [call('Pricing call', '4:15 PM'), call('Second call', '5:00 PM')]));
    expect(result.activities.map((a) => a.timestamp)).toEqual(['2026-11-19T16:15:00.000Z', '2026-11-19T17:00:00.000Z']);
  });

  it('(control) without a day header, a time alone stays the date not read, never a guessed day', () => {
    const flow = 'class="FlowItem_item__t7Kq2"';
    const result = page(
      `<div>${entry('Call', 'Pricing call', '4:15 PM', flow)}${entry('Call', 'Second call', '5:00 PM', flow)}</div>`,
    );
    expect(result.activities.map((a) => a.timestamp)).toEqual([undefined, undefined]);
    expect(result.notRead.filter((n) => n.field === 'activities.timestamp')).toHaveLength(2);
  });
});
