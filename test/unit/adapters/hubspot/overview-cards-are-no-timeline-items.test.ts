// @vitest-environment happy-dom
/**
 * Session 50 (known from session 49). A record's middle column holds its own tabs, "Overview" and
 * "Activities" (HubSpot's React app keeps the tab not shown in the page, hidden). Without test ids
 * (README: the second path), what stands right below the record's tabs was taken for the
 * timeline's only item: the Overview's card whose header shows a type and one date ("Meeting
 * booked | Nov 12, 2026") was read as a meeting when the Activities tab was not in the page. With
 * the Activities tab shown and the Overview kept hidden beside it, the Overview's "Data highlights"
 * card and the timeline's lone call were cousins in the page (children of the two tab panels), so
 * the card was read as a system item dated its last activity; with the call right below the tabs
 * (no search box), the hidden Overview's date stopped the call from being placed, and it was not
 * read. Cards in another tab panel stand beside no item of the timeline, and a block right below
 * the record's tabs is the timeline's only item only when it shows an item by itself (a header no
 * property has, or more than its date line); a lone item under the Activities tab is still read.
 */
import { describe, expect, it } from 'vitest';
import { type Reading, readHubSpot } from './contact-record';
import { DE, EN, group, hashedRecord, preview, type RecordWording } from './hashed-record';

const pages = {
  'en-US': {
    wording: EN,
    tabs: ['Overview', 'Activities'],
    highlights: {
      heading: 'Data highlights',
      rows: [
        ['Lifecycle stage', 'Lead'],
        ['Last activity date', 'Nov 18, 2026 10:02 AM'],
      ],
    },
    booked: ['Meeting booked', 'Nov 12, 2026'],
    month: 'November 2026',
    call: ['Logged call', 'Nov 18, 2026 at 10:02 AM', '<p>Walked Mara through the pricing for 40 vehicles.</p>'],
  },
  'de-DE': {
    wording: DE,
    tabs: ['Übersicht', 'Aktivitäten'],
    highlights: {
      heading: 'Daten-Highlights',
      rows: [
        ['Lebenszyklusphase', 'Lead'],
        ['Datum der letzten Aktivität', '18.11.2026 10:02'],
      ],
    },
    booked: ['Meeting gebucht', '12.11.2026'],
    month: 'November 2026',
    call: ['Anruf protokolliert', '18. Nov. 2026 um 10:02', '<p>Preise für 40 Fahrzeuge besprochen.</p>'],
  },
} as const;
type Page = (typeof pages)[keyof typeof pages];

/** A card of the Overview: its header and its label / value rows. */
const card = (header: string, rows: readonly (readonly [string, string])[]) =>
  `<div class="sc-hZDyAQ eIRvMy"><h3 class="sc-kMkxaj cSfVgK">${header}</h3>${rows.map(([l, v]) => `<div class="sc-bBeLUv kvjUYq"><span class="sc-ePDLzJ dSbfTz">${l}</span><span class="sc-gFAWRd gPnzJE">${v}</span></div>`).join('')}</div>`;
/** A card whose header line is all it shows: a type and one date. */
const headerCard = ([what, when]: readonly [string, string]) =>
  `<div class="sc-hZDyAQ eIRvMy"><div class="sc-dtInlm gYsjiP"><span class="sc-kOPcWz fNrYvH">${what}</span><span class="sc-cWSHoV hWUNfL">${when}</span></div></div>`;

/** The Overview's cards: the one whose header shows a type and a date, and "Data highlights" unless `booked` only. */
function overview(page: Page, cards: 'booked' | 'both'): string {
  const { heading, rows } = page.highlights;
  return headerCard(page.booked) + (cards === 'both' ? card(heading, rows) : '');
}

function middle(
  page: Page,
  shown: 'overview' | 'activities',
  activities: string | null,
  cards: 'booked' | 'both' = 'both',
): string {
  const tab = (name: string, i: number) =>
    `<button role="tab" aria-selected="${(i === 0) === (shown === 'overview')}" class="sc-cfxfcM jQmWfE">${name}</button>`;
  const hidden = (panel: 'overview' | 'activities') => (panel === shown ? '' : ' style="display: none"');
  return [
    `<div role="tablist" class="sc-hknOHE bYdWgq">${page.tabs.map(tab).join('')}</div>`,
    `<div role="tabpanel" class="sc-jsJBEP hHzMEk"${hidden('overview')}>${overview(page, cards)}</div>`,
    activities === null
      ? ''
      : `<div role="tabpanel" class="sc-jsJBEP hHzMEk"${hidden('activities')}>${activities}</div>`,
  ].join('\n');
}

/** The Activities tab's filter bar (its search box) above the timeline, or the timeline alone. */
const activitiesTab = (wording: RecordWording, timeline: string, search: boolean) =>
  search
    ? `<div class="sc-tagGq fvyMre"><input type="search" placeholder="${wording.search}" class="sc-uVWWZ kLxXbn"><button type="button" class="sc-bpUBKd gHnNqa">${wording.filters[1]}</button></div><div class="sc-esYiGF kDmGvB">${timeline}</div>`
    : timeline;

const touches = ({ activities }: Reading) => activities.map((a) => [a.type, a.timestamp]);
const activityNotes = ({ notRead }: Reading) => notRead.filter((n) => n.field.startsWith('activities'));
const readMiddle = (page: Page, content: string) => readHubSpot(hashedRecord(page.wording, [], { middle: content }));

describe.each(Object.entries(pages))(
  'HubSpot without test ids (%s): the Overview tab above the timeline',
  (_, page) => {
    const [header, when, notes] = page.call;
    const call = preview(header, when, notes);
    const read = [['call', '2026-11-18T10:02:00.000Z']];

    describe.each([
      ['its two cards', 'both'],
      ['only the card showing a type and a date', 'booked'],
    ] as const)('holding %s', (_, cards) => {
      it('shown, with the Activities tab not in the page: no card is an item, and the timeline is not read', () => {
        const reading = readMiddle(page, middle(page, 'overview', null, cards));
        expect(reading.activities).toEqual([]);
        expect(activityNotes(reading)).toEqual([
          { field: 'activities', reason: expect.stringMatching(/^no activity timeline/) },
        ]);
      });

      it('shown, with the Activities tab hidden beside it: only the timeline is read', () => {
        const timeline = activitiesTab(page.wording, group(page.month, [call]), true);
        const reading = readMiddle(page, middle(page, 'overview', timeline, cards));
        expect(touches(reading)).toEqual(read);
        expect(activityNotes(reading)).toEqual([]);
      });

      it.each([
        ['right below its search box', true],
        ['right below the record tabs', false],
      ])('hidden, beside the Activities tab: a lone call %s is read, and no card', (_, search) => {
        const reading = readMiddle(page, middle(page, 'activities', activitiesTab(page.wording, call, search), cards));
        expect(touches(reading)).toEqual(read);
        expect(activityNotes(reading)).toEqual([]);
      });

      it('hidden, beside the Activities tab: a month of the timeline is read, and no card', () => {
        const timeline = activitiesTab(page.wording, group(page.month, [call]), false);
        const reading = readMiddle(page, middle(page, 'activities', timeline, cards));
        expect(touches(reading)).toEqual(read);
        expect(activityNotes(reading)).toEqual([]);
      });
    });
  },
);
