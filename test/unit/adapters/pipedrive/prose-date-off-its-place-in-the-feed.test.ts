// @vitest-environment happy-dom
/**
 * decisions.md ("Reading pages"): "an item's date is looked for in its header line before its
 * body"; "a wrong value counts against, `unknown` with a `notRead` entry does not". A History entry
 * whose date line is not drawn (a partial render) shows only the days its note speaks of: a meeting
 * its mail proposes, the earlier mail a call followed up on. The History lists newest first: such a
 * day is the entry's only where it lies between its neighbours' dates and, for a done or past
 * entry, not after the clock (2026-11-20 15:00 UTC). Otherwise the entry is read undated and
 * reported; a day in its text that fits its place still dates it (crm-evidence-2.md).
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const entry = (icon: string, id: number, subject: string, date: string, note = '') =>
  `<div class="Entry_root__q1"><span class="cui5-icon" role="img" aria-label="${icon}"></span><div>` +
  `<div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id}">${subject}</a></div>` +
  `<div>${date ? `<span>${date}</span> · ` : ''}<span>Casey Nguyen</span> · <a href="/person/2210">Maya Lindqvist</a></div>` +
  `${note ? `<div>${note}</div>` : ''}</div></div>`;

const reading = (middle: string) =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
<section><h2>History</h2><div>${middle}</div></section></div></main></div>`,
    { title: 'Maya Lindqvist - Persons' },
  );

const above = entry('Call', 92001, 'Terms walkthrough', 'November 17, 2026 2:30 PM');
const below = entry('Meeting', 92003, 'Site visit', 'November 10, 2026 11:00 AM');

function dated(middle: string, subject: string) {
  const read = reading(middle);
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
});
