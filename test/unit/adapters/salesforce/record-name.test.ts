import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/** crm-pages.md: the record name is the header's light-DOM slot `[slot="primaryField"]`, the object label apart. */
describe('a Salesforce record whose name starts with an object word', () => {
  it('keeps the whole name from the primaryField slot', () => {
    const page = fixturePage('salesforce', 'deal-activity-groups');
    const html = edited(
      page.html,
      [
        '<lightning-formatted-text slot="primaryField">Northwind — Depot rollout</lightning-formatted-text>',
        '<lightning-formatted-text slot="primaryField">Contact Center Expansion</lightning-formatted-text>',
      ],
      [
        '<title>Northwind — Depot rollout | Opportunity | Salesforce</title>',
        '<title>Contact Center Expansion | Opportunity | Salesforce</title>',
      ],
    );
    expect(readPage(html, page.url).record.name).toBe('Contact Center Expansion');
  });
});
