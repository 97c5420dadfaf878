import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * In the deal's persons section each person is a plain a[href*="/person/{id}"] link (crm-evidence-2.md,
 * B). Person cards commonly show the person's avatar before the name, itself a link to the same person
 * (an image with empty alt, or the initials). The person's name is the name link's text: Maya Lindqvist.
 */
describe('Pipedrive deal: a persons section with an avatar link before the name link', () => {
  const page = fixturePage('pipedrive', 'deal-hashed');
  const cases: [string, string][] = [
    ['an image avatar', '<a href="/person/2210" class="Avatar_root__k2Lm9"><img src="/avatars/2210.png" alt=""></a>'],
    ['an initials avatar', '<a href="/person/2210" class="Avatar_root__k2Lm9"><span>ML</span></a>'],
  ];
  for (const [what, avatar] of cases) {
    it(`names Maya by her name link (${what})`, () => {
      const html = edited(page.html, ['<li><a href="/person/2210">', `<li>${avatar}<a href="/person/2210">`]);
      const contacts = readPage(html, page.url).record.contacts as { id: string; name: string }[];
      expect(contacts.find((c) => c.id === '2210')?.name).toBe('Maya Lindqvist');
    });
  }
});
