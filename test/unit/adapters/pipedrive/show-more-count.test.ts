/**
 * A control below the History that fetches older entries often says how many it holds ("Show 12
 * more", "12 weitere anzeigen"): the count does not make the shown feed the whole history.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const lastEntry = /(Owner: Jamie Patel → Casey Nguyen[\s\S]*?<\/div>\n {18}<\/div>\n {16}<\/div>\n)/;
const REASON = 'older history items are behind a "Show more" control';

function reasonsWith(fixture: string, lastItem: RegExp, control: string): string[] {
  const page = fixturePage('pipedrive', fixture);
  const html = edited(page.html, [
    lastItem,
    `$1                <button type="button" class="cui5-button">${control}</button>\n`,
  ]);
  return readPage(html, page.url)
    .notRead.filter((n) => n.field === 'activities')
    .map((n) => n.reason);
}

describe('a "Show more" control that counts what it holds', () => {
  it('reports the older activities not read ("Show 12 more")', () => {
    expect(reasonsWith('person-hashed', lastEntry, 'Show 12 more')).toEqual([REASON]);
  });

  it('reports them on a German page too ("12 weitere anzeigen")', () => {
    const lastGerman = /(Eigentümer: [\s\S]*?<\/div>\n {18}<\/div>\n {16}<\/div>\n)/;
    expect(reasonsWith('person-hashed-de', lastGerman, '12 weitere anzeigen')).toEqual([REASON]);
  });
});
