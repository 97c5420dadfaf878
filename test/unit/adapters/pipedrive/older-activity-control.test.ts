/**
 * From review s34 (markup generations): a control below the History that fetches older entries
 * may say more than "Show more"/"Load more" ("Load more activities", "Show older activity"). No
 * evidence gives Pipedrive's exact wording, so the match stays narrow: the label starts with the
 * show/load-more words, or says "older".
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const pipedrivePerson = fixturePage('pipedrive', 'person-hashed');

describe('Pipedrive: a History with a control that loads older activity', () => {
  const lastEntry = /(Owner: Jamie Patel → Casey Nguyen[\s\S]*?<\/div>\n {18}<\/div>\n {16}<\/div>\n)/;
  it.each(['Load more activities', 'Show older activity'])('reports the feed as partly read ("%s")', (label) => {
    const html = edited(pipedrivePerson.html, [
      lastEntry,
      `$1                <button type="button" class="cui5-button">${label}</button>\n`,
    ]);
    const reading = readPage(html, pipedrivePerson.url);
    expect(reading.notRead.filter((n) => n.field === 'activities')).toHaveLength(1);
  });
});
