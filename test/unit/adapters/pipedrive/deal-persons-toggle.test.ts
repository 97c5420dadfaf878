import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * The deal's persons section is headed by a toggle button (crm-evidence-2.md: cui5-* design-system
 * buttons). Such buttons commonly carry an icon (a chevron) or show the count as a badge beside the
 * word, rather than as plain text "Persons (2)". The persons are plain a[href*="/person/{id}"] links
 * (crm-evidence-2.md, B) either way: the deal still has Maya (2210) and Jonas (2231), and Jonas's reply
 * "Re: Pilot scope" (From: Jonas's address shown in that section) is inbound.
 */
describe('Pipedrive deal: a persons section whose toggle holds an icon or a count badge', () => {
  const page = fixturePage('pipedrive', 'deal-hashed');
  const toggle = 'aria-expanded="true">Persons (2)</button>';
  const variants: [string, string][] = [
    [
      'a chevron icon before the word',
      'aria-expanded="true"><span class="cui5-icon" aria-hidden="true"></span>Persons (2)</button>',
    ],
    ['the count as a badge', 'aria-expanded="true">Persons <span class="cui5-badge">2</span></button>'],
  ];
  for (const [what, replacement] of variants) {
    describe(what, () => {
      const reading = readPage(edited(page.html, [toggle, replacement]), page.url);
      it('lists both persons as the deal contacts', () => {
        const ids = (reading.record.contacts as { id: string }[]).map((c) => c.id).sort();
        expect(ids).toEqual(['2210', '2231']);
      });
      it("reads Jonas's reply as inbound", () => {
        expect(reading.activities.find((a) => a.title === 'Re: Pilot scope')?.direction).toBe('inbound');
      });
    });
  }
});
