// @vitest-environment happy-dom
/**
 * A deal's contacts card that lists only some of them: HubSpot "Contacts (6)" with 5 links, a
 * Salesforce "Contact Roles (3+)" card with its first 3 rows. The readers report the list as
 * partial in notRead (field "record.contacts" / "contacts"), and lib/db/page-records.ts mergeRecord
 * then drops every field notRead names (withoutUnread): the contacts just read are thrown away and
 * the stored list from an earlier visit is kept whole. A deal first seen with one contact and seen
 * again with five listed keeps showing one: the four read are lost, their touches are not on the
 * deal, and multi-threading counts one contact (metrics.md "Multi-threading: the number of the
 * deal's contacts with a touch in the period").
 */
import { describe, expect, it } from 'vitest';
import { hsContactsCard, hsDeal, hsHighlight, hsProp, readHs } from '../adapters/hubspot/built-deal-page';
import { contactLink, readSf, sfCard, sfDeal, sfField, sfPath } from '../adapters/salesforce/built-opportunity-page';
import { keyOf, newDb, saved, viewOf } from '../deal-panel/saved-deal-view';

const FIRST = new Date('2026-10-01T09:00:00Z');
const LATER = new Date('2026-10-21T09:00:00Z');

describe('a partial contacts card read after a full one', () => {
  it('HubSpot "Contacts (6)" listing 5: the deal panel lists the 5 read, not only the 1 stored before', async () => {
    const page = (heading: string, contacts: [string, string][]) =>
      hsDeal({
        lang: 'en-US',
        highlights: hsHighlight('dealstage', 'Deal stage', 'Contract sent'),
        sidebar: hsProp('Pipeline', 'Sales Pipeline'),
        right: hsContactsCard(heading, contacts),
      });
    const db = await newDb();
    const first = readHs(page('Contacts (1)', [['501', 'Lena Vogt']]), { now: FIRST });
    await saved(db, first, FIRST);
    const five: [string, string][] = [
      ['501', 'Lena Vogt'],
      ['502', 'Tom Ruiz'],
      ['503', 'Ana Lima'],
      ['504', 'Kai Berg'],
      ['505', 'Mia Chen'],
    ];
    const later = readHs(page('Contacts (6)', five), { now: LATER });
    expect(later.record.contacts).toHaveLength(5);
    await saved(db, later, LATER);
    const view = await viewOf(db, keyOf(first), LATER);
    expect(view.contacts.map((c) => c.name)).toEqual(expect.arrayContaining(five.map(([, name]) => name)));
  });

  it('Salesforce "Contact Roles (3+)": the deal panel lists the 3 read, not only the 1 stored before', async () => {
    const columns = ['Contact Name', 'Role', 'Primary'];
    const page = (count: string, rows: string[][]) =>
      sfDeal({
        lang: 'en-US',
        path: sfPath([
          ['Prospecting', 'done'],
          ['Proposal/Price Quote', 'current'],
        ]),
        fields: sfField('Stage', 'Proposal/Price Quote'),
        related: sfCard('Contact Roles', count, columns, rows),
      });
    const db = await newDb();
    const first = readSf(page('(1)', [[contactLink('0037Q00000XyZaBQAV', 'Lena Vogt'), 'Decision Maker', '✓']]), {
      now: FIRST,
    });
    await saved(db, first, FIRST);
    const three = [
      ['0037Q00000XyZaBQAV', 'Lena Vogt'],
      ['0037Q00000XyZaCQAV', 'Tom Ruiz'],
      ['0037Q00000XyZaDQAV', 'Ana Lima'],
    ] as const;
    const later = readSf(
      page(
        '(3+)',
        three.map(([id, name]) => [contactLink(id, name), 'Evaluator', '']),
      ),
      { now: LATER },
    );
    expect(later.record.contacts).toHaveLength(3);
    await saved(db, later, LATER);
    const view = await viewOf(db, keyOf(first), LATER);
    expect(view.contacts.map((c) => c.name)).toEqual(expect.arrayContaining(three.map(([, name]) => name)));
  });
});

describe('a complete contacts card read after another', () => {
  it('replaces the stored contacts: a contact taken off the deal is gone', async () => {
    const page = (heading: string, contacts: [string, string][]) =>
      hsDeal({
        lang: 'en-US',
        highlights: hsHighlight('dealstage', 'Deal stage', 'Contract sent'),
        right: hsContactsCard(heading, contacts),
      });
    const db = await newDb();
    const first = readHs(
      page('Contacts (2)', [
        ['501', 'Lena Vogt'],
        ['502', 'Tom Ruiz'],
      ]),
      { now: FIRST },
    );
    await saved(db, first, FIRST);
    await saved(db, readHs(page('Contacts (1)', [['503', 'Ana Lima']]), { now: LATER }), LATER);
    const view = await viewOf(db, keyOf(first), LATER);
    expect(view.contacts.map((c) => c.name)).toEqual(['Ana Lima']);
  });

  it('keeps the names the partial card shows for contacts already stored', async () => {
    const page = (heading: string, contacts: [string, string][]) =>
      hsDeal({
        lang: 'en-US',
        highlights: hsHighlight('dealstage', 'Deal stage', 'Contract sent'),
        right: hsContactsCard(heading, contacts),
      });
    const db = await newDb();
    const first = readHs(
      page('Contacts (2)', [
        ['501', 'Lena Vogt'],
        ['502', 'Tom Ruiz'],
      ]),
      { now: FIRST },
    );
    await saved(db, first, FIRST);
    await saved(db, readHs(page('Contacts (3)', [['501', 'Lena Vogt-Berg']]), { now: LATER }), LATER);
    const view = await viewOf(db, keyOf(first), LATER);
    expect(view.contacts.map((c) => c.name).sort()).toEqual(['Lena Vogt-Berg', 'Tom Ruiz']);
  });
});
