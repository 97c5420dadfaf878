import { describe, expect, it } from 'vitest';
import { fixturePage, readPage } from '../page-variation';

/**
 * decisions.md: "Contact links count only inside the deal's association sections". The deal's
 * Organization card lists the organization's other people ("Other people: Ola Svensson", 2245): they
 * are the organization's, not the deal's. When the deal's persons section lists nobody (no person
 * linked yet, "+ Link a person"), or is collapsed so its list is not shown, Ola is still not a contact
 * of the deal; a collapsed section means the contacts were not read (notRead `contacts`).
 */
describe("Pipedrive deal: an empty or collapsed persons section beside the organization's other people", () => {
  const page = fixturePage('pipedrive', 'deal-hashed');
  const section = /aria-expanded="true">Persons \(2\)<\/button>\s*<ul class="LinkedPersons_list__j7Ty3">[\s\S]*?<\/ul>/;
  const replace = (to: string) => {
    const html = page.html.replace(section, to);
    if (html === page.html) throw new Error('replacement did not apply');
    return readPage(html, page.url);
  };
  const ids = (reading: ReturnType<typeof readPage>) => (reading.record.contacts as { id: string }[]).map((c) => c.id);

  it("a deal with no person linked has no contacts (not the organization's Ola)", () => {
    const reading = replace(
      'aria-expanded="true">Persons (0)</button><div class="LinkedPersons_empty__j7Ty3"><button type="button" class="cui5-button">+ Link a person</button></div>',
    );
    expect(ids(reading)).toEqual([]);
  });

  it('a collapsed persons section does not make Ola a contact, and says contacts were not read', () => {
    const reading = replace('aria-expanded="false">Persons (2)</button>');
    expect(ids(reading)).not.toContain('2245');
    expect(reading.notRead.some((n) => n.field === 'contacts')).toBe(true);
  });
});
