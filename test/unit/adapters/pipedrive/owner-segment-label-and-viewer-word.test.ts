/**
 * The owner's place on a History item's meta line may show a label before the name ("by Casey
 * Nguyen", "Zugewiesen an …", "Attribué à …", "Owner: …") or the page's word for the person viewing
 * it ("Sie", "Tú"). Stored verbatim, one rep stands in the team view under several names, each with
 * part of her touches, and the viewer is a rep called "Sie". The label is dropped; the viewer's word
 * is the viewer in every language with a word table (decisions.md: "your name in this CRM" stands in);
 * what is still no bare name is not read as a rep, and is said.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

function call(lang: string, owner: string) {
  const history = [item({ icon: 'Call', done: true, subject: 'Follow-up call', date: '2026-11-18 10:00', owner })];
  const result = readWhole('/person/2210', personPage({ lang, history }));
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  const found = result.activities.find((a) => a.title === 'Follow-up call');
  if (!found) throw new Error(`no call: ${JSON.stringify(result.activities)}`);
  return { call: found, ownerGaps: result.notRead.filter((n) => n.field === 'activities.owner') };
}

describe('Pipedrive: the owner segment of a History item', () => {
  it.each([
    ['en', 'by Casey Nguyen'],
    ['en', 'Assigned to Casey Nguyen'],
    ['en', 'Owner: Casey Nguyen'],
    ['de', 'Zugewiesen an Casey Nguyen'],
    ['de', 'von Casey Nguyen'],
    ['fr', 'Attribué à Casey Nguyen'],
    ['pt', 'Atribuído a Casey Nguyen'],
    ['pl', 'Właściciel: Casey Nguyen'],
  ])('%s "%s": the owner is Casey Nguyen', (lang, segment) => {
    expect(call(lang, segment).call.owner).toBe('Casey Nguyen');
  });

  it.each([
    ['de', 'Sie'],
    ['fr', 'Vous'],
    ['es', 'Tú'],
    ['pt', 'Você'],
    ['it', 'Tu'],
  ])('%s "%s": the viewer, no rep of that name', (lang, segment) => {
    const { call: c } = call(lang, segment);
    expect(c.owner).toBeUndefined();
    expect(c.byViewer).toBe(true);
  });

  it('a label of a language without words ("przez Casey Nguyen"): no owner, and said', () => {
    const { call: c, ownerGaps } = call('pl', 'przez Casey Nguyen');
    expect(c.owner).toBeUndefined();
    expect(ownerGaps).toHaveLength(1);
  });

  it('a bare name stays the owner', () => {
    expect(call('en', 'Casey Nguyen').call.owner).toBe('Casey Nguyen');
  });

  it.each([
    ['de', 'Von Trapp'],
    ['pt', 'Da Silva'],
    ['fr', 'De Luca'],
  ])('%s "%s": a name opening with a capitalised particle is the name, never a label', (lang, segment) => {
    expect(call(lang, segment).call.owner).toBe(segment);
  });
});
