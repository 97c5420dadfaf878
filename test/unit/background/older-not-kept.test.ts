import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { Activity } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb } from '../db/world-readings';

const NOW = new Date('2026-11-20T15:00:00Z');
const ZONE = 'America/Los_Angeles';
const DAY = 86_400_000;

/** A contact page whose only activities are `activities`, read with 30 days kept. */
async function contactView(
  activities: Partial<Activity>[],
  extra: { lastContacted?: string; followUpDays?: number } = {},
) {
  const settings = async () => ({
    ...defaultSettings(ZONE),
    retentionDays: 30,
    ...(extra.followUpDays ? { followUpDays: extra.followUpDays } : {}),
  });
  const answer = await createService({ db: freshDb(), now: () => NOW, settings }).readingSaved({
    crm: 'hubspot',
    tenant: '4410021',
    kind: 'contact',
    recordId: '951',
    status: 'read',
    record: { name: 'Jordan Lee', createdAt: '2026-08-03T17:00:00Z' },
    activities: activities.map((a) => ({ direction: 'outbound', automated: false, title: 'Intro', ...a })),
    crmFigures: extra.lastContacted ? { lastContacted: extra.lastContacted } : {},
    notRead: [],
  });
  if (!answer.ok || answer.status !== 'read' || answer.view.kind !== 'contact') throw new Error('not read');
  return answer.view;
}

const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const email = (days: number) => ({ type: 'email' as const, channel: 'email' as const, timestamp: daysAgo(days) });

describe('a contact whose page shows touches only from before what Touchline keeps', () => {
  it('has gone cold: its last touch is older than the 30 days kept, longer than the follow-up limit', async () => {
    const view = await contactView([email(40)]);
    expect(view.olderNotKept?.activities).toBe(1);
    expect(view.cadence).toMatchObject({
      goneCold: true,
      goneColdReason: expect.stringMatching(/30 days Touchline keeps/),
    });
  });

  it("has gone cold when the CRM's own 'last contacted' is that old, with no timeline item", async () => {
    const view = await contactView([], { lastContacted: daysAgo(200) });
    expect(view.cadence.goneCold).toBe(true);
  });

  it('is not said to be cold when the follow-up limit is longer than what is kept, nor for older notes', async () => {
    expect((await contactView([email(40)], { followUpDays: 45 })).cadence.goneCold).toBe(false);
    const note = { type: 'note' as const, timestamp: daysAgo(40) };
    expect((await contactView([note])).cadence.goneCold).toBe(false);
  });

  /**
   * Beside the 40-day-old email the page shows a call whose date could not be read ("Mi. 14:05"):
   * it may be from this week. metrics.md "Gone cold": no touch either way for longer than the
   * follow-up limit, not known here; the panel's other gone-cold reasons then say an undated touch
   * may be newer (undatedCaveat), and so does this one, never "the page shows only older ones".
   */
  it('says a touch without a readable date may be newer when the page shows one beside the older touch', async () => {
    const undatedCall = { type: 'call' as const, channel: 'call' as const, title: 'Call', dateText: 'Mi. 14:05' };
    const view = await contactView([email(40), undatedCall]);
    expect(view.touches.undated).toBe(1);
    expect(view.cadence.goneCold).toBe(true);
    expect(view.cadence.goneColdReason).toBe(
      'No touch either way in the 30 days Touchline keeps: the touches the page dates are all older (follow-up limit 14).' +
        ' (1 touch without a readable date is not counted: one may be newer.)',
    );
  });

  it('keeps the figures of a kept touch: that one decides', async () => {
    const view = await contactView([email(40), email(3)]);
    expect(view.cadence.goneCold).toBe(false);
    expect(view.daysSinceLastTouch).toBe(3);
  });
});
