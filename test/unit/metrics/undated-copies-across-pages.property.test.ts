import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectTouches } from '../../../lib/metrics/collect-touches';
import type { Activity } from '../../../lib/schema/activity';
import { activity, dealKey, JORDAN, LA, NOW, SAM, TENANT } from './builders';

const DEALS = [dealKey('7002'), dealKey('7003')];

/** One undated item as a page showed it: Jordan's or Sam's page, or a deal's timeline naming them. */
const item = fc.record({
  person: fc.constantFrom(JORDAN, SAM),
  page: fc.constantFrom('contact', ...DEALS),
  tenant: fc.constantFrom(TENANT, '5550001'),
  type: fc.constantFrom('email' as const, 'call' as const),
  direction: fc.constantFrom('outbound' as const, 'inbound' as const),
  title: fc.constantFrom('Route pricing v2', 'Following up'),
  dateText: fc.constantFrom('18. Nov.', '19. Nov.', 'a while ago'),
  automated: fc.boolean(),
});
type Item = typeof item extends fc.Arbitrary<infer T> ? T : never;

function rowOf(shown: Item): Activity {
  const { person, page, ...fields } = shown;
  return activity({ ...fields, contactKeys: [person], dealKeys: page === 'contact' ? [] : [page] });
}

/**
 * The reference, read straight from the rule: items of one person with the same account, type,
 * direction, title and date text (every item here prints one) are as many touches as the page showing most of them shows; of those, at
 * least as many automated as one page shows, at most as many as are automated anywhere.
 */
function reference(items: readonly Item[]) {
  const groups = new Map<string, Map<string, Item[]>>();
  for (const shown of items) {
    const signature = [shown.person, shown.tenant, shown.type, shown.direction, shown.title, shown.dateText].join('|');
    const pages = groups.get(signature) ?? new Map<string, Item[]>();
    pages.set(shown.page, [...(pages.get(shown.page) ?? []), shown]);
    groups.set(signature, pages);
  }
  let touches = 0;
  let automatedAtLeast = 0;
  let automatedAtMost = 0;
  for (const pages of groups.values()) {
    const shownOnPages = [...pages.values()];
    const most = Math.max(...shownOnPages.map((onPage) => onPage.length));
    touches += most;
    automatedAtLeast += Math.max(...shownOnPages.map((onPage) => onPage.filter((i) => i.automated).length));
    automatedAtMost += Math.min(most, shownOnPages.flat().filter((i) => i.automated).length);
  }
  return { touches, automatedAtLeast, automatedAtMost };
}

describe('undated copies without a CRM id across a contact page and deal pages', () => {
  it('are as many touches as the page showing most of them, per person and kind, whatever the order', () => {
    fc.assert(
      fc.property(
        fc
          .array(item, { maxLength: 14 })
          .chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length }))),
        ([items, shuffled]) => {
          const rows = items.map(rowOf);
          const byItem = new Map(items.map((shown, i) => [shown, rows[i] as Activity]));
          const expected = reference(items);
          for (const order of [rows, shuffled.map((shown) => byItem.get(shown) as Activity)]) {
            const { undated, undatedAutomated } = collectTouches(order, { now: NOW, timeZone: LA, scopeKey: DEALS[0] });
            expect(undated).toBe(expected.touches);
            expect(undatedAutomated).toBeGreaterThanOrEqual(expected.automatedAtLeast);
            expect(undatedAutomated).toBeLessThanOrEqual(expected.automatedAtMost);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
