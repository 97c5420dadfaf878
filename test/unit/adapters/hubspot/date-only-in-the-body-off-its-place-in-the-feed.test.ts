/**
 * decisions.md ("Reading pages"): "an item's date is looked for in its header line before its
 * body"; "a wrong value counts against, `unknown` with a `notRead` entry does not". A preview whose
 * event-timestamp shows nothing (a partial render) has only the days its body speaks of: a meeting
 * its email proposes, the earlier email a call followed up on. The feed lists newest first: such a
 * day is the item's only where it lies between its neighbours' dates and, for an item outside the
 * Upcoming group, not after the clock (2026-11-20 15:00 UTC). Otherwise the item is read undated
 * and reported; a body date that fits its place still dates it (crm-evidence-2.md).
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, readHubSpot, timeline } from './contact-record';

const item = (id: string, header: string, when: string, body: string) =>
  previewEvent(
    header,
    when,
    `<div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"></div>${body}`,
  );

const page = (middle: string) =>
  readHubSpot(
    contactRecord({ name: 'Ivo Brandt', middle: timeline(`<div>${groupHeading('November 2026')}${middle}</div>`) }),
  );

const above = item('8101', 'Logged call - Connected', 'Nov 17, 2026 at 2:30 PM', '<p>Walked through the terms</p>');
const below = item('8103', 'Note by Alex Morgan', 'Nov 10, 2026 at 11:00 AM', '<p>Budget signed off</p>');

function dated(middle: string, id: string) {
  return datedIn(page(middle), id);
}

/** A feed with its own groups: the Upcoming one, a month's, the pinned section above them. */
function datedInFeed(feed: string, id: string) {
  return datedIn(readHubSpot(contactRecord({ name: 'Ivo Brandt', middle: timeline(feed) })), id);
}

function datedIn(reading: ReturnType<typeof readHubSpot>, id: string) {
  const index = reading.activities.findIndex((a) => a.sourceId === id);
  return {
    timestamp: reading.activities[index]?.timestamp,
    reported: reading.notRead.some((n) => n.field === `activities[${index}].timestamp`),
  };
}

describe('HubSpot: an item whose own date shows nothing, dated only in its body', () => {
  it('is not dated by a later day its body proposes (after the item above it)', () => {
    const email = item('8102', 'Email - Renewal terms', '', '<p>Can we meet on Nov 24, 2026 at 10:00 AM?</p>');
    expect(dated(above + email + below, '8102')).toEqual({ timestamp: undefined, reported: true });
  });

  it('is not dated by an earlier day its body mentions (before the item below it)', () => {
    const call = item('8102', 'Logged call - No answer', '', '<p>Following up on his email of Oct 29, 2026</p>');
    expect(dated(above + call + below, '8102')).toEqual({ timestamp: undefined, reported: true });
  });

  it('is not dated after the clock when it tops the feed outside the Upcoming group', () => {
    const email = item('8102', 'Email - Renewal terms', '', '<p>Can we meet on Nov 24, 2026 at 10:00 AM?</p>');
    expect(dated(email + above + below, '8102')).toEqual({ timestamp: undefined, reported: true });
  });

  it('is not dated by a <time> in its notes that lies ahead', () => {
    const call = previewEvent(
      'Logged call - Connected',
      '',
      '<div data-selenium-test="timeline-header-actions" data-selenium-id="8102"></div><p>Next step on <time datetime="2026-12-02T10:00:00Z">Dec 2, 2026</time></p>',
    ).replace(/<span data-test-id="event-timestamp"[^>]*><\/span>/, '');
    expect(dated(above + call + below, '8102')).toEqual({ timestamp: undefined, reported: true });
  });

  it('is still dated by a body date that fits between its neighbours', () => {
    const call = item('8102', 'Logged call - Connected', '', '<p>Called Nov 14, 2026 at 9:00 AM about the terms</p>');
    expect(dated(above + call + below, '8102')).toEqual({ timestamp: '2026-11-14T09:00:00.000Z', reported: false });
  });

  it('is not dated ahead of the clock by a day its subject names', () => {
    const email = item('8102', 'Email - Kick-off on Dec 1, 2026', '', '<p>Hi Ivo, the plan is below.</p>');
    expect(dated(above + email + below, '8102')).toEqual({ timestamp: undefined, reported: true });
  });

  it('is dated by its <time> beside the header line, not by a day its subject names', () => {
    // The timestamp's test id gone: the date drawn next to the header line, not inside it.
    const email = previewEvent(
      'Email - Notes from Nov 2, 2026',
      '',
      '<div data-selenium-test="timeline-header-actions" data-selenium-id="8102"></div><p>Hi Ivo, notes attached.</p>',
    )
      .replace(/<span data-test-id="event-timestamp"[^>]*><\/span>/, '')
      .replace(
        '<div class="PreviewEvent__Body',
        '<time datetime="2026-11-16T08:45:00Z">Nov 16, 2026 at 8:45 AM</time><div class="PreviewEvent__Body',
      );
    expect(dated(above + email + below, '8102')).toEqual({ timestamp: '2026-11-16T08:45:00.000Z', reported: false });
  });

  // Review s61 (r61f): a subject naming a past day and hour is what the email speaks of.
  it('is dated by its <time> beside the header line, not by a day and hour its subject names', () => {
    const email = timeBesideHeader(
      previewEvent(
        'Email - Confirmed: demo on Nov 12, 2026 at 2:00 PM',
        '',
        '<div data-selenium-test="timeline-header-actions" data-selenium-id="8102"></div><p>See you then.</p>',
      ),
      '2026-11-16T08:45:00Z',
    );
    expect(dated(above + email + below, '8102')).toEqual({ timestamp: '2026-11-16T08:45:00.000Z', reported: false });
  });

  // Review s61 (r61f): a meeting pinned above the feed may be still to come.
  it('a pinned meeting still to come keeps its <time>', () => {
    const meeting = (id: string) =>
      timeBesideHeader(
        previewEvent(
          'Meeting - Pilot kickoff',
          '',
          `<div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"></div><p>Agenda attached</p>`,
        ),
        '2026-11-24T09:00:00Z',
      );
    const feed = `<div data-test-id="pinned-activity-section">${meeting('8301')}</div>${groupHeading('November 2026')}${above}`;
    expect(datedInFeed(feed, '8301')).toEqual({ timestamp: '2026-11-24T09:00:00.000Z', reported: false });
  });
});

describe('HubSpot: an item whose own date is drawn beside its header line', () => {
  // Review s61 (r61g): that date is the item's own, whatever its neighbours or the clock say.
  it('a meeting still to come keeps it, at the top of the feed', () => {
    const meeting = timeBesideHeader(
      previewEvent(
        'Meeting - Product demo',
        '',
        '<div data-selenium-test="timeline-header-actions" data-selenium-id="8401"></div><p>Agenda attached</p>',
      ),
      '2026-12-02T10:00:00Z',
    );
    expect(
      datedInFeed(`${groupHeading('December 2026')}${meeting}${groupHeading('November 2026')}${above}`, '8401'),
    ).toEqual({ timestamp: '2026-12-02T10:00:00.000Z', reported: false });
  });
});

/** The preview's timestamp test id gone, its date drawn as a `<time>` next to the header line. */
function timeBesideHeader(preview: string, datetime: string): string {
  return preview
    .replace(/<span data-test-id="event-timestamp"[^>]*><\/span>/, '')
    .replace(
      '<div class="PreviewEvent__Body',
      `<time datetime="${datetime}">${datetime}</time><div class="PreviewEvent__Body`,
    );
}

describe('HubSpot: a body date is checked against the neighbours in the item own group only', () => {
  const olderCall = item('8203', 'Logged call - No answer', 'Nov 13, 2026 at 1:00 PM', '<p>Rang twice</p>');
  const bodyDatedEmail = item('8202', 'Email - Quote', '', '<p>Sent on Nov 19, 2026 at 8:15 AM with the quote</p>');

  it('below a pinned copy of an older item, the newest feed item keeps its body date', () => {
    // crm-evidence-2.md: pinned items sit above the feed, each a second copy of an item.
    const pinnedNote = (id: string) =>
      item(id, 'Note by Alex Morgan', 'Oct 28, 2026 at 10:00 AM', '<p>Prefers calls after 3pm</p>');
    const feed = `<div data-test-id="pinned-activity-section">${pinnedNote('8201')}</div>${groupHeading('November 2026')}${bodyDatedEmail}${olderCall}${pinnedNote('8201')}`;
    expect(datedInFeed(feed, '8202')).toEqual({ timestamp: '2026-11-19T08:15:00.000Z', reported: false });
  });

  it('an overdue task in the Upcoming group keeps the due date in its body, above newer past items', () => {
    const task = item('8211', 'Task', '', '<p>Due Nov 9, 2026 at 10:00 AM</p><p>Call back about the invoice</p>');
    const email = item('8212', 'Email - Invoice', 'Nov 18, 2026 at 4:40 PM', '<p>Invoice attached</p>');
    const feed = `${groupHeading('Upcoming')}${task}${groupHeading('November 2026')}${email}`;
    expect(datedInFeed(feed, '8211')).toEqual({ timestamp: '2026-11-09T10:00:00.000Z', reported: false });
  });

  it('below an Upcoming task dated without its year, the newest past item keeps its body date', () => {
    // crm-evidence-2.md: the current year's days are shown without it; the task is due Nov 30, 2026.
    const task = item('8221', 'Task', 'Nov 30 at 2:00 PM', '<p>Send the signed order form</p>');
    const feed = `${groupHeading('Upcoming')}${task}${groupHeading('November 2026')}${bodyDatedEmail}${olderCall}`;
    expect(datedInFeed(feed, '8202')).toEqual({ timestamp: '2026-11-19T08:15:00.000Z', reported: false });
  });

  // Review s61 (r61d): the Upcoming group's order is not known; an overdue task above a later one keeps its due day.
  it('an overdue task above a task due later keeps the due date in its body', () => {
    const overdue = item('8231', 'Task', '', '<p>Due Nov 12, 2026 at 9:00 AM</p><p>Chase the purchase order</p>');
    const next = item('8232', 'Task', 'Dec 3, 2026 at 9:00 AM', '<p>Quarterly review</p>');
    const feed = `${groupHeading('Overdue')}${overdue}${groupHeading('Upcoming')}${next}`;
    expect(datedInFeed(feed, '8231')).toEqual({ timestamp: '2026-11-12T09:00:00.000Z', reported: false });
  });

  // Review s61 (r61d): a date with its time in the header's text is when it was logged, whatever stands above.
  it('a call keeps the date and time its header text shows, under a pinned copy whose section lost its hook', () => {
    const pinned = `<div class="Pinned__section">${item('8241', 'Note by Alex Morgan', 'Nov 2, 2026 at 10:00 AM', '<p>Prefers calls</p>')}</div>`;
    const call = item(
      '8242',
      'Logged call · Nov 18, 2026 at 3:15 PM',
      '',
      '<p>Demo of <time datetime="2026-11-16">Monday</time> went well</p>',
    );
    const feed = `${pinned}${groupHeading('November 2026')}${call}`;
    expect(datedInFeed(feed, '8242')).toEqual({ timestamp: '2026-11-18T15:15:00.000Z', reported: false });
  });
});
