import { describe, expect, it } from 'vitest';
import { LANGS, LEAD_URL, leadPage, readPage } from './lead-and-deal-pages';

/**
 * A lead's details show when it was created ("Lead created: November 2, 2026", "Lead erstellt" …):
 * the lead's creation, as "Person created" is a person's. Before, no language knew the label and
 * the panel said the page showed no creation date. The labels are guessed from Pipedrive's "Lead"
 * wording in each language; the French page says "Prospect créé".
 */
describe.each(Object.keys(LANGS))('Pipedrive lead page in %s', (code) => {
  it('reads the lead’s creation date (2 Nov 2026, a date alone)', () => {
    const r = readPage(leadPage(LANGS[code] as (typeof LANGS)[string]), LEAD_URL);
    const created = (r.record as { createdAt?: string }).createdAt;
    expect(created?.slice(0, 10)).toBe('2026-11-02');
    expect(r.notRead.some((n) => n.field === 'createdAt')).toBe(false);
  });
});
