import { describe, expect, it } from 'vitest';
import { fixturePage, readPage } from '../page-variation';

/**
 * The Owner field's value (crm-evidence-2.md: [data-testid="fields-list-row-field-components"]) shows
 * the user with their avatar; a user without a photo gets an initials avatar ("CN"), decorative
 * (aria-hidden). The owner is the user, "Casey Nguyen", the same name the feed's items give as owner:
 * the team page keys a rep by the owner as the CRM shows it (contracts.md), so "CNCasey Nguyen" would be
 * a second, unknown rep.
 */
describe('Pipedrive: an Owner value with an initials avatar', () => {
  const withAvatar = (html: string) => {
    const next = html.replace(
      /(Owner<\/span><div[^>]*>)(Casey Nguyen)(<\/div>)/,
      '$1<span class="cui5-avatar cui5-avatar--s" aria-hidden="true">CN</span><span>$2</span>$3',
    );
    if (next === html) throw new Error('replacement did not apply');
    return next;
  };
  for (const name of ['person-hashed', 'deal-hashed']) {
    it(`reads the owner as "Casey Nguyen" (${name})`, () => {
      const page = fixturePage('pipedrive', name);
      expect(readPage(withAvatar(page.html), page.url).record.owner).toBe('Casey Nguyen');
    });
  }
});
