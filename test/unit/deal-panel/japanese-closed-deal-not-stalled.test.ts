// @vitest-environment happy-dom
/**
 * A HubSpot deal in a Japanese portal, in its won stage "成約" (HubSpot's Japanese name for Closed
 * won; "失注" is Closed lost). Japanese has no word table (README: pages are read in en, de, fr, es,
 * pt, nl, it), so only the stage's wording says the deal is closed, and HubSpot has no closed marker
 * besides the stage. README: "On a page in another language … what only wording tells … is reported
 * as not read rather than guessed." The reader instead reads the stage, sets no `closed`, and names
 * nothing about the outcome in notRead: the deal is taken as open. Seen again 40 days later, the
 * panel says "stalled" and "no recent activity" on a won deal (metrics.md "Closed (won or lost)
 * deals never get a warning").
 */
import { describe, expect, it } from 'vitest';
import { hsContactsCard, hsDeal, readHs } from '../adapters/hubspot/built-deal-page';
import { keyOf, newDb, saved, viewOf } from './saved-deal-view';

const FIRST = new Date('2026-10-01T09:00:00Z');
const LATER = new Date('2026-11-10T09:00:00Z');

// The stage dropdown's one rendered option (happy-dom's <select> ignores `selected` past the first option).
const page = hsDeal({
  lang: 'ja-JP',
  stageSelect:
    '<select id="pipeline-select"><option>セールスパイプライン</option></select><select id="stage-select"><option>成約</option></select>',
  right: hsContactsCard('コンタクト (1)', [['501', 'Lena Vogt']]),
});

describe('a won deal on a Japanese HubSpot page', () => {
  it('is read as won, or its outcome is reported as not read', () => {
    const reading = readHs(page, { now: FIRST });
    expect(reading.record.stage).toBe('成約');
    const outcomeReported = reading.notRead.some(
      (n) =>
        /closed|outcome|won|lost/i.test(n.field.replace(/closeDate/g, '')) ||
        /\bwon\b|\blost\b|closed|outcome/i.test(n.reason),
    );
    expect(reading.record.closed !== undefined || outcomeReported).toBe(true);
  });

  it('gets no "stalled" warning 40 days later', async () => {
    const db = await newDb();
    const first = readHs(page, { now: FIRST });
    await saved(db, first, FIRST);
    await saved(db, readHs(page, { now: LATER }), LATER);
    const view = await viewOf(db, keyOf(first), LATER);
    expect(view.warning).not.toBe('stalled');
  });
});
