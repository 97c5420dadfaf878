// @vitest-environment happy-dom
/**
 * Session 50 (known from session 49). Without test ids (README: the second path), a record whose
 * middle column shows its timeline under no tabs, no search box and no group heading: the
 * timeline's one call climbed into its column, the right sidebar's deal card ("Deals (1)", the
 * deal's name, "Amount", "Close date: Dec 15, 2026", "Stage") climbed into its own, and the two
 * columns, side by side, were read as two items: the card became a system item dated its close
 * date. An association card shows another record, never an activity: it is no item, by its date
 * being a property's value ("Close date"), or by its heading or region naming an association
 * ("Deals", "Kontakte"). The call is still read: the filter bar's buttons above it place it.
 */
import { describe, expect, it } from 'vitest';
import type { Reading } from './contact-record';
import { readHubSpot } from './contact-record';
import { DE, EN, group, hashedRecord, preview, type RecordWording } from './hashed-record';

const pages = {
  'en-US': {
    wording: EN,
    call: ['Logged call', 'Nov 18, 2026 at 10:02 AM', '<p>Walked Mara through the pricing for 40 vehicles.</p>'],
    email: ['Email - Fleet pricing', 'Nov 12, 2026 at 9:00 AM', '<p>from Alex Morgan to Mara Quist</p>'],
    /** A deal named after a step, and a card showing a date property the word tables do not know. */
    touchNamedDeal: 'Call center rollout',
    customDate: ['Last activity date:', 'Nov 12, 2026'] as [string, string],
    /** A card an admin titled: no word table knows the title, its close date is still a property's. */
    customTitle: 'Open opportunities (1)',
  },
  'de-DE': {
    wording: DE,
    call: ['Anruf protokolliert', '18. Nov. 2026 um 10:02', '<p>Preise für 40 Fahrzeuge besprochen.</p>'],
    email: ['E-Mail - Flottenpreise', '12. Nov. 2026 um 09:00', '<p>von Alex Morgan an Mara Quist</p>'],
    touchNamedDeal: 'Anruf-Center Ausbau',
    customDate: ['Datum der letzten Aktivität:', '12.11.2026'] as [string, string],
    customTitle: 'Offene Chancen (1)',
  },
} as const;

const activityNotes = ({ notRead }: Reading) => notRead.filter((n) => n.field.startsWith('activities'));

/** Nothing of the card is read or named: no item, no note quoting it. */
function expectCardLeftOut(reading: Reading, wording: RecordWording): void {
  expect(reading.activities.filter((a) => a.type === 'system')).toEqual([]);
  expect(reading.activities.map((a) => a.timestamp)).not.toContain('2026-12-15T00:00:00.000Z');
  for (const note of activityNotes(reading)) expect(note.reason).not.toContain(wording.dealCard.name);
}

describe.each(Object.entries(pages))('HubSpot without test ids (%s): the right sidebar deal card', (_, page) => {
  const [header, when, notes] = page.call;
  const only = preview(header, when, notes);
  const noPlace = { tabs: false, search: false };
  /** The lone call, placed by the filter bar's buttons above it, and nothing else read or reported. */
  const expectOnlyTheCall = (reading: Reading) => {
    expect(reading.activities.map((a) => [a.type, a.timestamp])).toEqual([['call', '2026-11-18T10:02:00.000Z']]);
    expect(activityNotes(reading)).toEqual([]);
  };

  it.each([
    ['a heading', {}],
    ['its collapse toggle', { cardToggle: true }],
    ['nothing but a region named after its records', { cardRegion: true }],
  ])('headed by %s, is no timeline item beside a lone call under the filter bar', (_, card) => {
    const reading = readHubSpot(hashedRecord(page.wording, [only], { ...noPlace, ...card }));
    expectOnlyTheCall(reading);
    expectCardLeftOut(reading, page.wording);
  });

  it('named like a touch and showing a date Touchline has no label for, is still no item', () => {
    const wording: RecordWording = {
      ...page.wording,
      dealCard: { ...page.wording.dealCard, name: page.touchNamedDeal, rows: [page.customDate] },
    };
    for (const card of [{}, { cardToggle: true }, { cardRegion: true }]) {
      const reading = readHubSpot(hashedRecord(wording, [only], { ...noPlace, ...card }));
      expectOnlyTheCall(reading);
      expectCardLeftOut(reading, wording);
    }
  });

  it('titled by a name Touchline has no word for, is no item by its close date', () => {
    const wording: RecordWording = {
      ...page.wording,
      dealCard: { ...page.wording.dealCard, heading: page.customTitle },
    };
    for (const card of [{}, { cardToggle: true }]) {
      const reading = readHubSpot(hashedRecord(wording, [only], { ...noPlace, ...card }));
      expectOnlyTheCall(reading);
      expectCardLeftOut(reading, wording);
    }
  });

  it('on the Overview tab, right below the record tabs, named like a touch, is no item', () => {
    // The Overview shows association cards too; the Activities tab is not in the page.
    const { dealCard } = page.wording;
    const rows = [...dealCard.rows]
      .map(
        ([l, v]) =>
          `<div class="sc-dAlyuH eJeqWx"><span class="sc-jxOSlx cTgLrU">${l}</span><div class="sc-lcIPJg bPZvmb">${v}</div></div>`,
      )
      .join('');
    const card = `<div class="sc-dcJsrY jUbBnH"><button type="button" aria-expanded="true" class="sc-iGgWBj cXpRtN">${dealCard.heading}</button><div class="sc-gsFSXq fPeKmU"><a href="/contacts/7730215/record/0-3/88123" class="sc-dAbbOL eHvDpQ">${page.touchNamedDeal}</a>${rows}</div></div>`;
    const tabs = page.wording.tabs
      .slice(0, 2)
      .map((t, i) => `<button role="tab" aria-selected="${i === 0}" class="sc-cfxfcM jQmWfE">${t}</button>`)
      .join('');
    const middle = `<div role="tablist" class="sc-hknOHE bYdWgq">${tabs}</div><div role="tabpanel" class="sc-jsJBEP hHzMEk">${card}</div>`;
    const reading = readHubSpot(hashedRecord(page.wording, [], { middle }));
    expect(reading.activities).toEqual([]);
    expect(activityNotes(reading)).toEqual([{ field: 'activities', reason: 'no activity timeline on the page' }]);
  });

  it('with no item in the timeline, the page says no timeline was read, never a system item', () => {
    for (const card of [{}, { cardToggle: true }]) {
      const reading = readHubSpot(hashedRecord(page.wording, [], { ...noPlace, ...card }));
      expect(reading.activities).toEqual([]);
      expect(activityNotes(reading)).toEqual([{ field: 'activities', reason: 'no activity timeline on the page' }]);
    }
  });

  it('beside two items standing together, the items are read and the card is not', () => {
    const [eHeader, eWhen, eBody] = page.email;
    const reading = readHubSpot(hashedRecord(page.wording, [only, preview(eHeader, eWhen, eBody)], noPlace));
    expect(reading.activities.map((a) => [a.type, a.timestamp])).toEqual([
      ['call', '2026-11-18T10:02:00.000Z'],
      ['email', '2026-11-12T09:00:00.000Z'],
    ]);
    expect(activityNotes(reading)).toEqual([]);
  });

  it('beside a timeline placed by its month heading, the lone call is read and the card is not', () => {
    const reading = readHubSpot(hashedRecord(page.wording, [group('November 2026', [only])], noPlace));
    expect(reading.activities.map((a) => [a.type, a.timestamp])).toEqual([['call', '2026-11-18T10:02:00.000Z']]);
    expect(activityNotes(reading)).toEqual([]);
  });
});
