import { describe, expect, it } from 'vitest';
import { CONTACT_URL, contactPage, previewItem, readContact } from './contact-page';
import { readPage } from './read-page';

/**
 * crm-evidence-2.md: "class names and even test ids churn … What lasts longest: ARIA roles and
 * labels". A timeline that has drawn its newest items and fetches the rest shows a loading
 * indicator below them; without its test id (`timeline-event-container-loading-state`) it is
 * still a progress bar stating no value (WAI-ARIA: indeterminate) or a spinner's `role="status"`
 * with empty dots (as Salesforce's `lightning-spinner` draws one). The items shown are then only
 * part of the timeline: decisions.md, "a wrong value counts against, `unknown` with a `notRead`
 * entry does not". An item's own bar (a sequence's steps) states its value and is no loading.
 *
 * By hand, at the fixtures' clock: the two items are read in each case; the reading says more
 * were still loading only where a loading indicator sits below them.
 */
const ITEMS = [
  previewItem({
    header: 'Logged call - Connected',
    date: 'Nov 18, 2026 at 11:20 AM',
    icon: 'Call',
    body: 'Renewal terms',
  }),
  previewItem({
    header: 'Email - Renewal quote',
    date: 'Nov 16, 2026 at 9:05 AM',
    icon: 'Email',
    body: 'Quote attached',
  }),
].join('');

const LOADING_MORE = [{ field: 'activities', reason: 'more timeline items were still loading' }];

function read(feed: string) {
  const r = readContact(contactPage({ feed }));
  return { items: r.activities.length, leftOut: r.notRead.filter((n) => n.field === 'activities') };
}

describe('HubSpot: a loading indicator below the timeline items, without its test id', () => {
  it('a progress bar stating no value, below the items: read in part', () => {
    const bar = '<div class="x9"><div role="progressbar" aria-label="Loading"><i></i><i></i><i></i></div></div>';
    expect(read(`<div><h3>November 2026</h3>${ITEMS}</div>${bar}`)).toEqual({ items: 2, leftOut: LOADING_MORE });
  });

  it('a spinner drawn as a status with empty dots, below the items: read in part', () => {
    const spinner = '<div role="status"><span>Loading</span><div></div><div></div></div>';
    expect(read(`<div><h3>November 2026</h3>${ITEMS}${spinner}</div>`)).toEqual({ items: 2, leftOut: LOADING_MORE });
  });

  it('an item whose own bar states its value (a sequence at step 2 of 4), last on the page: read whole', () => {
    const sequence = previewItem({
      header: 'Enrolled in sequence Renewal follow-up',
      date: 'Nov 14, 2026 at 8:00 AM',
      body: '<div role="progressbar" aria-label="Steps" aria-valuenow="2" aria-valuemin="0" aria-valuemax="4"></div>',
    });
    const feed = `<div><h3>November 2026</h3>${ITEMS}${sequence}</div>`;
    expect(read(feed).leftOut).toEqual([]);
    // Items found by shape only (no test id): where the bar sits does not tell it is the item's.
    expect(read(feed.replaceAll('"timeline-preview-event"', '"timeline-event-preview"')).leftOut).toEqual([]);
  });

  it('an item whose own bar states no value (a voicemail being transcribed), last on the page: read whole', () => {
    const voicemail = previewItem({
      header: 'Logged call - Left voicemail',
      date: 'Nov 14, 2026 at 8:00 AM',
      body: '<p>Voicemail</p><div role="progressbar" aria-label="Transcribing voicemail"><i></i></div>',
    });
    const feed = `<div><h3>November 2026</h3>${ITEMS}${voicemail}</div>`;
    // Items found by shape only (no test id): the bar is inside the item the reader found.
    expect(read(feed.replaceAll('"timeline-preview-event"', '"timeline-event-preview"'))).toEqual({
      items: 3,
      leftOut: [],
    });
  });

  it('a status saying what was done ("Note saved"), no spinner, below the items: read whole', () => {
    expect(read(`<div><h3>November 2026</h3>${ITEMS}</div><div role="status">Note saved</div>`)).toEqual({
      items: 2,
      leftOut: [],
    });
  });

  it('a progress bar with items shown after it is no timeline loading more: read whole', () => {
    const bar = '<div role="progressbar" aria-label="Refreshing"></div>';
    expect(read(`${bar}<div><h3>November 2026</h3>${ITEMS}</div>`).leftOut).toEqual([]);
  });

  it('a timeline showing only the indicator, no item yet: still loading', () => {
    const html = contactPage({ feed: '<div role="progressbar" aria-label="Loading"><i></i><i></i></div>' });
    expect(readPage(html, CONTACT_URL).status).toBe('loading');
  });
});
