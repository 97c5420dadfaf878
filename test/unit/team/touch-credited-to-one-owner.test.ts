import { describe, expect, it } from 'vitest';
import { repTouches } from '../../../lib/team/team-touches';
import { at, call, LA, NOW } from '../metrics/builders';

/**
 * Rule 3 merges copies of a touch whatever owners they name (metrics.md "Duplicate"); the team page
 * puts the merged touch on one rep's row. A name the CRM printed wins over the one the user's
 * setting gave a page's "You" (applyYourNames); between printed names, the copy the merge keeps first.
 */
const rules = { now: NOW, timeZone: LA, countCompletedTasks: false, pageTimeZone: LA, yourNames: { hubspot: 'Dana' } };
const owners = async (...copies: Parameters<typeof repTouches>[0]) =>
  (await repTouches(copies, new Map(), rules)).map((t) => [t.activity.owner, t.copies.length]);

describe('a touch whose copies name different owners', () => {
  const printed = call(at('2026-11-18 09:01'), 'connected', { owner: 'Dana Reyes', sourceId: '77', origin: 'import' });

  it("is the printed owner's, though the copy named by the setting is the earlier one", async () => {
    expect(await owners(call(at('2026-11-18 09:00'), 'connected', { owner: 'Dana' }), printed)).toEqual([
      ['Dana Reyes', 2],
    ]);
  });

  it("is the printed owner's when the stored row says its owner came from the setting", async () => {
    const bySetting = call(at('2026-11-18 09:00'), 'connected', { owner: 'Dana R.', ownerBySetting: true });
    expect(await owners(bySetting, printed)).toEqual([['Dana Reyes', 2]]);
  });

  it("between two printed owners, is the earlier copy's, whichever order they come in", async () => {
    const sam = call(at('2026-11-18 09:00'), 'connected', { owner: 'Sam Patel' });
    expect(await owners(sam, printed)).toEqual([['Sam Patel', 2]]);
    expect(await owners(printed, sam)).toEqual([['Sam Patel', 2]]);
  });
});
