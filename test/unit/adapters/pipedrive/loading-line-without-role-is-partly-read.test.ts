/**
 * A History fetching its next page may draw its "loading more" row as an icon and the words, with no
 * `role="status"` and no spinner class (crm-evidence-2.md: roles and classes come and go, visible
 * wording lasts). The row below the shown entries, whose whole text is the page language's loading
 * word or a short line opening with it and ending in an ellipsis ("Loading more activities…"), says
 * the shown entries are not the whole history; a line that merely starts with the word does not.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

const history = [
  item({ icon: 'Call', done: true, subject: 'Discovery call', date: 'Nov 16, 2026 9:30 AM' }),
  item({ icon: 'Meeting', done: true, subject: 'Onsite demo', date: 'Nov 12, 2026 2:00 PM' }),
];
const row = (words: string) =>
  `<div class="FlowList_more__n4Vc7"><span class="cui5-icon" aria-hidden="true"></span>${words}</div>`;

function gaps(html: string) {
  const result = readWhole('/person/2210', html);
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  expect(result.activities).toHaveLength(2);
  return result.notRead.filter((n) => n.field === 'activities').map((n) => n.reason);
}

describe('Pipedrive History with a loading row drawn without a role', () => {
  it.each([
    ['en', 'Loading...'],
    ['de', 'Wird geladen…'],
    ['it', 'Caricamento in corso…'],
    ['en', 'Loading more activities…'],
    ['fr', 'Chargement des activités...'],
  ])('%s "%s" below the entries: the activities are partly read', (lang, words) => {
    expect(gaps(personPage({ lang, history, afterHistory: row(words) }))).toEqual([
      'more history items were still loading',
    ]);
  });

  it('a line that only starts with the word ("Loading dock tour booked") leaves the feed whole', () => {
    expect(gaps(personPage({ history, afterHistory: row('Loading dock tour booked') }))).toEqual([]);
    expect(gaps(personPage({ history, afterHistory: row('Loading dock tour booked for the whole team…') }))).toEqual(
      [],
    );
  });
});
