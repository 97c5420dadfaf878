import { describe, expect, it } from 'vitest';
import { contactsWithUndatedReplies } from '../../../lib/team/undated-replies';
import { email, LA, NOW, settings } from '../metrics/builders';
import { cacheWith, teamViewOf } from './team-cache';
import { TEN, tenEmailsOneUndatedReply } from './ten-emails-one-undated-reply';

/**
 * metrics.md shows a value not known exactly as a range, and decisions.md puts its lower bound in
 * data-value and its upper in data-upper. Alex wrote 10 contacts one email each; 4 answered with
 * dated replies. By hand: at least 4 of 10 answered (0.4). Contact 5's reply has no readable date
 * and may answer contact 5's one unanswered email: at most 5 of 10 (0.5). One such contact must not
 * hide the other nine's figure.
 */
async function alexAndTeam(undatedFrom: number, moreEmailsToContact5 = 0) {
  const world = tenEmailsOneUndatedReply(undatedFrom);
  for (let i = 0; i < moreEmailsToContact5; i++)
    world.activities.push(
      email(new Date(NOW.getTime() - (10 - i) * 86_400_000).toISOString(), `Chaser ${i + 1}`, {
        contactKeys: [TEN[4] as string],
      }),
    );
  const view = await teamViewOf(world);
  const alex = view.reps.find((r) => r.rep === 'Alex Morgan');
  return [alex?.replyRate, view.team?.replyRate];
}

describe('a reply rate with one contact whose email reply has no readable date', () => {
  it("is the range 0.4–0.5 on Alex's row and the team's (4 dated answers of 10; contact 5's email may be the fifth)", async () => {
    const range = { value: 0.4, upper: 0.5, numerator: 4, denominator: 10, reason: 'undated-replies' };
    expect(await alexAndTeam(5)).toEqual([range, range]);
  });

  it('adds one answered email per undated reply, not every unanswered email of its contact: 4–5 of 12', async () => {
    // Contact 5 got two chasers besides its first email, none answered by a dated reply; its one
    // undated reply answers at most one of the three. By hand: 4/12 = 0.33 to 5/12 = 0.42.
    const range = { value: 0.33, upper: 0.42, numerator: 4, denominator: 12, reason: 'undated-replies' };
    expect(await alexAndTeam(5, 2)).toEqual([range, range]);
  });

  it("stays exactly 0.4 when the undated reply is contact 1's, whose only email a dated reply already answers", async () => {
    // Contact 1 is one whose panel is unsure: only its answered email keeps the rate exact.
    const db = await cacheWith(tenEmailsOneUndatedReply(1));
    const keep = async <T>(rows: T[]) => rows;
    const unsure = await contactsWithUndatedReplies({
      db,
      account: undefined,
      settings: settings(),
      now: NOW,
      pageTimeZone: LA,
      keep,
    });
    expect([...unsure]).toEqual([[TEN[0], 1]]);
    const exact = { value: 0.4, numerator: 4, denominator: 10 };
    expect(await alexAndTeam(1)).toEqual([exact, exact]);
  });
});
