import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { mergeDuplicates } from '../../../lib/metrics/merge-duplicates';
import { TOUCH_TYPES } from '../../../lib/schema/activity';
import { type ContactView, contactViewSchema, dealViewSchema } from '../../../lib/schema/view-model';
import { activities, nonTouch, userSettings } from './arbitraries';
import { contact, deal, NOW } from './builders';

const jordan = contact();
const fleetPilot = deal({
  recordId: '5101',
  key: 'hubspot:4410982:deal:5101',
  contacts: [
    { id: '901', name: 'Jordan Lee' },
    { id: '902', name: 'Sam Okoye' },
  ],
});

/** Everything on the contact view that is about touches (not coverage or the CRM's own figures). */
function touchMetrics(view: ContactView) {
  const { activitiesRead: _read, crmComparisons: _crm, ...rest } = view;
  return rest;
}

describe('metric properties', () => {
  it('never counts below zero, and the channels always add up to the total', () => {
    fc.assert(
      fc.property(activities(), userSettings, (list, settings) => {
        const view = buildContactView({ contact: jordan, activities: list, settings, now: NOW });
        expect(contactViewSchema.safeParse(view).success).toBe(true);
        const { touches } = view;
        expect(TOUCH_TYPES.reduce((sum, c) => sum + touches.byChannel[c], 0)).toBe(touches.total);
        expect(touches.automated + touches.manual).toBeGreaterThanOrEqual(touches.total);
        expect(touches.inbound).toBeLessThanOrEqual(touches.total);
        for (const week of view.weekly)
          for (const c of TOUCH_TYPES) expect(week.byChannel[c]).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('does not change a touch metric when a non-touch is added', () => {
    fc.assert(
      fc.property(activities(), nonTouch, userSettings, (list, extra, settings) => {
        const before = buildContactView({ contact: jordan, activities: list, settings, now: NOW });
        const after = buildContactView({ contact: jordan, activities: [...list, extra], settings, now: NOW });
        expect(touchMetrics(after)).toEqual(touchMetrics(before));
      }),
    );
  });

  it('merges idempotently: merging the merged touches again changes nothing', () => {
    fc.assert(
      fc.property(activities(), (list) => {
        const copies = list.flatMap((a) =>
          a.timestamp && ['call', 'email', 'meeting', 'social', 'sms'].includes(a.type)
            ? [{ activity: a, channel: a.type as 'call', at: new Date(a.timestamp) }]
            : [],
        );
        const once = mergeDuplicates(copies, { scopeKey: jordan.key, timeZone: 'UTC' });
        const twice = mergeDuplicates(
          once.map((t) => ({ activity: t.activity, channel: t.channel, at: t.at })),
          { scopeKey: jordan.key, timeZone: 'UTC' },
        );
        expect(twice.map((t) => [t.key, t.at])).toEqual(once.map((t) => [t.key, t.at]));
      }),
    );
  });

  it('gives the same contact view whatever order the activities come in', () => {
    fc.assert(
      fc.property(
        activities().chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        userSettings,
        ([list, shuffled], settings) => {
          const a = buildContactView({ contact: jordan, activities: list, settings, now: NOW });
          const b = buildContactView({ contact: jordan, activities: shuffled, settings, now: NOW });
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('gives the same deal view whatever order the activities come in, and it parses', () => {
    fc.assert(
      fc.property(
        activities().chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        userSettings,
        ([list, shuffled], settings) => {
          const input = { deal: fleetPilot, contacts: [jordan], deals: [fleetPilot], settings, now: NOW };
          const a = buildDealView({ ...input, activities: list });
          expect(dealViewSchema.safeParse(a).success).toBe(true);
          expect(buildDealView({ ...input, activities: shuffled })).toEqual(a);
        },
      ),
    );
  });
});
