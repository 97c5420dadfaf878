// @vitest-environment happy-dom
/**
 * Without test ids, items are found by their date lines (find-items.ts): each line's largest
 * container holding no other date line, kept when it repeats beside other items. A timeline holding
 * one item (a new contact, one call logged) has no other date line to stop at: the container grew
 * into the middle column (tabs, filter bar, month heading, the item) and was kept because the right
 * sidebar's deal card, grown the same way from its close date, stood beside it. The call was read
 * titled "November 2026 Logged call …" and the deal card as an activity of unknown type; without a
 * date in the sidebars, the call was not found at all ("no activity timeline on the page"). Now an
 * item never grows past a group's heading, the tabs or a search box, and the entry standing first
 * under a group's heading ("November 2026", "Upcoming") is an item even alone. An item and a block
 * one level above its group (the sidebar card beside the column) no longer count as beside each
 * other (find-items.ts `repeated`). Review s48: an item under no group heading, right below the
 * record's tabs or the filter bar's search box, was still reported as "no activity timeline on the
 * page"; what stands around the timeline places it (item-bounds.ts), and one that nothing places is
 * reported by its text.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, property, type Reading, readHubSpot, timeline } from './contact-record';
import { DE, EN, group, hashedRecord, preview } from './hashed-record';

const touches = ({ activities }: Reading) =>
  activities.map(({ type, channel, direction, timestamp, planned, outcome }) => ({
    type,
    channel,
    direction,
    timestamp,
    planned: planned ?? false,
    outcome,
  }));
const activityNotes = ({ notRead }: Reading) => notRead.filter((n) => n.field.startsWith('activities'));

const pages = {
  'en-US': {
    wording: EN,
    month: 'November 2026',
    upcoming: 'Upcoming',
    call: ['Logged call', 'Nov 18, 2026 at 10:02 AM'],
    notes: '<p>Walked Mara through the pricing for 40 vehicles.</p>',
    outcome: '<div><span>Outcome</span><span>Connected</span></div>',
    meeting: ['Meeting', 'Nov 24, 2026 at 3:00 PM', '<p>Fleet review with Mara Quist</p>'],
    loadMore: 'Load more',
  },
  'de-DE': {
    wording: DE,
    month: 'November 2026',
    upcoming: 'Anstehend',
    call: ['Anruf protokolliert', '18. Nov. 2026 um 10:02'],
    notes: '<p>Preise für 40 Fahrzeuge besprochen.</p>',
    outcome: '<div><span>Ergebnis</span><span>Verbunden</span></div>',
    meeting: ['Meeting', '24. Nov. 2026 um 15:00', '<p>Flottenreview mit Mara Quist</p>'],
    loadMore: 'Mehr laden',
  },
} as const;

const call = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-18T10:02:00.000Z',
  planned: false,
};

describe('HubSpot without test ids: a timeline holding one item', () => {
  describe.each(Object.entries(pages))('%s', (_, page) => {
    const [header, when] = page.call;

    it.each([
      ['with notes', page.notes, 'unknown'],
      ['without notes', undefined, 'unknown'],
      ['without notes, with its outcome', page.outcome, 'connected'],
    ])('a call %s is read, and nothing else of the page', (_, body, outcome) => {
      const reading = readHubSpot(hashedRecord(page.wording, [group(page.month, [preview(header, when, body)])]));
      expect(touches(reading)).toEqual([{ ...call, outcome }]);
      expect(reading.activities[0]?.title).not.toContain(page.month);
      expect(activityNotes(reading)).toEqual([]);
    });

    it('an empty "Upcoming" group above it changes nothing', () => {
      const reading = readHubSpot(
        hashedRecord(page.wording, [
          group(page.upcoming, ['<p class="sc-fUnMCh dJxRkq">—</p>']),
          group(page.month, [preview(header, when)]),
        ]),
      );
      expect(touches(reading)).toEqual([{ ...call, outcome: 'unknown' }]);
      expect(activityNotes(reading)).toEqual([]);
    });

    it('a meeting alone in the "Upcoming" group is read as planned', () => {
      const [title, at, body] = page.meeting;
      const reading = readHubSpot(hashedRecord(page.wording, [group(page.upcoming, [preview(title, at, body)])]));
      expect(touches(reading)).toEqual([
        {
          type: 'meeting',
          channel: 'meeting',
          direction: 'outbound',
          timestamp: '2026-11-24T15:00:00.000Z',
          planned: true,
          outcome: undefined,
        },
      ]);
      expect(activityNotes(reading)).toEqual([]);
    });

    it('a "Load more" control below it is no part of it: the timeline is reported as read in part', () => {
      const more = `<button type="button" class="sc-bpUBKd gHnNqa">${page.loadMore}</button>`;
      const reading = readHubSpot(hashedRecord(page.wording, [group(page.month, [preview(header, when)], more)]));
      expect(touches(reading)).toEqual([{ ...call, outcome: 'unknown' }]);
      expect(activityNotes(reading)).toEqual([
        {
          field: 'activities',
          reason: `older timeline items are behind a "${page.loadMore}" control`,
          part: 'older',
          olderThan: expect.any(String),
        },
      ]);
    });
  });

  it.each([
    ['the record tabs', { search: false }],
    ['the search box', { tabs: false }],
    ['the record tabs and the search box', {}],
  ])('under no group heading, right below %s, it is read, and the sidebar card is not (%#)', (_, above) => {
    // A deal card headed by its collapse toggle grows from its close date up to its column, as the
    // item would up to its own: side by side, the two were read as two items (the card as one of
    // unknown type, dated its close date). Then the item stopped below the tabs, and was reported as
    // "no activity timeline on the page": a new contact's one logged call, not counted.
    for (const [lang, page] of Object.entries(pages)) {
      const [header, when] = page.call;
      const only = preview(header, when, page.notes);
      const reading = readHubSpot(hashedRecord(page.wording, [only], { ...above, cardToggle: true }));
      expect(touches(reading), lang).toEqual([{ ...call, outcome: 'unknown' }]);
      expect(activityNotes(reading), lang).toEqual([]);
    }
  });

  it('with nothing around it that places it in a timeline, it is reported by what it shows', () => {
    // No tabs, search box, group heading or test id: nothing tells it from a card of the page.
    const page = contactRecord({
      properties: property('Email', 'mara@quist.example'),
      middle: timeline(previewEvent('Logged call', 'Nov 18, 2026 at 10:02 AM', 'Walked Mara through pricing')),
    });
    const reading = readHubSpot(page, { strip: true });
    expect(reading.activities).toEqual([]);
    expect(activityNotes(reading)).toEqual([
      {
        field: 'activities',
        reason:
          'no activity timeline found: "Logged call Nov 18, 2026 at 10:02 AM Walked Mara through pricing" shows a type and a date like a timeline item, but stands in no timeline Touchline can place: not read',
      },
    ]);
  });

  it('entries under one heading that cannot be told apart are reported, never read as one item', () => {
    // The second entry's date ("3h") is none Touchline reads: the month's only date line cannot
    // say which of the two blocks is its item.
    const reading = readHubSpot(
      hashedRecord(EN, [
        group('November 2026', [
          preview('Logged call', 'Nov 18, 2026 at 10:02 AM', pages['en-US'].notes),
          preview('Email - Fleet pricing', '3h', '<p>from Alex Morgan to Mara Quist</p>'),
        ]),
      ]),
    );
    expect(reading.activities).toEqual([]);
    expect(activityNotes(reading)).toEqual([
      {
        field: 'activities',
        reason: expect.stringContaining('holds entries Touchline cannot tell apart: not read as timeline items'),
      },
    ]);
  });
});
