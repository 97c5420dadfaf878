// @vitest-environment happy-dom
/**
 * decisions.md ("Reading pages"): "an item's date is looked for in its header line before its
 * body"; "a wrong value counts against, `unknown` with a `notRead` entry does not". A History entry
 * whose date line is not drawn (a partial render) shows only the days its note speaks of: a meeting
 * its mail proposes, the earlier mail a call followed up on. The History lists newest first: such a
 * day is the entry's only where it lies between its neighbours' dates and, for a done or past
 * entry, not after the clock (2026-11-20 15:00 UTC). Otherwise the entry is read undated and
 * reported; a day in its text that fits its place still dates it (crm-evidence-2.md). Its
 * neighbours are the History's done entries only: Focus above the History lists planned activities
 * by when they are due, and a planned entry's day says when it is due, not when it was done. An
 * entry of a feed grouped by day showing its time alone is of its header's day at that time, before
 * any day its note names.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const entry = (icon: string, id: number, subject: string, date: string, note = '') =>
  `<div class="Entry_root__q1"><span class="cui5-icon" role="img" aria-label="${icon}"></span><div>` +
  `<div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id}">${subject}</a></div>` +
  `<div>${date ? `<span>${date}</span> · ` : ''}<span>Casey Nguyen</span> · <a href="/person/2210">Maya Lindqvist</a></div>` +
  `${note ? `<div>${note}</div>` : ''}</div></div>`;

/** An activity not done yet: its toggle unticked, its date the day it is due. */
const plannedEntry = (icon: string, id: number, subject: string, date: string) =>
  entry(icon, id, subject, date)
    .replace('aria-checked="true"', 'aria-checked="false"')
    .replace('Mark as not done', 'Mark as done');

const reading = (middle: string, focus = '') =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
${focus ? `<section><h2>Focus</h2><div>${focus}</div></section>` : ''}
<section><h2>History</h2><div>${middle}</div></section></div></main></div>`,
    { title: 'Maya Lindqvist - Persons' },
  );

const above = entry('Call', 92001, 'Terms walkthrough', 'November 17, 2026 2:30 PM');
const below = entry('Meeting', 92003, 'Site visit', 'November 10, 2026 11:00 AM');

function dated(middle: string, subject: string, focus = '') {
  const read = reading(middle, focus);
  return {
    timestamp: read.activities.find((a) => a.title === subject)?.timestamp,
    reported: read.notRead.some((n) => n.field === 'activities.timestamp'),
  };
}

describe('Pipedrive: an entry without its date line, dated only in its note', () => {
  it('is not dated by a later day its note proposes (after the entry above it)', () => {
    const call = entry('Call', 92002, 'Follow-up call', '', 'Agreed to meet again on November 24, 2026 at 10:00 AM.');
    expect(dated(above + call + below, 'Follow-up call')).toEqual({ timestamp: undefined, reported: true });
  });

  it('is not dated by an earlier day its note mentions (before the entry below it)', () => {
    const call = entry('Call', 92002, 'Follow-up call', '', 'Following up on her mail of October 29, 2026.');
    expect(dated(above + call + below, 'Follow-up call')).toEqual({ timestamp: undefined, reported: true });
  });

  it('is not dated after the clock when it tops the History, done', () => {
    const call = entry('Call', 92002, 'Follow-up call', '', 'Agreed to meet again on November 24, 2026 at 10:00 AM.');
    expect(dated(call + above + below, 'Follow-up call')).toEqual({ timestamp: undefined, reported: true });
  });

  it('is still dated by a day in its note that fits between its neighbours', () => {
    const call = entry('Call', 92002, 'Follow-up call', '', 'Called back on November 14, 2026 at 9:00 AM.');
    expect(dated(above + call + below, 'Follow-up call')).toEqual({
      timestamp: '2026-11-14T09:00:00.000Z',
      reported: false,
    });
  });

  it('tops the History under Focus: the overdue activity there is no neighbour of its', () => {
    const focus = plannedEntry('Meeting', 92010, 'Pricing review', 'November 4, 2026 1:00 PM');
    const call = entry('Call', 92011, 'Check-in call', '', 'Spoke with her on November 19, 2026 at 4:00 PM.');
    expect(dated(call + above + below, 'Check-in call', focus)).toEqual({
      timestamp: '2026-11-19T16:00:00.000Z',
      reported: false,
    });
  });

  it('passes over a planned entry above it, whose day is when it is due', () => {
    const due = plannedEntry('Task', 92012, 'Send revised quote', 'November 12, 2026 10:00 AM');
    const call = entry('Call', 92013, 'Budget call', '', 'Talked budgets on November 15, 2026 at 11:30 AM.');
    expect(dated(due + call + below, 'Budget call')).toEqual({
      timestamp: '2026-11-15T11:30:00.000Z',
      reported: false,
    });
  });

  it('shows its time alone under a day header: that day at that time, not the day its note names', () => {
    const call = entry('Call', 92014, 'Workshop debrief', '2:45 PM', 'Confirmed the workshop of November 12, 2026.');
    expect(dated(`<div>Yesterday</div>${call}<div>November 10, 2026</div>${below}`, 'Workshop debrief')).toEqual({
      timestamp: '2026-11-19T14:45:00.000Z',
      reported: false,
    });
  });

  // Review s61 (r61e): a meta line giving the day with its time is the entry's, placed by its group's year.
  it('an entry whose own line says "Logged Nov 3 at 2:00 PM" under "November 2025" is of that day', () => {
    const call = (id: number, subject: string, date: string) => entry('Call', id, subject, date);
    const read = reading(
      `<div>November 2025</div>${call(93101, 'Check-in call', 'Nov 10 · 3:00 PM')}${call(93102, 'Budget call', 'Logged Nov 3 at 2:00 PM')}${call(93103, 'Intro call', 'Nov 1 · 11:00 AM')}`,
    );
    expect(read.activities.find((a) => a.title === 'Budget call')?.timestamp).toBe('2025-11-03T14:00:00.000Z');
  });

  // Review s61 (r61h): the neighbours under last year's heading are of that year too.
  it('an entry whose own line names its day alone under "November 2025" is of that day', () => {
    const call = (id: number, subject: string, date: string) => entry('Call', id, subject, date);
    const read = reading(
      `<div>November 2025</div>${call(93201, 'Check-in call', 'Nov 10 · 3:00 PM')}${call(93202, 'Budget call', 'Call logged on Nov 3')}${call(93203, 'Intro call', 'Nov 1 · 11:00 AM')}`,
    );
    expect(read.activities.find((a) => a.title === 'Budget call')?.timestamp?.slice(0, 10)).toBe('2025-11-03');
  });

  // Review s61 (r61j): done before it was due, an entry's own line may date it up to a day ahead.
  it.each([
    ['Logged Nov 20, 2026 at 4:00 PM', '2026-11-20T16:00:00.000Z'],
    ['Logged Nov 21', '2026-11-21'],
  ])('a done entry whose own line says "%s", at the top of the History, keeps that day', (line, day) => {
    const read = reading(entry('Call', 93301, 'Early call', line) + above + below);
    expect(read.activities.find((a) => a.title === 'Early call')?.timestamp?.slice(0, day.length)).toBe(day);
  });

  // Review s61 (r61e): a neighbour ticked done ahead of its due day is this year's.
  it('an entry below a call ticked done ahead of its due day keeps the day its own line gives', () => {
    const call = (id: number, subject: string, date: string) => entry('Call', id, subject, date);
    const read = reading(
      `${call(93311, 'Kick-off call', 'Nov 24 · 10:00 AM')}${call(93312, 'Budget call', 'Logged Nov 19 at 2:00 PM')}${call(93313, 'Intro call', 'Nov 12 · 9:00 AM')}`,
    );
    expect(read.activities.find((a) => a.title === 'Budget call')?.timestamp).toBe('2026-11-19T14:00:00.000Z');
  });
});
