// @vitest-environment happy-dom
/**
 * Review s42. German "von" and Italian "da" are both "from" and "by" (words/de.ts, words/it.ts). A
 * received item worded "E-Mail-Antwort von Jonas Weber" / "Eingehender Anruf von Jonas Weber" was
 * read inbound, yet its sender was taken as the item's owner, the rep, whenever he was not among
 * the contacts the page lists (a deal whose Contacts card shows fewer than all, or has not loaded
 * yet). The same items in English ("Email reply from …") or French ("Réponse par e-mail de …") got
 * no owner. In the team view the contact became a rep of his own (rep-activity.ts groups by owner).
 */
import { describe, expect, it } from 'vitest';
import { headerOwner, type OwnerWording } from '../../../../lib/adapters/hubspot/item-owner';
import { de } from '../../../../lib/adapters/hubspot/words/de';
import { en } from '../../../../lib/adapters/hubspot/words/en';
import { es } from '../../../../lib/adapters/hubspot/words/es';
import { fr } from '../../../../lib/adapters/hubspot/words/fr';
import { it as italian } from '../../../../lib/adapters/hubspot/words/it';
import { nl } from '../../../../lib/adapters/hubspot/words/nl';
import { pt } from '../../../../lib/adapters/hubspot/words/pt';
import type { Direction } from '../../../../lib/schema/activity';
import { dealPage, property, readDeal } from './deal-page';

const contactsCard = `<div data-test-id="associated-objects-card-content-0-1"><h3>Contacts</h3><a data-selenium-test="contact-chicklet-title-link" href="/contacts/2451908/record/0-1/941">Lena Vogt</a></div>`;

const deal = (lang: string, ownerLabel: string, items: { header: string; date: string; body: string }[]) =>
  readDeal(dealPage({ lang, sidebar: property(ownerLabel, 'Alex Morgan'), items, right: contactsCard }));

describe('HubSpot deal timeline: who received items came from', () => {
  it('German: an inbound reply or call "von Jonas Weber" is not his', () => {
    const reading = deal('de-DE', 'Deal-Inhaber', [
      { header: 'E-Mail-Antwort von Jonas Weber', date: '17. Nov. 2026 um 10:00', body: 'Re: Vertrag' },
      { header: 'Eingehender Anruf von Jonas Weber', date: '16. Nov. 2026 um 10:00', body: 'Rückruf' },
    ]);
    expect(reading.activities.map((a) => a.direction)).toEqual(['inbound', 'inbound']);
    expect(reading.activities.map((a) => a.owner)).toEqual([undefined, undefined]);
  });

  it('Italian: an inbound reply or call "da Jonas Weber" is not his', () => {
    const reading = deal('it-IT', 'Proprietario della trattativa', [
      { header: 'Risposta via email da Jonas Weber', date: '17 nov 2026 alle 10:00', body: 'Re: Contratto' },
      { header: 'Chiamata in entrata da Jonas Weber', date: '16 nov 2026 alle 10:00', body: 'Richiamata' },
    ]);
    expect(reading.activities.map((a) => a.direction)).toEqual(['inbound', 'inbound']);
    expect(reading.activities.map((a) => a.owner)).toEqual([undefined, undefined]);
  });

  it('an inbound email "from Jonas Weber to Lena Vogt" is not his either', () => {
    const reading = deal('en-US', 'Deal owner', [
      { header: 'Email reply', date: 'Nov 17, 2026 at 10:00 AM', body: '<p>from Jonas Weber to Lena Vogt</p>' },
    ]);
    expect(reading.activities.map((a) => [a.direction, a.owner])).toEqual([['inbound', undefined]]);
  });

  it('(control) the rep a received item went to, and the rep who sent one, are still read', () => {
    const reading = deal('de-DE', 'Deal-Inhaber', [
      { header: 'E-Mail-Antwort', date: '17. Nov. 2026 um 10:00', body: '<p>von Lena Vogt an Casey Nguyen</p>' },
      { header: 'E-Mail gesendet von Alex Morgan', date: '16. Nov. 2026 um 10:00', body: 'Vertrag' },
      { header: 'Notiz von Alex Morgan', date: '15. Nov. 2026 um 10:00', body: 'Budget im Januar' },
    ]);
    expect(reading.activities.map((a) => [a.direction, a.owner])).toEqual([
      ['inbound', 'Casey Nguyen'],
      ['outbound', 'Alex Morgan'],
      ['unknown', 'Alex Morgan'],
    ]);
  });
});

describe('HubSpot wording of every language: a "from" word on an inbound item names no owner', () => {
  const tables = { de, en, es, fr, it: italian, nl, pt };
  const wording = (own: typeof en): OwnerWording => ({ words: [own, en], contactNames: [], shown: [] });
  const owner = (own: typeof en, header: string, direction: Direction) =>
    headerOwner(header, { direction }, wording(own));

  it.each(Object.entries(tables))('%s', (_, own) => {
    for (const from of own.from) expect(owner(own, `Reply ${from} Jonas Weber`, 'inbound')).toBeUndefined();
    // The "by" words still name the rep on anything not read inbound ("Notiz von Alex Morgan").
    for (const by of own.by) expect(owner(own, `Note ${by} Alex Morgan`, 'unknown')).toBe('Alex Morgan');
  });
});
