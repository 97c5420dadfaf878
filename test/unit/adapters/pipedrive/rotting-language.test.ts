/**
 * Pipedrive's German interface calls rotting "Stagnation" (help centre, "Die Stagnations-Funktion":
 * "stagnierend", "stagniert"). A German deal marked so, with build-hashed classes only, rots.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const dealDe = fixturePage('pipedrive', 'deal-hashed-de');
const rottingOf = (html: string) =>
  (readPage(html, dealDe.url) as unknown as { crmFigures: { rotting?: boolean } }).crmFigures.rotting;

describe('a German deal marked as stagnating', () => {
  it('is read as rotting', () => {
    const html = edited(dealDe.html, [
      '<div class="DealHeader_actions__q1Wm4">',
      '<span class="DealHeader_badge__q1Wm4 cui5-badge cui5-badge--negative">Stagniert seit 5 Tagen</span><div class="DealHeader_actions__q1Wm4">',
    ]);
    expect(rottingOf(html)).toBe(true);
  });

  it('is not rotting without the mark', () => {
    expect(rottingOf(dealDe.html)).toBe(false);
  });
});

describe('a French deal with no rotting mark its classes show', () => {
  // No source gives Pipedrive's French word for rotting: a renamed marker would pass for a fresh deal.
  const dealFr = fixturePage('pipedrive', 'deal-hashed-fr');

  it('says rotting was not read instead of "not rotting"', () => {
    const reading = readPage(dealFr.html, dealFr.url) as unknown as {
      crmFigures: { rotting?: boolean };
      notRead: { field: string }[];
    };
    expect(reading.crmFigures.rotting).toBeUndefined();
    expect(reading.notRead.map((n) => n.field)).toContain('crmFigures.rotting');
  });
});
