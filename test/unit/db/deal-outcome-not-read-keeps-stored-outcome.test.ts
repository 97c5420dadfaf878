// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { hsDeal, hsHighlight, readHs } from '../adapters/hubspot/built-deal-page';
import { keyOf, newDb, saved, viewOf } from '../deal-panel/saved-deal-view';

/**
 * A deal stored as won, read again on a page in a language without closed-stage words: the
 * reading reports the outcome as not read (record.closed), so it does not reopen the deal as a
 * page showing an open stage does (lib/db/shown-open.ts).
 */
const FIRST = new Date('2026-10-01T09:00:00Z');
const LATER = new Date('2026-10-21T09:00:00Z');

it('keeps a stored won deal won when a later reading could not read the outcome', async () => {
  const db = await newDb();
  const won = readHs(hsDeal({ lang: 'en-US', highlights: hsHighlight('dealstage', 'Deal stage', 'Closed won') }), {
    now: FIRST,
  });
  await saved(db, won, FIRST);
  const korean = readHs(hsDeal({ lang: 'ko-KR', highlights: hsHighlight('dealstage', 'Deal stage', '성사됨') }), {
    now: LATER,
  });
  expect(korean.notRead.map((n) => n.field)).toContain('record.closed');
  await saved(db, korean, LATER);
  expect((await viewOf(db, keyOf(won), LATER)).closed).toBe('won');
});
